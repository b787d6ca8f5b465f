"""End-to-end with the real bundled model: offline loading, offsets, the seed article."""
import json
import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.model.registry import BUNDLED_DIR, resolve
from quotes.normalize import prepare
from quotes.parse import parse

from conftest import ROOT, SHARED

SEED = ROOT / "seeds" / "karabakh-2020-10-23.txt"
SEED_GOLD = SHARED / "dev" / "karabakh-2020-10-23.gold.tsv"
pytestmark = pytest.mark.model


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*a, **k):
        raise OSError("network access attempted in an offline test")
    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_bundled_model_is_complete_and_compact():
    spec = resolve("bundled")
    assert spec.directory == BUNDLED_DIR
    assert spec.size_bytes() <= 150e6
    assert spec.scores and "padt" in spec.scores["end_to_end"]


def test_loads_offline_and_offsets_map_back(no_network):
    from quotes.model.registry import load_pipeline
    nlp = load_pipeline("bundled")
    text = SEED.read_text(encoding="utf-8")
    doc = parse(prepare(text), nlp, "seed")
    assert len(doc.sentences) > 20
    n = 0
    for _, tok in doc.tokens():
        span = doc.span(tok.start, tok.end)
        assert text[span.start:span.end] == span.text
        assert prepare(span.text).text == tok.text  # the original characters are this token
        n += 1
    assert n > 800


def test_cli_extract_seed_prints_valid_jsonl(no_network):
    res = CliRunner().invoke(app, ["extract", str(SEED)])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    text = SEED.read_text(encoding="utf-8")
    assert len(lines) >= 20
    for i, q in enumerate(lines):
        assert q["quote_id"] == f"{SEED}#{i}"
        assert q["type"] in ("direct", "indirect", "mixed")
        for key in ("content", "cue", "speaker"):
            span = q[key]
            if span is not None:
                assert text[span["start"]:span["end"]] == span["text"]
        assert 0 <= q["confidence"] <= 1 and q["rule"]
    assert "quotes: 1 documents read, 1 with quotes" in res.stderr


@pytest.mark.skipif(not SEED_GOLD.exists(), reason="shared/dev not beside the checkout")
def test_seed_article_quality(nlp):
    from quotes.evaluate import evaluate, read_gold
    from quotes.extract import extract_doc
    text = SEED.read_text(encoding="utf-8")
    preds = [q.to_dict() for q in extract_doc(parse(prepare(text), nlp, str(SEED)))]
    m = evaluate(read_gold(SEED_GOLD), preds).metrics()
    # regression floor, a little under the figures in the README
    assert m["f1"] >= 0.95, m
    assert m["attribution"] >= 0.9, m


def test_batch_with_bad_documents_continues(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("وقال الوزير إن الاقتصاد قوي.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\xff" * 30)
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(app, ["extract", str(tmp_path), "-o", str(out)])
    assert res.exit_code == 1
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    errors = {Path(r["doc_id"]).name: r["error"] for r in recs if "error" in r}
    assert set(errors) == {"empty.txt", "binary.txt"}
    assert any(r.get("content", {}).get("text") == "الاقتصاد قوي" for r in recs)
    assert "3 documents read" in res.stderr and "2 failed" in res.stderr


def test_text_with_nbsp_tatweel_diacritics_crlf(nlp):
    from quotes.extract import extract_doc
    text = "وقال\u00a0وزيرُ الخارجـــية\u00a0إنَّ المفاوضاتِ ستستمر.\r\nوأضاف: «نحن مستعدون للحوار».\r\n"
    qs = extract_doc(parse(prepare(text), nlp, "x"))
    assert qs
    for q in qs:
        for span in (q.content, q.cue, q.speaker):
            if span is not None:
                assert text[span.start:span.end] == span.text


def test_a_cue_glued_by_a_crawl_is_found_with_exact_offsets(nlp):
    from quotes.extract import extract_doc
    text = "وتسلم الطلاب الكتب الدراسية وبطاقة الأحوالوقال والد الطالب: إن المدرسة لم تبلغنا بموعد الاختبارات."
    qs = extract_doc(parse(prepare(text), nlp, "x"))
    assert [(q.cue.text, q.speaker_name, q.content.text) for q in qs] == [
        ("وقال", "والد الطالب", "المدرسة لم تبلغنا بموعد الاختبارات")]
    assert text[qs[0].cue.start:qs[0].cue.end] == "وقال"


def test_models_info_and_download_offline(no_network):
    r = CliRunner().invoke(app, ["models", "info"])
    assert r.exit_code == 0 and "bundled" in r.stdout and "LAS" in r.stdout
    r = CliRunner().invoke(app, ["models", "download"])
    assert r.exit_code != 0 and "offline" in r.stderr


def test_unknown_model_is_a_usage_error():
    r = CliRunner().invoke(app, ["extract", str(SEED), "--model", "/no/such/dir"])
    assert r.exit_code == 2 and "--model" in r.stderr


def test_names_split_as_clitics_are_rejoined(nlp):
    # the tokenizer reads «لافروف» as ل + افروف and «برشلونة» as ب + رشلونة
    doc = parse(prepare("وقال لافروف إن مدرب برشلونة سيبقى."), nlp)
    words = {t.text: [w.text for w in t.words] for t in doc.sentences[0].tokens}
    assert words["لافروف"] == ["لافروف"] and words["برشلونة"] == ["برشلونة"]
    assert words["وقال"] == ["و", "قال"]
