"""Tally a blind side-by-side review (devset/reviews/<name>/: items.jsonl, key.json, verdicts*.jsonl):
for each quote where two runs resolve the speaker differently, a judge who has never seen the rules
picks X, Y, both or neither from the article and GUIDELINES.md; ``key.json`` says which letter was
run "bundled" (the other is "other"). Unlike ``pairwise_summary.py`` (each run's quote judged alone),
the judge sees both names at once, in a random order.

    python devset/tools/ab_summary.py devset/reviews/session47-ab
"""
import collections
import json
import sys
from pathlib import Path


def tally(folder: Path) -> collections.Counter:
    key = json.loads((folder / "key.json").read_text())
    count: collections.Counter = collections.Counter()
    for part in sorted(folder.glob("verdicts*.jsonl")):
        for line in part.read_text(encoding="utf-8").splitlines():
            v = json.loads(line)
            verdict = v["verdict"]
            count["bundled" if verdict == key[str(v["id"])] else "other" if verdict in ("X", "Y") else verdict] += 1
    return count


def main(argv: list[str]) -> None:
    for name in argv:
        folder = Path(name)
        items = len((folder / "items.jsonl").read_text(encoding="utf-8").splitlines())
        t = tally(folder)
        print(f"{name}: {sum(t.values())} of {items} items judged; bundled preferred {t['bundled']}, "
              f"other preferred {t['other']}, both right {t['both']}, neither {t['neither']}")


if __name__ == "__main__":
    main(sys.argv[1:])
