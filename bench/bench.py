"""Throughput benchmark: model load, parse-only vs whole pipeline, peak memory.

    python bench/bench.py --docs 100 [--model bundled] [--json out.json]

Reads the first N articles of SaudiNewsNet (../shared/data/saudinewsnet),
prints the numbers and optionally writes them as JSON. Not a test: speed
targets are checked by reading its output.
"""
import argparse
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.extract import extract_doc  # noqa: E402
from quotes.model.registry import load_pipeline  # noqa: E402
from quotes.model.vectors import iter_articles  # noqa: E402
from quotes.normalize import prepare  # noqa: E402
from quotes.parse import parse  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=100)
    ap.add_argument("--model", default=None)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "data" / "saudinewsnet"))
    ap.add_argument("--json", default=None)
    args = ap.parse_args()

    texts = []
    for art in iter_articles(args.corpus):
        if art.get("content"):
            texts.append(art["content"])
        if len(texts) >= args.docs:
            break
    t0 = time.perf_counter()
    nlp = load_pipeline(args.model)
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
    total = parse_s + extract_s
    res = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, torch threads {__import__('torch').get_num_threads()}",
        "documents": len(texts), "words": words, "quotes": quotes,
        "model_load_s": round(load_s, 2),
        "parse_s": round(parse_s, 2), "extract_s": round(extract_s, 2),
        "extraction_overhead": round(extract_s / parse_s, 4) if parse_s else None,
        "docs_per_s": round(len(texts) / total, 2), "words_per_s": round(words / total, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    for k, v in res.items():
        print(f"{k:22s} {v}")
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
