"""Outputs (CSV, XLSX, HTML) and the resumable journal, on quotes extracted
from gold parses (no model needed)."""
import csv
import io
import json
from html.parser import HTMLParser

import pytest

from quotes.extract import extract_doc
from quotes.doc import Document
from quotes.write import Journal, OutputError, choose_format, neutralise, render_atomic

from conftest import gold_doc


@pytest.fixture(scope="module")
def docs():
    out = []
    for name in ("news_a", "constructions"):
        doc = gold_doc(name)
        recs = [dict(q.to_dict(), meta={"outlet": "okaz"}) for q in extract_doc(doc)]
        assert recs
        out.append(Document(name, doc.original, None, {"outlet": "okaz"}, recs))
    out.append(Document("broken.txt", error="empty document"))
    return out


def test_format_from_extension_or_option(tmp_path):
    assert choose_format(None, tmp_path / "a.xlsx") == "xlsx"
    assert choose_format(None, tmp_path / "a.HTM") == "html"
    assert choose_format(None, None) == "jsonl"
    assert choose_format("CSV", tmp_path / "a.txt") == "csv"
    with pytest.raises(OutputError):
        choose_format("pdf", None)


def test_formula_cells_are_neutralised():
    for risky in ("=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)"):
        assert neutralise(risky).startswith("'")
    assert neutralise("قال الوزير") == "قال الوزير" and neutralise(3) == 3


def test_csv_has_bom_arabic_and_flat_columns(docs, tmp_path):
    out = tmp_path / "q.csv"
    render_atomic("csv", docs, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    quotes = [r for r in rows if not r["error"]]
    assert len(quotes) == sum(len(d.quotes) for d in docs)
    first = docs[0].quotes[0]
    assert quotes[0]["content"] == neutralise(first["content"]["text"])
    assert quotes[0]["cue_lemma"] == first["cue"]["lemma"] and json.loads(quotes[0]["meta"]) == {"outlet": "okaz"}
    assert [r["error"] for r in rows if r["error"]] == ["empty document"]


def test_xlsx_is_right_to_left_with_a_documents_sheet(docs, tmp_path):
    from openpyxl import load_workbook

    bad = Document("evil", quotes=[dict(docs[0].quotes[0], content={"text": "=1+1", "start": 0, "end": 4})])
    out = tmp_path / "q.xlsx"
    render_atomic("xlsx", docs + [bad], out)
    wb = load_workbook(out)
    ws, ds = wb["quotes"], wb["documents"]
    assert ws.sheet_view.rightToLeft and ds.sheet_view.rightToLeft
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref
    header = [c.value for c in ws[1]]
    content = header.index("content") + 1
    assert ws.cell(2, content).value == docs[0].quotes[0]["content"]["text"]
    last = ws.cell(ws.max_row, content)
    assert last.value == "=1+1" and last.data_type == "s"  # text, never a formula
    status = {r[0].value: (r[1].value, r[2].value) for r in ds.iter_rows(min_row=2)}
    assert status["broken.txt"] == ("failed", 0)
    assert status["news_a"] == ("quotes", len(docs[0].quotes))


class _Marks(HTMLParser):
    """Collects the text of every highlighted span per role and quote number."""

    def __init__(self):
        super().__init__()
        self.stack, self.text = [], {}

    def handle_starttag(self, tag, attrs):
        self.stack.append(dict(attrs))

    def handle_endtag(self, tag):
        self.stack.pop()

    def handle_data(self, data):
        for a in self.stack:
            for role in ("speaker", "cue", "content"):
                for n in (a.get(f"data-{role}") or "").split():
                    key = (role, int(n))
                    self.text[key] = self.text.get(key, "") + data


def test_html_highlights_every_span(docs, tmp_path):
    out = tmp_path / "q.html"
    render_atomic("html", docs[:1], out)
    html = out.read_text(encoding="utf-8")
    assert 'dir="rtl"' in html and "<style>" in html and "http" not in html.split("<main>")[0]
    p = _Marks()
    p.feed(html)
    for n, q in enumerate(docs[0].quotes):
        assert p.text[("content", n)] == q["content"]["text"]
        assert p.text[("cue", n)] == q["cue"]["text"]
        if q["speaker"]:
            assert p.text[("speaker", n)] == q["speaker"]["text"]


def test_journal_resumes_after_a_torn_write(docs, tmp_path):
    out = tmp_path / "q.jsonl"
    j = Journal(out, "jsonl")
    j.start(resume=False)
    j.add(docs[0])
    j._records.write(b'{"doc_id": "constructions", "quote_id": "torn')  # killed mid-write
    j._records.flush()
    j.close()
    with open(j.progress, "ab") as f:
        f.write(b'{"doc_id": "constr')
    j2 = Journal(out, "jsonl")
    assert "1 documents already done" in j2.start(resume=True)
    assert j2.skip("news_a") and not j2.skip("news_a") and not j2.skip("constructions")
    for d in docs[1:]:
        j2.add(d)
    j2.finish()
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert recs == [r for d in docs for r in d.records]
    assert not j2.partial.exists() and not j2.progress.exists()


def test_resume_from_a_finished_output_without_journal(docs, tmp_path):
    out = tmp_path / "q.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in docs[0].records), encoding="utf-8")
    j = Journal(out, "jsonl")
    assert "1 documents with records already done" in j.start(resume=True)
    assert j.skip("news_a")
    j.add(docs[1])
    j.finish()
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert recs == docs[0].records + docs[1].records


def test_interrupted_run_leaves_a_valid_output(docs, tmp_path):
    out = tmp_path / "q.xlsx"
    j = Journal(out, "xlsx")
    j.start(resume=False)
    j.add(docs[0])
    j.snapshot()
    from openpyxl import load_workbook
    assert load_workbook(out)["quotes"].max_row == len(docs[0].quotes) + 1
    assert j.partial.exists()  # kept for --resume
    j.close()


def test_csv_keeps_ids_exact_and_protects_text(docs, tmp_path):
    q = dict(docs[0].quotes[0], doc_id="-", quote_id="-#0", content={"text": "-1 قال", "start": 0, "end": 6})
    out = tmp_path / "ids.csv"
    render_atomic("csv", [Document("-", quotes=[q]), Document("=x", error="-bad")], out)
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert [(r["doc_id"], r["quote_id"]) for r in rows] == [("-", "-#0"), ("=x", "")]  # as in the JSONL
    assert rows[0]["content"] == "'-1 قال" and rows[1]["error"] == "'-bad"


def test_documents_status(docs):
    assert [d.status for d in docs] == ["quotes", "quotes", "failed"]
    assert Document("q", meta={"u": 1}).status_record() == {"doc_id": "q", "status": "no-quotes", "quotes": 0,
                                                                 "meta": {"u": 1}}
    assert docs[2].status_record() == {"doc_id": "broken.txt", "status": "failed", "quotes": 0,
                                       "error": "empty document"}
