"""Batch runs with the real bundled model: bad inputs among good ones, outputs
read back, long texts in sections, worker processes. (Kill, Ctrl-C and
--resume: tests/test_faults.py.)"""
import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.extract import extract_text

from conftest import ROOT

SEED = ROOT / "seeds" / "karabakh-2020-10-23.txt"
DEV = ROOT / "devset" / "docs"
pytestmark = pytest.mark.model

GOOD = "وقال وزير الخارجية إن المفاوضات ستستمر الأسبوع المقبل."
CASES = {  # file name → (bytes, expected error or None for a document that yields quotes)
    "binary.txt": (b"\x00\x01\x02\xff" * 40, "binary file"),
    "invalid-utf8.txt": ("قال الوزير".encode("utf-8")[:-1] + b"\xc3\x28\xff", "not valid UTF-8"),
    "cp1256.txt": (GOOD.encode("cp1256"), None),
    "utf16.txt": (GOOD.encode("utf-16"), None),
    "bom.txt": (b"\xef\xbb\xbf" + GOOD.encode("utf-8"), None),
    "empty.txt": (b"", "empty document"),
    "whitespace.txt": (b" \n\t\r\n  ", "empty document"),
    "latin.txt": (b"The minister said talks would go on.", "no Arabic text"),
    "unbalanced.txt": ("وقال المتحدث: «لن نتراجع عن موقفنا. وأضاف أن الحوار مستمر.".encode("utf-8"), None),
    "messy.txt": ("وقال\u00a0وزيرُ الخارجـــية\u00a0إنَّ المفاوضاتِ ستستمر.".encode("utf-8"), None),
    "crlf.txt": ("مقدمة.\r\nوقال الوزير إن المفاوضات ستستمر.\r\nوأضاف: «نحن مستعدون للحوار».\r\n".encode("utf-8"), None),
}


@pytest.fixture(scope="module")
def folder_run(tmp_path_factory):
    d = tmp_path_factory.mktemp("batch")
    for name, (data, _) in CASES.items():
        (d / name).write_bytes(data)
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    out = d / "out.jsonl"
    res = CliRunner().invoke(app, ["extract", str(d), "-o", str(out), "--workers", "1"])
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    by_doc = {}
    for r in recs:
        by_doc.setdefault(Path(r["doc_id"]).name, []).append(r)
    return d, res, by_doc


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_bad_or_odd_input_alone(folder_run, name):
    d, res, by_doc = folder_run
    data, error = CASES[name]
    recs = by_doc.get(name)
    assert recs, f"{name} produced no record"
    if error:
        assert len(recs) == 1 and error in recs[0]["error"]
        assert f"{name}: " in res.stderr  # told on stderr too
    else:
        text = (d / name).read_bytes()
        from quotes.inputs import decode
        text = decode(text)
        assert all("error" not in r for r in recs)
        for r in recs:
            for key in ("content", "cue", "speaker"):
                if r[key]:
                    assert text[r[key]["start"]:r[key]["end"]] == r[key]["text"]
    # the good document beside it is unaffected
    assert by_doc["good.txt"][0]["content"]["text"] == "المفاوضات ستستمر الأسبوع المقبل"


def test_batch_summary_and_exit_code(folder_run):
    _, res, by_doc = folder_run
    n_failed = sum(1 for e in CASES.values() if e[1])
    assert res.exit_code == 1
    assert f"{len(CASES) + 1} documents read" in res.stderr and f"{n_failed} failed" in res.stderr
    assert len(by_doc) == len(CASES) + 1  # every document is in the output


def test_seed_to_csv_and_xlsx_read_back(tmp_path):
    from openpyxl import load_workbook
    for fmt in ("csv", "xlsx"):
        r = CliRunner().invoke(app, ["extract", str(SEED), "-o", str(tmp_path / f"seed.{fmt}")])
        assert r.exit_code == 0, r.output
    raw = (tmp_path / "seed.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) >= 20 and any("وزارة الدفاع الأذربيجانية" in (x["speaker_name"] or "") for x in rows)
    wb = load_workbook(tmp_path / "seed.xlsx")
    ws = wb["quotes"]
    assert ws.sheet_view.rightToLeft
    col = [c.value for c in ws[1]].index("content") + 1
    assert [ws.cell(i + 2, col).value for i in range(len(rows))] == [x["content"] for x in rows]


def test_jsonl_input_meta_reaches_every_quote(tmp_path):
    src = tmp_path / "crawl.jsonl"
    src.write_text(json.dumps({"id": "okaz-1", "text": GOOD, "url": "https://okaz.example/1", "date": "2020-10-23"},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["extract", str(src)])
    recs = [json.loads(x) for x in r.stdout.splitlines()]
    assert r.exit_code == 0 and recs
    assert all(q["doc_id"] == "okaz-1" and q["meta"] == {"url": "https://okaz.example/1", "date": "2020-10-23"}
               for q in recs)


def test_long_text_in_sections_equals_whole_text(nlp):
    text = SEED.read_text(encoding="utf-8")
    whole = [q.to_dict() for q in extract_text(text, nlp, "seed")]
    parts = [q.to_dict() for q in extract_text(text, nlp, "seed", section_chars=1200)]
    assert len(parts) >= len(whole) - 2  # a cut may fall inside a long multi-sentence quote
    for q in parts:
        for key in ("content", "cue", "speaker"):
            if q[key]:
                assert text[q[key]["start"]:q[key]["end"]] == q[key]["text"]
    assert [q["quote_id"] for q in parts] == [f"seed#{i}" for i in range(len(parts))]
    same = {(q["content"]["start"], q["speaker_name"]) for q in whole} & {(q["content"]["start"], q["speaker_name"]) for q in parts}
    assert len(same) >= len(whole) - 3  # speaker memory carries over the cuts


def _docs(folder, names):
    for n in names:
        (folder / n).write_bytes((DEV / n).read_bytes())


SMALL = ["snn-alwatan-2.txt", "padt-4.txt", "snn-alyaum-2.txt", "snn-aljazirah-1.txt"]


def test_two_workers_give_the_same_output_in_input_order(tmp_path):
    _docs(tmp_path, SMALL)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    r1 = CliRunner().invoke(app, ["extract", str(tmp_path), "-o", str(one), "--workers", "1"])
    env = dict(os.environ, QUOTES_BATCH_CHARS="1000")  # one document per batch: both workers busy
    r2 = subprocess.run([sys.executable, "-m", "quotes.cli", "extract", str(tmp_path), "-o", str(two), "--workers", "2",
                         "-q"], env=env, capture_output=True, text=True, timeout=300)
    assert r1.exit_code == 0 and r2.returncode == 0, r2.stderr
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")
