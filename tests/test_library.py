"""The library as a Python user meets it: every span of a long text, a resumable batch
run, Dask shards from another directory, and how the package installs."""
import json
import subprocess
import sys
import zipfile

import pytest

import quotes
from quotes.batch import RunStats
from quotes.doc import Document

from conftest import ROOT

SEED = ROOT / "seeds" / "karabakh-2020-10-23.txt"
RELAY = "ونقلت الوكالة الرسمية عن السفير المصري بالخرطوم أسامة شلتوت أن الوفد سيوقع مذكرة تفاهم في مجال الموانئ."


@pytest.mark.model
def test_every_span_of_a_long_text_is_exact_including_via(nlp):
    """A text longer than one section, with a relayed quote (via) in a later section:
    Quote.spans() — content, cue, speaker, via, sentence — all index the whole text."""
    from quotes.extract import extract_text

    filler = "\n".join(f"وقال المتحدث الرسمي إن الاجتماع رقم {k} انتهى." for k in range(12))
    text = filler + "\n" + RELAY + "\n"
    qs = extract_text(text, nlp, "long", section_chars=300)
    relayed = [q for q in qs if q.via is not None]
    assert relayed and relayed[-1].via.start > 300  # the relayed quote is in a later section
    for q in qs:
        for name, span in q.spans():
            if hasattr(span, "text"):
                assert text[span.start:span.end] == span.text, (q.quote_id, name)
            else:
                assert 0 <= span.start <= span.end <= len(text)
                assert text[span.start:span.end].strip()
    assert relayed[-1].via.text == "الوكالة الرسمية"
    assert [q.quote_id for q in qs] == [f"long#{i}" for i in range(len(qs))]


@pytest.mark.model
def test_run_is_the_batch_job_as_a_library_call(tmp_path, nlp):
    """quotes.run(): a folder into a JSONL file with a documents file; run statistics
    back; a second call with resume=True does nothing twice."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (src / "b.txt").write_text("نص قصير بلا اقتباس.", encoding="utf-8")
    (src / "c.txt").write_bytes(b"")
    out, docs = tmp_path / "out.jsonl", tmp_path / "docs.jsonl"
    seen = []
    stats = quotes.run(src, out, documents=docs, workers=1, nlp=nlp,
                       progress=lambda d, done, total: seen.append((d.doc_id, d.status, done, total)))
    assert isinstance(stats, RunStats)
    assert (stats.documents, stats.with_quotes, stats.without_quotes, stats.failed) == (3, 1, 1, 1)
    assert [s[1] for s in seen] == ["quotes", "no-quotes", "failed"] and seen[-1][2:] == (3, 3)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sum("quote_id" in r for r in records) == stats.quotes > 20
    assert [json.loads(line)["status"] for line in docs.read_text(encoding="utf-8").splitlines()] == \
        ["quotes", "no-quotes", "failed"]
    again = quotes.run(src, out, documents=docs, workers=1, nlp=nlp, resume=True)
    # resuming a finished run reads the output back: the documents with records are
    # done; the one without quotes left no line in it and is read again, to the same result
    assert (again.resumed, again.documents, again.quotes) == (2, 1, 0)
    assert [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] == records


def test_run_reports_bad_output_before_reading(tmp_path):
    from quotes.write import OutputError

    with pytest.raises(OutputError, match="is a folder"):
        quotes.run(SEED, tmp_path)
    with pytest.raises(OutputError, match="--resume needs"):
        quotes.run(SEED, None, resume=True)


def test_one_document_type_from_reading_to_writing():
    d = Document("x.txt", meta={"outlet": "okaz"})
    assert d.status == "no-quotes" and d.records == []
    d.error = "empty document"
    assert d.records == [{"doc_id": "x.txt", "error": "empty document", "meta": {"outlet": "okaz"}}]
    assert d.status_record()["status"] == "failed"


@pytest.mark.model
def test_dask_shard_finds_relative_inputs_from_another_directory(tmp_path, monkeypatch):
    """A worker may run in another directory than the client: relative inputs are
    resolved against the client's, and documents keep the names they were given."""
    from quotes.distributed import _process_shard
    from quotes.inputs import Fields

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    part = _process_shard(["in"], str(tmp_path / "part-00000.jsonl"), None, "*.txt", None, Fields(),
                          base=str(tmp_path))
    assert part["failed"] == 0 and part["quotes"] > 20
    ids = {json.loads(line)["doc_id"] for line in (tmp_path / "part-00000.jsonl").read_text(encoding="utf-8").splitlines()}
    assert ids == {"in/seed.txt"}


def test_the_package_installs_cli_as_quotes_cli_and_no_top_level_cli(tmp_path):
    """`pip install .` (a wheel, not editable): the cli/ folder is the package quotes.cli,
    with the model and the word lists; nothing named `cli` at the top of site-packages."""
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                        "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    (wheel,) = tmp_path.glob("quotes-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "quotes/cli/__init__.py" in names and "quotes/cli/__main__.py" in names
    assert not any(n.startswith("cli/") for n in names)
    assert "quotes/data/words.tsv" in names and "quotes/model/ar/depparse.pt" in names
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    assert "quotes = quotes.cli:main" in zipfile.ZipFile(wheel).read(entry).decode()
