"""Throughput benchmark: model load, parse-only vs whole pipeline, per-processor
time, peak memory, and the speed-up from 1 to N worker processes.

    python bench/bench.py --docs 500 [--workers 1,2] [--model bundled] [--json bench/results.json]

Reads the first N articles of SaudiNewsNet (../shared/data/saudinewsnet),
prints the numbers and optionally writes them as JSON. Not a test: speed
targets are checked by reading its output.
"""
import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.model.training.vectors import iter_articles  # noqa: E402

LOAD_SNIPPET = ("import time; t = time.perf_counter(); from quotes.model.registry import load_pipeline; "
                "load_pipeline({model!r}); print(time.perf_counter() - t)")


def corpus(path: str, n: int) -> list[str]:
    texts = []
    for art in iter_articles(path):
        if art.get("content") and art["content"].strip():
            texts.append(art["content"])
        if len(texts) >= n:
            break
    return texts


def cold_load(model) -> float:
    """Seconds to import quotes and load the pipeline in a fresh process."""
    out = subprocess.run([sys.executable, "-c", LOAD_SNIPPET.format(model=model)], capture_output=True, text=True,
                         cwd=str(ROOT), check=True)
    return float(out.stdout.strip().splitlines()[-1])


def single_process(texts: list[str], model) -> dict:
    """Parse-only vs extraction time, document by document, and per processor."""
    import stanza

    from quotes.extract import extract_doc
    from quotes.model.registry import load_pipeline
    from quotes.normalize import prepare
    from quotes.parse import parse, pieces

    t0 = time.perf_counter()
    nlp = load_pipeline(model)
    load_s = time.perf_counter() - t0
    parse_s = extract_s = 0.0
    words = quotes = 0
    for text in texts:
        t = time.perf_counter()
        doc = parse(prepare(text), nlp)
        parse_s += time.perf_counter() - t
        t = time.perf_counter()
        quotes += len(extract_doc(doc))
        extract_s += time.perf_counter() - t
        words += sum(len(s.words) for s in doc.sentences)
    # the same texts once more, processor by processor
    docs = [stanza.Document([], text=p.text[a:b]) for p in map(prepare, texts) for a, b in pieces(p.text)]
    per_proc = {}
    for name, proc in nlp.processors.items():
        t = time.perf_counter()
        docs = proc.bulk_process(docs)
        per_proc[name] = round(time.perf_counter() - t, 2)
    total = parse_s + extract_s
    return {
        "documents": len(texts), "words": words, "quotes": quotes,
        "model_load_s_warm": round(load_s, 2),
        "parse_s": round(parse_s, 2), "extract_s": round(extract_s, 2),
        "extraction_overhead": round(extract_s / parse_s, 4) if parse_s else None,
        "docs_per_s": round(len(texts) / total, 2), "words_per_s": round(words / total, 1),
        "seconds_per_processor": per_proc,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def with_workers(texts: list[str], model, n: int) -> dict:
    """The batch runner (`quotes extract --workers n`) over the same texts, in a
    fresh process so that memory and start-up are its own; wall time includes
    loading the model in every worker."""
    code = f"""
import json, resource, sys, time
sys.path.insert(0, {str(ROOT)!r})
from quotes.batch import Runner
from quotes.inputs import Document
texts = json.load(sys.stdin)
docs = [Document(f"d{{i}}", t) for i, t in enumerate(texts)]
t = time.perf_counter()
with Runner({model!r}, {n}) as r:
    n_quotes = sum(len(x.records) for x in r.run(docs))
wall = time.perf_counter() - t
me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({{"wall_s": wall, "quotes": n_quotes, "peak_rss_mb_per_worker": round(kids if {n} > 1 else me, 1)}}))
"""
    out = subprocess.run([sys.executable, "-c", code], input=json.dumps(texts), capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--workers", default="1,2", help="worker counts to compare, e.g. 1,2")
    ap.add_argument("--model", default=None)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "data" / "saudinewsnet"))
    ap.add_argument("--json", default=None)
    args = ap.parse_args()

    import torch

    texts = corpus(args.corpus, args.docs)
    res = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.python_version()}, "
                      f"torch {torch.__version__}, one torch thread per process"}
    res["model_load_s_cold"] = round(cold_load(args.model), 2)
    res.update(single_process(texts, args.model))
    runs = {}
    for n in (int(x) for x in args.workers.split(",") if x):
        r = with_workers(texts, args.model, n)
        r["words_per_s"] = round(res["words"] / r["wall_s"], 1)
        r["wall_s"] = round(r["wall_s"], 2)
        runs[str(n)] = r
    res["workers"] = runs
    if "1" in runs:
        for n, r in runs.items():
            r["speedup"] = round(runs["1"]["wall_s"] / r["wall_s"], 2)
    print(json.dumps(res, indent=2, ensure_ascii=False))
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
