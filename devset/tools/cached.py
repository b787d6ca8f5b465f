"""Run `quotes extract` with Stanza's analyses cached on disk, for measuring rules fast.

    python devset/tools/cached.py CACHE.pkl [--refresh REGEX] extract DOCS -o OUT.jsonl [--model DIR]

The command is the real CLI, run in this process with one worker; only
``quotes.parse.analyse`` (tokenizer, the clitic repairs of ``unsplit``, tagger,
lemmatizer, parser) is served from CACHE.pkl, keyed by the model directory and the
piece's text. Everything after it — sentence joins, cues, content, speakers,
memory, the writer — runs as shipped, so a rule change is measured on the same
trees in seconds. Change ``analyse``, ``unsplit`` or the model's split lexicon (``splits.tsv``)
and the cache is stale: delete
it, or pass ``--refresh REGEX`` to analyse again only the pieces whose text the regular
expression matches (a repair of «لي»: ``--refresh '(^|\\s)لي(\\s|$)'``). New analyses are
added to the cache when the run ends.
"""
from __future__ import annotations

import os
import pickle
import sys
from pathlib import Path


def main() -> None:
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    cache_path = Path(sys.argv[1])
    args = sys.argv[2:]
    refresh = None
    if args[:1] == ["--refresh"]:
        import re
        refresh, args = re.compile(args[1]), args[2:]
    if "--workers" not in args and "-w" not in args:
        args += ["--workers", "1"]
    model = args[args.index("--model") + 1] if "--model" in args else os.environ.get("QUOTES_MODEL", "bundled")

    import stanza
    import quotes.parse as qp
    from quotes.model.registry import resolve

    key = str(resolve(model).directory.resolve())
    store: dict = pickle.loads(cache_path.read_bytes()) if cache_path.exists() else {}
    table: dict = store.setdefault(key, {})
    if refresh is not None:
        for text in [t for t in table if refresh.search(t)]:
            del table[text]
    added = 0
    real = qp.analyse

    def analyse(nlp, docs: list) -> list:
        nonlocal added
        todo = [d for d in docs if d.text not in table]
        if todo:
            for d, out in zip(todo, real(nlp, todo)):
                table[d.text] = out.to_dict()
                added += 1
        return [stanza.Document(table[d.text], text=d.text) for d in docs]

    qp.analyse = analyse
    from quotes.cli import app
    try:
        app(args, standalone_mode=False)
    finally:
        if added:
            tmp = cache_path.with_suffix(".tmp")
            tmp.write_bytes(pickle.dumps(store, protocol=pickle.HIGHEST_PROTOCOL))
            tmp.replace(cache_path)


if __name__ == "__main__":
    main()
