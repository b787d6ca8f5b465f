"""Draw articles for a blind review, none of which repeats text quotes was tuned, read or scored on.

    python devset/tools/draw_review.py SEED N OUTDIR [--exclude DIR ...]
    python devset/tools/draw_review.py --check DIR [--but REVIEW] [--exclude DIR ...]

The pool is every SaudiNewsNet article of 80-900 words (``corpus.py`` order; a file is named
``u<index>.txt`` and holds the title, a blank line and the text). An article is left out when a fifth
or more of its 8-word runs (``SHARE``) occur in the dev set's tuning part or devtest, in any earlier
review (``devset/reviews/*/g*/<id>.txt``), or in a folder given with ``--exclude`` (the unannotated
articles the rules are read on, the treebank's news sentences): the corpus holds the same wire story
in several papers, so a new index is no proof of a new text. Word runs need no alignment; the
60-character windows at fixed steps the earlier draws compared (sessions 51-55) missed most repeats,
and their reviews hold such articles (see each review's README).

``--check DIR`` reports, for each article of DIR, the share of its runs found in each excluded set
(``--but session55-ao``: compared with the reviews before it, not with itself or later ones).
"""
import argparse
import random
import re
from pathlib import Path

from corpus import articles

DEVSET = Path(__file__).resolve().parents[1]
RUN = 8  # words in a run
SHARE = 0.2  # of an article's runs found elsewhere: the same text (or most of it)


def runs(text: str) -> set[int]:
    w = re.findall(r"\w+", text)
    return {hash(" ".join(w[i:i + RUN])) for i in range(max(1, len(w) - RUN + 1))}


def _session(review: str) -> int:
    """«session54-an» → 54."""
    m = re.match(r"session(\d+)", review)
    return int(m.group(1)) if m else 0


def excluded(extra: list[str], but: str = "") -> dict[str, set[int]]:
    """The runs of every text a review must not repeat, by where it comes from (``but``: the review
    being checked; it and the reviews of its session or later are left out)."""
    sets = {"tuning": DEVSET.glob("docs/*.txt"), "devtest": DEVSET.glob("devtest/docs/*.txt"),
            "reviews": [f for f in DEVSET.glob("reviews/*/g*/*.txt")
                        if f.name != "articles.txt" and (not but or _session(f.parts[-3]) < _session(but))]}
    sets.update({d: Path(d).glob("*.txt") for d in extra})
    out = {}
    for name, files in sets.items():
        out[name] = set()
        for f in files:
            out[name] |= runs(f.read_text(encoding="utf-8"))
    return out


def shares(text: str, sets: dict[str, set[int]]) -> dict[str, float]:
    own = runs(text)
    return {name: len(own & s) / len(own) for name, s in sets.items()}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("seed", nargs="?", type=int)
    ap.add_argument("n", nargs="?", type=int)
    ap.add_argument("outdir", nargs="?")
    ap.add_argument("--exclude", nargs="*", default=[])
    ap.add_argument("--check")
    ap.add_argument("--but", default="", help="with --check: the review checked (folder name); it and later ones are not compared")
    ap.add_argument("--shared", default=str(DEVSET.parents[1] / "shared"))
    a = ap.parse_args()
    sets = excluded(a.exclude, a.but)
    if a.check:
        for f in sorted(Path(a.check).glob("*.txt")):
            found = {k: round(v, 2) for k, v in shares(f.read_text(encoding="utf-8"), sets).items() if v >= SHARE}
            print(f.name, found or "-")
        return
    if a.outdir is None:
        ap.error("SEED N OUTDIR, or --check DIR")
    pool = [(i, art) for i, _, art in articles(Path(a.shared)) if 80 <= len((art.get("content") or "").split()) <= 900]
    random.Random(a.seed).shuffle(pool)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    k = 0
    for i, art in pool:
        text = art["title"].strip() + "\n\n" + art["content"].strip() + "\n"
        if max(shares(text, sets).values()) >= SHARE:
            continue
        (out / f"u{i}.txt").write_text(text, encoding="utf-8")
        sets["reviews"] |= runs(text)  # no repeat inside the draw either
        k += 1
        if k == a.n:
            break
    print(k, "written")


if __name__ == "__main__":
    main()
