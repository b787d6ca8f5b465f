"""Check a gold file against its documents, without running quotes.

    python devset/tools/check_gold.py devset/devtest/gold.tsv devset/devtest/docs

Every row: five tab-separated columns (doc, type, speaker, cue, content); a known type;
the document exists; the content is an exact substring of the document. Exit 1 and one line per problem otherwise. Annotators run it
on their own rows; it reads nothing of the extractor, so it keeps annotation blind.
"""
import sys
from pathlib import Path

TYPES = {"direct", "indirect", "mixed", "optional"}


def problems(gold: Path, docs: Path):
    texts = {}
    for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if n == 1 and line.startswith("doc\t") or not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            yield f"{gold}:{n}: {len(cols)} columns, not 5"
            continue
        doc, typ, speaker, cue, content = cols
        if typ not in TYPES:
            yield f"{gold}:{n}: type {typ!r} is not one of {sorted(TYPES)}"
        path = docs / f"{doc}.txt"
        if not path.exists():
            yield f"{gold}:{n}: no document {path}"
            continue
        text = texts.setdefault(doc, path.read_text(encoding="utf-8"))
        if not speaker.strip():
            yield f"{gold}:{n}: empty speaker (use - for an unattributed claim)"
        if content not in text:
            yield f"{gold}:{n}: content is not an exact substring of {path.name}: {content[:60]}…"


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    found = list(problems(Path(sys.argv[1]), Path(sys.argv[2])))
    print("\n".join(found) or "ok")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
