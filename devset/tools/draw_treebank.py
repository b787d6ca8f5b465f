"""Draw the sentences of the news treebank (issue #19) and pre-parse them (run once).

Sentences with a reporting cue from SaudiNewsNet articles that are in no part of the quotes
dev set (tuning or devtest) and not among the articles 3000–3399 earlier sessions read
changes on. Each sentence is drawn for one shape of attribution, found by surface words, so
that every shape is there: verb–subject and subject–verb order, long subjects (titles,
honorifics, بن/آل names), names in apposition between commas, participles (مؤكداً أن),
according-to, relay (نقل عن), colons and quote marks, an indefinite subject with a clause.
The frozen test part (`test.pre.conllu`) is drawn first, before any training and apart from
the training part (`train.pre.conllu`); the two come from different articles.

The bundled model pre-parses each sentence; annotators correct every split, head, label
and tag by the conventions in `devset/TREEBANK.md` into `test.conllu` / `train.conllu`.

    python devset/tools/draw_treebank.py ../shared
"""
import random
import re
import sys
from pathlib import Path

from corpus import articles

SHARED = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
DEVSET = Path(__file__).resolve().parent.parent
OUT = DEVSET / "treebank"
READ_BEFORE = range(3000, 3400)
CUE = (r"(قال|قالت|أكد|أكدت|أوضح|أوضحت|أشار|أشارت|أضاف|أضافت|ذكر|ذكرت|أعلن|أعلنت|كشف|كشفت"
       r"|بين|بينت|شدد|شددت|لفت|لفتت|صرح|صرحت|اعتبر|اعتبرت|رأى|أفاد|أفادت|نفى|نفت|حذر|حذرت)")
SHAPES = {
    "verb-subject": re.compile(rf"^[وف]?{CUE}\s+(ال|[^\s]+\s+ال)"),
    "subject-verb": re.compile(rf"^[^\s،]+(\s[^\s،]+){{1,6}}\s+[وف]?{CUE}\s+(أن|إن|بأن|:)"),
    "long-subject": re.compile(rf"[وف]?{CUE}\s+[^.]{{0,80}}(الدكتور|المهندس|الشيخ|الأمير|اللواء|العميد|الأستاذ|معالي|سمو)\s"),
    "family-name": re.compile(rf"[وف]?{CUE}\s+[^.]{{0,80}}\s(بن|آل)\s"),
    "apposition": re.compile(rf"[وف]?{CUE}\s+[^،.]{{3,60}}،\s[^،.]{{3,60}}،\s*(إن|أن)"),
    "between": re.compile(rf"[وف]?{CUE}\s+[^.]{{3,80}}\s(خلال|في|على هامش|عقب|أثناء)\s[^.]{{3,60}}\s(إن|أن|بأن)\s"),
    "participle": re.compile(r"[،,]\s*(مؤكد|موضح|مشير|مضيف|لافت|مبين|معتبر)(ا|اً|ة|ةً)\s"),
    "according": re.compile(r"(بحسب|حسب|وفق|وفقا|وفقاً|طبقا|طبقاً)\s+(ما|ل|ال)"),
    "relay": re.compile(r"[وف]?(نقل|نقلت)\s+[^.]{2,60}\sعن\s"),
    "colon-quote": re.compile(rf"[وف]?{CUE}[^.:]{{0,60}}:\s*[«\"“]"),
    "indefinite": re.compile(rf"[وف]?{CUE}\s+(مسؤول|مصدر|مصادر|شهود|خبراء|مسؤولون)\s+[^\s،]+"),
}
WANT = {"test": 10, "train": 27}  # sentences per shape: 11 shapes → 110 test, 297 train
TOTAL = {"test": 110, "train": 297}


def rough_sentences(text):
    for para in text.split("\n"):
        for s in re.split(r"(?<=[.!؟?])\s+", para.strip()):
            if 8 <= len(s.split()) <= 45:
                yield s.strip()


def articles_in_draw_order(shared: Path) -> list:
    """(corpus index, outlet, rough sentences) of every article a draw may use — not in the
    dev set, not among those read before, not empty — in the order of the first draw: test
    articles came from the first half, training articles from the second."""
    dev_keys = set()
    for p in list((DEVSET / "docs").glob("*.txt")) + list((DEVSET / "devtest/docs").glob("*.txt")):
        dev_keys.add(p.read_text(encoding="utf-8").split("\n\n", 1)[-1].strip()[:120])
    by_article = []
    for n, _, a in articles(shared):
        body = (a.get("content") or "").strip()
        if n in READ_BEFORE or body[:120] in dev_keys or not body:
            continue
        by_article.append((n, a["source"], list(rough_sentences(body))))
    rng = random.Random(19)
    rng.shuffle(by_article)
    return by_article


def write_preparsed(items: list, path: Path, model=None) -> None:
    """Pre-parse the drawn sentences (sent_id, corpus index, outlet, shape, sentence) with a
    model (default: the bundled one) and write them as CoNLL-U for the annotators."""
    import stanza

    from quotes.model.registry import load_pipeline
    from quotes.normalize import prepare
    from quotes.parse import analyse
    nlp = load_pipeline(model)
    docs = analyse(nlp, [stanza.Document([], text=prepare(s).text) for *_, s in items])
    with open(path, "w", encoding="utf-8") as f:
        for (sid, n, source, shape, s), d in zip(items, docs):
            sent = max(d.sentences, key=lambda x: len(x.words))  # the main clause if split
            conll = "{:C}".format(stanza.Document([sent.to_dict()], text=sent.text))
            lines = [ln for ln in conll.splitlines() if ln and not ln.startswith("#")]
            f.write(f"# sent_id = {sid}\n# article = snn-{n} ({source})\n# shape = {shape}\n"
                    f"# text = {sent.text}\n" + "\n".join(lines) + "\n\n")


def main():
    by_article = articles_in_draw_order(SHARED)
    half = len(by_article) // 2  # test articles come from the first half, train from the second
    drawn = {"test": [], "train": []}
    used = set()
    for part, pool in (("test", by_article[:half]), ("train", by_article[half:])):
        counts = dict.fromkeys(SHAPES, 0)
        per_article = {}
        for n, source, sents in pool:
            for s in sents:
                if len(drawn[part]) >= TOTAL[part] or s in used or per_article.get(n, 0) >= 1:
                    continue
                shape = next((k for k, rx in SHAPES.items() if counts[k] < WANT[part] and rx.search(s)), None)
                if shape:
                    counts[shape] += 1
                    per_article[n] = 1
                    used.add(s)
                    drawn[part].append((f"news-{part}-{len(drawn[part]) + 1:03d}", n, source, shape, s))
        print(part, len(drawn[part]), counts)
    OUT.mkdir(exist_ok=True)
    for part, items in drawn.items():
        write_preparsed(items, OUT / f"{part}.pre.conllu")

if __name__ == "__main__":
    main()
