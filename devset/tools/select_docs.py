"""How the dev-set documents were chosen (run once; kept for the record).

SaudiNewsNet: per outlet, 3 articles of 120–450 words with at least three
reporting cues near a complementiser or a colon, drawn with a fixed seed.
UD: 4 PADT documents of the *dev* split rebuilt as raw text (the test split
is never looked at).

The cue test uses the lexicon, so the draw depends on it: the committed
documents were drawn with ``quotes/data/cues.tsv`` as of commit 8ad4f24.
The script refuses to overwrite existing documents.
"""
import random
import sys
from collections import defaultdict
from pathlib import Path

from quotes.lexicon import default_lexicon
from quotes.model.training import udprep
from quotes.model.training.vectors import iter_articles
from quotes.normalize import fold

SHARED = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
OUT = Path(__file__).resolve().parent.parent / "docs"


def cue_count(words, lex):
    n = 0
    for i, tok in enumerate(words[:-1]):
        if lex.match_form(tok.strip('،,.:"«»')) and (
                ":" in tok or any(fold(x).startswith(("ان", "بان")) for x in words[i + 1:i + 6])):
            n += 1
    return n


def main():
    lex = default_lexicon()
    by_source = defaultdict(list)
    for a in iter_articles(SHARED / "data/saudinewsnet"):
        words = (a.get("content") or "").split()
        if 120 <= len(words) <= 450 and cue_count(words, lex) >= 3:
            by_source[a["source"]].append(a)
    rng = random.Random(2015)
    OUT.mkdir(exist_ok=True)
    if any(OUT.glob("*.txt")):
        sys.exit(f"{OUT} already holds documents; move them away to draw again")
    for source in sorted(by_source):
        for i, a in enumerate(rng.sample(by_source[source], min(3, len(by_source[source])))):
            text = (a["title"].strip() + "\n\n" if a.get("title") else "") + a["content"].strip() + "\n"
            (OUT / f"snn-{source}-{i + 1}.txt").write_text(text, encoding="utf-8")
    _, per_source = udprep.prepare(SHARED / "data/ud")
    docs = defaultdict(list)
    for s in per_source["padt"]["dev"]:
        docs[s.comment("doc")].append(s)
    rich = [d for d in sorted(docs) if sum(cue_count(s.text.split(), lex) for s in docs[d]) >= 2]
    for i, d in enumerate(random.Random(2016).sample(rich, min(4, len(rich)))):
        (OUT / f"padt-{i + 1}.txt").write_text(" ".join(s.text for s in docs[d]) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
