"""How the session-13 tuning articles were drawn (run once; kept for the record).

A second batch of whole articles for the tuning part (issue #18), so that rules are found on
articles no earlier rule was read on. Same method as ``select_fresh.py`` (nothing from quotes
itself is used), other days and another seed:

- Days 2015-07-27 and 2015-08-01, two of the three days the earlier draws used least (three dev
  documents each). Left out: documents already in the dev set or devtest, articles holding a
  sentence of the news treebank, the corpus articles 3000–3399 and the 179 honorific articles
  earlier sessions read changes on (``--exclude`` a JSONL file of their ids: ``h<n>``).
- Whole articles of 80–900 words, title first.
- One article per outlet, then strata by surface words (court and police, wire copy, interviews,
  features with much quoted speech, columns, no reporting verb at all), two each, one for none.
- All of them go to the tuning part (`docs/tu-<outlet>-<51…>`), none to devtest: devtest stays
  the frozen 44 articles it was.

    python devset/tools/select_session13.py ../shared [--exclude ids.jsonl]
"""
import json
import random
import sys
from pathlib import Path

from corpus import articles
from select_fresh import in_stratum, text_of

SHARED = Path(sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else "../shared")
DEVSET = Path(__file__).resolve().parent.parent
DAYS = ("2015-07-27", "2015-08-01")
READ_BEFORE = range(3000, 3400)
FIRST = 51  # numbering after the session-9 draw's


def excluded_ids() -> set[int]:
    """Corpus indices given by ``--exclude`` files (JSONL, ids like ``h6018``, ``v21824``)."""
    ids = set()
    args = sys.argv[1:]
    for i, a in enumerate(args):
        if a == "--exclude":
            ids |= {int(json.loads(line)["id"][1:]) for line in open(args[i + 1], encoding="utf-8")}
    return ids


def draw(days, seed: int, first: int, label: str, exclude: set[int]):
    """Whole articles of ``days`` for the tuning part: one per outlet, then two per stratum
    (one with no reporting verb), written to ``docs/tu-<outlet>-<first…>`` and indexed."""
    docs = list((DEVSET / "docs").glob("*.txt")) + list((DEVSET / "devtest/docs").glob("*.txt"))
    dev_keys = {p.read_text(encoding="utf-8").split("\n\n", 1)[-1].strip()[:120] for p in docs}
    tree_text = [line[len("# text = "):].strip() for f in ("train.conllu", "test.conllu")
                 for line in (DEVSET / "treebank" / f).read_text(encoding="utf-8").splitlines()
                 if line.startswith("# text = ")]
    pool = []
    for n, day, a in articles(SHARED):
        body = (a.get("content") or "").strip()
        if day not in days or not 80 <= len(body.split()) <= 900 or n in READ_BEFORE or n in exclude \
                or body[:120] in dev_keys:
            continue
        a["_day"], a["_n"] = day, n
        pool.append(a)
    rng = random.Random(seed)
    rng.shuffle(pool)
    taken, seen = [], set()

    def take(a, stratum):
        key = a["content"].strip()[:120]
        if key in seen or any(t[:60] in a["content"] for t in tree_text):
            return False
        seen.add(key)
        taken.append((stratum, a))
        return True

    for source in sorted({a["source"] for a in pool}):
        next((a for a in pool if a["source"] == source and take(a, "outlet")), None)
    wants = {"court": 2, "wire": 2, "interview": 2, "dialogue": 2, "column": 2, "none": 1}
    for stratum, want in wants.items():
        got = 0
        for a in pool:
            if got == want:
                break
            if in_stratum(stratum, a["content"]) and take(a, stratum):
                got += 1
    out = DEVSET / "docs"
    index = []
    per_outlet = {}
    for stratum, a in taken:
        k = per_outlet.get(a["source"], first)
        per_outlet[a["source"]] = k + 1
        name = f"tu-{a['source']}-{k:02d}"
        if (out / f"{name}.txt").exists():
            sys.exit(f"{name} exists: this draw was made already")
        (out / f"{name}.txt").write_text(text_of(a), encoding="utf-8")
        index.append({"doc": name, "part": "tuning", "stratum": stratum, "source": a["source"], "day": a["_day"],
                      "url": a.get("url", ""), "words": len(a["content"].split()), "draw": label})
    with open(DEVSET / "fresh-index.jsonl", "a", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in index)
    print(len(index), {s: sum(1 for x, _ in taken if x == s) for s, _ in taken})


def main():
    draw(DAYS, 20261213, FIRST, "session 13", excluded_ids())


if __name__ == "__main__":
    main()
