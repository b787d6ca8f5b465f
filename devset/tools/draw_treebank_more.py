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

from draw_treebank import SHAPES, articles_in_draw_order, write_preparsed

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
    used_articles = set()
    for part in ("test", "train"):
        for line in (DEVSET / "treebank" / f"{part}.pre.conllu").read_text(encoding="utf-8").splitlines():
            if line.startswith("# article = snn-"):
                used_articles.add(int(line.split("snn-")[1].split()[0]))
    excluded = set()
    for path in a.exclude:
        for line in open(path, encoding="utf-8"):
            excluded.add(int(re.sub(r"^\D+", "", json.loads(line)["id"])))
    by_article = articles_in_draw_order(Path(a.shared))  # test articles came from the first half
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
    write_preparsed(drawn, Path(a.out), a.model)


if __name__ == "__main__":
    main()
