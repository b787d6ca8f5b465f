"""A 10 MB article: processed section by section in bounded memory, offsets
exact to the end. The neural models would take most of an hour on 10 MB, so
this runs the whole quotes path (read, normalise, sections, Stanza documents,
cues, content, speakers, resolution) over Stanza's rule-based whitespace
tokenizer; `bench/bench.py --big` times the real model on large files."""
import json
import subprocess
import sys

import pytest

from conftest import ROOT

SCRIPT = r"""
import json, resource, sys, tempfile
import stanza
from quotes.inputs import read_file
from quotes.extract import extract_text
from pathlib import Path
res = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False); res.write("{}"); res.close()
nlp = stanza.Pipeline(lang="ar", processors="tokenize", tokenize_pretokenized=True, download_method=None,
                      resources_filepath=res.name, allow_unknown_language=True, logging_level="ERROR")
path = Path(sys.argv[1])
text = read_file(path)
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
qs = extract_text(text, nlp, "big")
bad = [q.quote_id for q in qs for s in (q.content, q.cue, q.speaker) if s and text[s.start:s.end] != s.text]
print(json.dumps({"chars": len(text), "quotes": len(qs), "bad": bad[:5], "last_end": max(q.content.end for q in qs),
                  "base_mb": base / 1024, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "ids_ok": [q.quote_id for q in qs] == [f"big#{i}" for i in range(len(qs))]}))
"""


@pytest.mark.slow
def test_ten_megabyte_article_in_bounded_memory(tmp_path):
    seed = (ROOT / "seeds" / "karabakh-2020-10-23.txt").read_text(encoding="utf-8")
    paras = [p for p in seed.split("\n") if p.strip()]
    out, size, k = [], 0, 0
    while size < 10 * 1024 * 1024:
        p = paras[k % len(paras)] + f" ({k})\r\n"  # CRLF line ends, numbered so no two lines are alike
        out.append(p)
        size += len(p.encode("utf-8"))
        k += 1
    big = tmp_path / "big.txt"
    big.write_bytes("".join(out).encode("utf-8"))
    r = subprocess.run([sys.executable, "-c", SCRIPT, str(big)], capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr[-2000:]
    m = json.loads(r.stdout.strip().splitlines()[-1])
    assert m["chars"] > 5_000_000 and m["quotes"] > 1000 and not m["bad"] and m["ids_ok"]
    assert m["last_end"] > m["chars"] - 20_000  # quotes found to the very end
    assert m["peak_mb"] - m["base_mb"] < 600, m  # sections keep memory bounded (the text itself is ~20 MB)
