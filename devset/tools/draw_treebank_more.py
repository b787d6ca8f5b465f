"""Draw a further batch of news-treebank TRAINING sentences (issue #19, session 14) and pre-parse them.

The same shapes of attribution as ``draw_treebank.py`` and the same exclusions (every
dev-set article, the articles 3000–3399 earlier sessions read, and the unannotated articles
quotes' rules are read on: ``--exclude`` JSONL files with ``"id": "<letter><n>"``), drawn only
from the half of the articles the first draw kept for training, so no sentence comes from an
article of the frozen test part. Articles that gave a sentence to the treebank already are
skipped, and each article gives one sentence.

    python devset/tools/draw_treebank_more.py ../shared OUT.pre.conllu --per-shape 22 \
        [--model DIR] [--exclude unseen.jsonl ...]

Annotators correct the pre-parse by ``devset/TREEBANK.md``; the corrected trees are appended
to ``devset/treebank/train.conllu`` (sent_id ``news-train-NNN`` numbered on).
"""
import argparse
import random
import json
import re
from pathlib import Path

from corpus import articles
from draw_treebank import READ_BEFORE, SHAPES, rough_sentences

DEVSET = Path(__file__).resolve().parent.parent


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("shared")
    ap.add_argument("out")
    ap.add_argument("--per-shape", type=int, default=22)
    ap.add_argument("--model", default=None)
    ap.add_argument("--exclude", nargs="*", default=[])
    ap.add_argument("--first", type=int, default=299, help="number of the first new sent_id")
    a = ap.parse_args()
    dev_keys = set()
    for p in list((DEVSET / "docs").glob("*.txt")) + list((DEVSET / "devtest/docs").glob("*.txt")):
        dev_keys.add(p.read_text(encoding="utf-8").split("\n\n", 1)[-1].strip()[:120])
    used_articles = set()
    for part in ("test", "train"):
        for line in (DEVSET / "treebank" / f"{part}.pre.conllu").read_text(encoding="utf-8").splitlines():
            if line.startswith("# article = snn-"):
                used_articles.add(int(line.split("snn-")[1].split()[0]))
    excluded = set()
    for path in a.exclude:
        for line in open(path, encoding="utf-8"):
            excluded.add(int(re.sub(r"^\D+", "", json.loads(line)["id"])))
    by_article = []
    for n, _, art in articles(Path(a.shared)):
        body = (art.get("content") or "").strip()
        if n in READ_BEFORE or body[:120] in dev_keys or not body:
            continue
        by_article.append((n, art["source"], list(rough_sentences(body))))
    rng = random.Random(19)
    rng.shuffle(by_article)          # the first draw's order: test from the first half
    pool = by_article[len(by_article) // 2:]
    pool = [x for x in pool if x[0] not in used_articles and x[0] not in excluded]
    random.Random(1914).shuffle(pool)
    counts = dict.fromkeys(SHAPES, 0)
    drawn = []
    for n, source, sents in pool:
        for s in sents:
            shape = next((k for k, rx in SHAPES.items() if counts[k] < a.per_shape and rx.search(s)), None)
            if shape:
                counts[shape] += 1
                drawn.append((f"news-train-{a.first + len(drawn):03d}", n, source, shape, s))
                break
        if all(c >= a.per_shape for c in counts.values()):
            break
    print(len(drawn), counts)
    import stanza

    from quotes.model.registry import load_pipeline
    from quotes.normalize import prepare
    from quotes.parse import analyse
    nlp = load_pipeline(a.model)
    docs = analyse(nlp, [stanza.Document([], text=prepare(s).text) for *_, s in drawn])
    with open(a.out, "w", encoding="utf-8") as f:
        for (sid, n, source, shape, s), d in zip(drawn, docs):
            sent = max(d.sentences, key=lambda x: len(x.words))  # the main clause if split
            conll = "{:C}".format(stanza.Document([sent.to_dict()], text=sent.text))
            lines = [ln for ln in conll.splitlines() if ln and not ln.startswith("#")]
            f.write(f"# sent_id = {sid}\n# article = snn-{n} ({source})\n# shape = {shape}\n"
                    f"# text = {sent.text}\n" + "\n".join(lines) + "\n\n")


if __name__ == "__main__":
    main()
