"""The quotes that differ between two runs on the same documents, to read by eye.

    python devset/tools/diff_runs.py A.jsonl B.jsonl
Prints "-" for a quote only A has, "+" for one only B has (speaker | cue | content).
"""
import json
import sys
from collections import defaultdict


def quotes(path):
    out = defaultdict(set)
    for line in open(path, encoding="utf-8"):
        p = json.loads(line)
        if "content" not in p:
            continue
        sp = p.get("speaker_name") or (p.get("speaker") or {}).get("text") or ""
        out[p.get("doc_id")].add((p["content"]["start"], p["content"]["end"], sp, p["cue"]["text"],
                                  p["content"]["text"].replace("\n", " ")))
    return out


def main() -> None:
    a, b = quotes(sys.argv[1]), quotes(sys.argv[2])
    n = 0
    for d in sorted(set(a) | set(b)):
        only_a, only_b = a[d] - b[d], b[d] - a[d]
        for sign, rows in (("-", only_a), ("+", only_b)):
            for s, e, sp, cue, text in sorted(rows):
                n += 1
                print(f"{sign} {d} [{s}:{e}] {sp} | {cue} | {text[:150]}")
    print(f"{n} lines", file=sys.stderr)


if __name__ == "__main__":
    main()
