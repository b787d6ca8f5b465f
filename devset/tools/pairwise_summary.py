"""Tally a blind pairwise review (devset/reviews/<name>/: key.tsv and g*/verdicts.tsv) by run: of
the quotes where two runs differ, how many each run got right.

    python devset/tools/pairwise_summary.py devset/reviews/session20-parser
"""
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from review_summary import read  # noqa: E402  (the reviews' TSV, read one way)


def tally(folder: Path) -> dict[str, collections.Counter]:
    key = {r["item"]: r["run"] for r in read(folder / "key.tsv")}
    out: dict[str, collections.Counter] = {}
    for f in sorted(folder.glob("g*/verdicts.tsv")):
        for r in read(f):
            t = out.setdefault(key[r["item"]], collections.Counter())
            t["items"] += 1
            if r["report"] not in ("yes", "optional"):
                t["not a report"] += 1
                continue
            t["reports"] += 1
            t["content " + r["content"]] += 1
            t["speaker " + r["speaker"]] += 1
            t["all right"] += r["speaker"] == "ok" and r["content"] == "ok"
    return out


def main(argv: list[str]) -> None:
    for name in argv:
        print(name)
        for run, t in sorted(tally(Path(name)).items()):
            n = t["reports"] or 1
            print(f"  run {run}: {t['items']} items, {t['reports']} reports; speaker ok {t['speaker ok']} "
                  f"({t['speaker ok'] / n:.3f}), partial {t['speaker partial']}, wrong {t['speaker wrong']}, "
                  f"missing {t['speaker missing']}; content ok {t['content ok']} ({t['content ok'] / n:.3f}); "
                  f"all right {t['all right']} ({t['all right'] / n:.3f})")


if __name__ == "__main__":
    main(sys.argv[1:])
