"""Summarise a blind review of quotes' output (devset/reviews/<name>/).

A review is a random draw of unannotated articles; quotes was run on them and helpers who had
never seen the rules judged every quote from GUIDELINES.md alone: is it a report (yes /
optional / no), is the content span right (ok / long / short / wrong), is the speaker right
(ok / partial / wrong / missing). Each group's ``items.tsv`` (what quotes said) and
``verdicts.tsv`` (what the reviewer said) sit side by side, with ``missed.tsv`` (the required
quotes no item covers) and ``articles.txt`` (the articles read: «u<n>» is the n-th article of
the SaudiNewsNet files in ``devset/tools/corpus.py``'s order, its text ``select_fresh.text_of``).

    python devset/tools/review_summary.py devset/reviews/session19-a
    python devset/tools/review_summary.py devset/reviews/session55-ao --without R466 R506 …

``--without``: articles left out of the figures (those that repeat text quotes was tuned, read or
scored on: ``draw_review.py --check``).
"""
from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path


def read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def summary(folder: Path, without: frozenset[str] = frozenset()) -> dict:
    report, content, speaker = Counter(), Counter(), Counter()
    items = missed = articles = right = 0
    for group in sorted(p for p in folder.iterdir() if p.is_dir()):
        its = read(group / "items.tsv")
        verdicts = read(group / "verdicts.tsv")
        if [v["item"] for v in verdicts] != [i["item"] for i in its]:
            raise SystemExit(f"{group}: verdicts do not match items one to one")
        keep = [i["doc"] not in without for i in its]
        its = [i for i, k in zip(its, keep) if k]
        verdicts = [v for v, k in zip(verdicts, keep) if k]
        items += len(its)
        articles += len([a for a in (group / "articles.txt").read_text(encoding="utf-8").split() if a not in without])
        missed += len([m for m in read(group / "missed.tsv") if m["doc"] not in without])
        for v in verdicts:
            report[v["report"]] += 1
            if v["report"] != "no":
                content[v["content"]] += 1
                speaker[v["speaker"]] += 1
                right += v["content"] == "ok" and v["speaker"] == "ok"
    reports = items - report["no"]
    return {
        "articles": articles, "quotes": items, "missed": missed,
        "report": dict(report), "content": dict(content), "speaker": dict(speaker),
        "precision (a report)": round(reports / items, 3) if items else 0.0,
        "content ok": round(content["ok"] / reports, 3) if reports else 0.0,
        "speaker ok": round(speaker["ok"] / reports, 3) if reports else 0.0,
        "speaker ok or partial": round((speaker["ok"] + speaker["partial"]) / reports, 3) if reports else 0.0,
        "report, content and speaker all right": round(right / items, 3) if items else 0.0,
    }


def main(argv: list[str]) -> int:
    without = frozenset(argv[argv.index("--without") + 1:]) if "--without" in argv else frozenset()
    argv = argv[:argv.index("--without")] if "--without" in argv else argv
    for name in argv or ["devset/reviews"]:
        folder = Path(name)
        s = summary(folder, without)
        print(folder.name)
        for k, v in s.items():
            print(f"  {k}: {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
