"""Fault injection: what a user's batch meets — two runs on one output, kill -9
and Ctrl-C then --resume, a full disk, a read-only folder, unreadable and
dangling paths, closed stdin/stdout, line separators inside JSONL strings,
non-finite numbers in records.

Nothing here races a timer. A run is stopped mid-way deterministically: its
last input is a FIFO, so once the journal lists the documents before it, the
run is blocked reading the FIFO until the test writes into it. Time-outs are
only a safety net."""
import csv
import io
import json
import math
import os
import shlex
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes.batch import SigintDeferred
from quotes.cli import app
from quotes.inputs import Fields, count_documents, folder_entries, iter_documents
from quotes.doc import Document
from quotes.write import Journal, OutputError, OutputLock, render_atomic, to_json

from quotes.extract import extract_doc

from conftest import ROOT, gold_doc

DEV = ROOT / "devset" / "docs"
GOOD = "وقال وزير الخارجية إن المفاوضات ستستمر الأسبوع المقبل."
NO_QUOTES = "هذا نص عربي قصير بلا أي تصريح."
CLI = [sys.executable, "-m", "quotes.cli", "extract"]
ENV = dict(os.environ, QUOTES_BATCH_CHARS="1", PYTHONPATH=str(ROOT))  # one document per batch
SAFETY = 240  # seconds: a net for a stuck run, never a condition a test relies on


def strict_json(line: str):
    """json.loads that rejects NaN and Infinity, as strict readers do."""
    def no(c):
        raise ValueError(f"non-standard JSON constant {c}")
    return json.loads(line, parse_constant=no)


def jsonl(path: Path) -> list[dict]:
    """JSONL read as the format says: lines end at \\n only."""
    return [strict_json(x) for x in path.read_bytes().decode("utf-8").split("\n") if x.strip()]


# ---------------------------------------------------------------- helpers: privileges, mounts, FIFOs

def unprivileged(cmd: list[str]) -> list[str]:
    """cmd as a process that file permissions apply to: as root, with the
    capabilities that bypass them dropped (capsh); skips where that is impossible."""
    if os.geteuid() != 0:
        return cmd
    if not shutil.which("capsh"):
        pytest.skip("running as root and capsh is missing: cannot make a folder unreadable")
    probe = subprocess.run(["capsh", "--drop=cap_dac_override,cap_dac_read_search", "--", "-c", "true"],
                           capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"capsh cannot drop capabilities here: {probe.stderr.decode(errors='replace').strip()}")
    return ["capsh", "--drop=cap_dac_override,cap_dac_read_search", "--", "-c", shlex.join(cmd)]


@pytest.fixture
def tmpfs(tmp_path):
    """Mount a tmpfs (and unmount it afterwards); skips where mounting is not allowed."""
    mounted = []

    def mount(name: str, options: str) -> Path:
        d = tmp_path / name
        d.mkdir()
        r = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(d)], capture_output=True, text=True)
        if r.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here (needs root in a container that allows it): {r.stderr.strip()}")
        mounted.append(d)
        return d

    yield mount
    for d in mounted:
        subprocess.run(["umount", "-l", str(d)], capture_output=True)


class Fifo:
    """A FIFO input: the run that reads it blocks until the test feeds it."""

    def __init__(self, path: Path, text: str):
        self.path, self.data = path, text.encode("utf-8")
        os.mkfifo(path)
        self.thread = None

    def feed(self) -> None:
        """Write the text once the next reader opens the FIFO (in the background)."""
        def write():
            with open(self.path, "wb") as f:
                f.write(self.data)
        self.thread = threading.Thread(target=write, daemon=True)
        self.thread.start()

    def as_file(self) -> None:
        """Replace the FIFO by a regular file with the same text (for a reference run)."""
        self.path.unlink()
        self.path.write_bytes(self.data)

    def unblock(self) -> None:
        """Let a writer still waiting go (a failed test must not leave it blocked)."""
        if self.thread is not None and self.thread.is_alive():
            fd = os.open(self.path, os.O_RDONLY | os.O_NONBLOCK)
            self.thread.join(5)
            os.close(fd)


RUNS: list[subprocess.Popen] = []


@pytest.fixture
def inputs(tmp_path):
    """Three small articles and, last, a FIFO holding a fourth (a run still
    blocked on it when a test fails is ended)."""
    src = tmp_path / "in"
    src.mkdir()
    names = ["tu-almadina-08.txt", "tu-okaz-24.txt", "tu-almadina-38.txt"]
    files = []
    for n in names:
        (src / n).write_bytes((DEV / n).read_bytes())
        files.append(str(src / n))
    fifo = Fifo(src / "z-fifo.txt", (DEV / "tu-aleqtisadiya-25.txt").read_text(encoding="utf-8"))
    yield files + [str(fifo.path)], fifo
    fifo.unblock()
    while RUNS:
        p = RUNS.pop()
        if p.poll() is None:
            p.kill()
            p.wait()


def journal_lines(out: Path) -> int:
    p = Path(str(out) + ".progress")
    return len(p.read_bytes().splitlines()) if p.exists() else 0


def _interruptible() -> None:
    """In the child: Ctrl-C acts, as in a run started from a terminal, even when the tests
    themselves run as a background job (which inherits SIGINT ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start_blocked(args: list[str], out: Path, n_inputs: int) -> subprocess.Popen:
    """Start a run whose last input is a FIFO; return once it is blocked on the
    FIFO: every document before the last file is journaled (the last file
    waits in the batch that the FIFO has not yet let go)."""
    p = subprocess.Popen(CLI + args, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                         preexec_fn=_interruptible)
    RUNS.append(p)
    deadline = time.monotonic() + SAFETY
    while journal_lines(out) < n_inputs - 2:
        assert p.poll() is None, f"the run ended early: {p.stderr.read()}"
        assert time.monotonic() < deadline, "the run did not reach the FIFO"
        time.sleep(0.05)
    return p


def reference(args: list[str], fifo: Fifo) -> None:
    """The same inputs, uninterrupted, with the FIFO's text as a regular file
    of the same name (so the same doc_id)."""
    fifo.as_file()
    r = CliRunner().invoke(app, ["extract", *args])
    assert r.exit_code == 0, r.output


# ---------------------------------------------------------------- two runs, one output

def test_output_lock_refuses_a_second_holder(tmp_path):
    out = tmp_path / "o.jsonl"
    lock = OutputLock(out).acquire()
    with pytest.raises(OutputError, match=f"another quotes run \\(pid {os.getpid()}\\) is writing"):
        OutputLock(out).acquire()
    lock.release()
    assert not lock.path.exists()  # a clean release leaves nothing behind
    lock.path.write_text("99999999\n")  # a lock file left by a killed run is not a lock
    with OutputLock(out):
        assert lock.path.read_text() == f"{os.getpid()}\n"


@pytest.mark.model
def test_concurrent_run_on_the_same_output_is_refused(inputs, tmp_path):
    files, fifo = inputs
    out = tmp_path / "o.jsonl"
    args = [*files, "-o", str(out), "-q"]
    first = start_blocked(args, out, len(files))
    # (without the FIFO: unrefused, as before the lock, it would run to the end)
    second = subprocess.run(CLI + [*files[:-1], "-o", str(out), "-q"], env=ENV, capture_output=True, text=True,
                            timeout=SAFETY)
    assert second.returncode == 2 and "Traceback" not in second.stderr
    assert f"another quotes run (pid {first.pid}) is writing {out}" in second.stderr
    fifo.feed()
    _, err = first.communicate(timeout=SAFETY)
    assert first.returncode == 0, err
    ref = tmp_path / "ref.jsonl"
    reference([*files, "-o", str(ref)], fifo)
    assert out.read_bytes() == ref.read_bytes()  # every quote once, nothing lost
    assert not Path(str(out) + ".lock").exists()


# ---------------------------------------------------------------- interrupted runs and --resume

@pytest.mark.model
def test_kill_9_then_resume_equals_an_uninterrupted_run(inputs, tmp_path):
    files, fifo = inputs
    out = tmp_path / "o.jsonl"
    args = [*files, "-o", str(out), "-q"]
    p = start_blocked(args, out, len(files))
    p.kill()
    p.communicate(timeout=SAFETY)
    assert journal_lines(out) == len(files) - 2 and not out.exists()
    fifo.feed()
    r = subprocess.run(CLI + args + ["--resume"], env=ENV, capture_output=True, text=True, timeout=SAFETY)
    assert r.returncode == 0, r.stderr
    assert not Path(str(out) + ".progress").exists() and not Path(str(out) + ".lock").exists()
    ref = tmp_path / "ref.jsonl"
    reference([*files, "-o", str(ref)], fifo)
    assert out.read_bytes() == ref.read_bytes()


@pytest.mark.model
def test_ctrl_c_leaves_a_valid_output_and_resume_finishes(inputs, tmp_path):
    files, fifo = inputs
    out, docs_out = tmp_path / "o.csv", tmp_path / "docs.jsonl"
    args = [*files, "--documents", str(docs_out), "-o", str(out), "-q"]
    p = start_blocked(args, out, len(files))
    p.send_signal(signal.SIGINT)
    _, err = p.communicate(timeout=SAFETY)
    assert p.returncode == 130 and "--resume" in err and "Traceback" not in err, err
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    finished = files[:len(files) - 2]
    assert {r["doc_id"] for r in rows} <= set(finished)  # a valid CSV of what was finished
    assert [d["doc_id"] for d in jsonl(docs_out)] == finished
    fifo.feed()
    r = subprocess.run(CLI + args + ["--resume"], env=ENV, capture_output=True, text=True, timeout=SAFETY)
    assert r.returncode == 0, r.stderr
    assert not Path(str(out) + ".progress").exists()  # the journal is gone once the run is complete
    ref, ref_docs = tmp_path / "ref.csv", tmp_path / "ref-docs.jsonl"
    reference([*files, "--documents", str(ref_docs), "-o", str(ref)], fifo)
    assert out.read_bytes() == ref.read_bytes() and docs_out.read_bytes() == ref_docs.read_bytes()
    assert [d["doc_id"] for d in jsonl(docs_out)] == files  # every document, quotes or not


def test_ctrl_c_while_the_output_is_completed_is_deferred():
    # as in a run from a terminal, whatever started the tests (a background job ignores SIGINT)
    started_with = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with SigintDeferred() as late:
            os.kill(os.getpid(), signal.SIGINT)  # delivered to this (main) thread before kill returns
            for _ in range(1000):  # the Python-level handler runs at the next bytecode boundary
                if late.interrupted:
                    break
        assert late.interrupted
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # given back in-process
    finally:
        signal.signal(signal.SIGINT, started_with)


# ---------------------------------------------------------------- output errors

@pytest.mark.model
def test_full_disk_is_a_clear_error_and_resume_finishes(tmp_path, tmpfs):
    disk = tmpfs("disk", "size=16k")  # four pages: the lock's, then the journal's few
    src = tmp_path / "crawl.jsonl"
    pad = "x" * 3000  # every quote record and journal line carries it: the disk fills after a document or two
    src.write_text("".join(to_json({"id": f"d{i}", "text": GOOD, "pad": pad}) + "\n" for i in range(6)),
                   encoding="utf-8")
    out = disk / "o.jsonl"
    args = [str(src), "-o", str(out), "-q"]
    r = subprocess.run(CLI + args, env=ENV, capture_output=True, text=True, timeout=SAFETY)
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
    assert f"cannot write {out}: No space left on device" in r.stderr and "--resume" in r.stderr
    assert 1 <= journal_lines(out) < 6  # stopped mid-run, what was finished kept
    subprocess.run(["mount", "-o", "remount,size=1m", str(disk)], check=True)  # space is back
    r = subprocess.run(CLI + args + ["--resume"], env=ENV, capture_output=True, text=True, timeout=SAFETY)
    assert r.returncode == 0, r.stderr
    ref = CliRunner().invoke(app, ["extract", str(src)])
    assert out.read_text(encoding="utf-8") == ref.stdout
    assert [q["doc_id"] for q in jsonl(out)] == [f"d{i}" for i in range(6)]


def test_read_only_output_folder_is_a_clear_error(tmp_path, tmpfs):
    ro = tmpfs("ro", "ro,size=16k")
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    r = subprocess.run(CLI + [str(tmp_path / "a.txt"), "-o", str(ro / "o.jsonl")], env=ENV, capture_output=True,
                       text=True, timeout=SAFETY)
    assert r.returncode == 2 and r.stderr.strip() == f"quotes: cannot write to {ro}: Read-only file system"


def test_closed_stdin_and_stdout_are_messages_not_tracebacks(tmp_path):
    cmd = shlex.join(CLI + ["-"])
    r = subprocess.run(["bash", "-c", cmd + " <&-"], env=ENV, capture_output=True, text=True, timeout=SAFETY)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert strict_json(r.stdout) == {"doc_id": "-", "error": "standard input is closed"}
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    r = subprocess.run(["bash", "-c", shlex.join(CLI + [str(tmp_path / "a.txt")]) + " >&-"], env=ENV,
                       capture_output=True, text=True, timeout=SAFETY)
    assert r.returncode == 2 and r.stderr.strip() == "quotes: standard output is closed; pass -o FILE"


# ---------------------------------------------------------------- inputs: every path read or reported

def _odd_folder(root: Path) -> Path:
    src = root / "src"
    (src / "sub").mkdir(parents=True)
    (src / "locked").mkdir()
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    (src / "sub" / "b.txt").write_text(GOOD, encoding="utf-8")
    (src / "locked" / "c.txt").write_text(GOOD, encoding="utf-8")
    (src / "dangling.txt").symlink_to("nowhere.txt")
    (src / "loop.txt").symlink_to("loop.txt")
    os.mkfifo(src / "pipe.txt")
    (src / "locked").chmod(0)
    root.chmod(0o755)
    return src


def test_every_path_under_a_folder_is_read_or_reported(tmp_path):
    src = _odd_folder(tmp_path)
    code = ("import json, sys; from quotes.inputs import iter_documents, count_documents; "
            "print(json.dumps([[d.doc_id, d.error] for d in iter_documents([sys.argv[1]])] "
            "+ [count_documents([sys.argv[1]])]))")
    r = subprocess.run(unprivileged([sys.executable, "-c", code, str(src)]), env=ENV, capture_output=True,
                       text=True, timeout=SAFETY)
    (src / "locked").chmod(0o755)
    assert r.returncode == 0, r.stderr
    *got, n = json.loads(r.stdout)
    assert dict(got) == {
        f"{src}/dangling.txt": "broken symbolic link (to nowhere.txt, which does not exist)",
        f"{src}/good.txt": None,
        f"{src}/locked": "cannot read folder: Permission denied",
        f"{src}/loop.txt": "cannot read: Too many levels of symbolic links",
        f"{src}/pipe.txt": "not a regular file (a fifo, socket or device)",
        f"{src}/sub/b.txt": None,
    }
    assert [d for d, _ in got] == sorted(d for d, _ in got) and n == len(got)


def test_unreadable_and_dangling_paths_fail_the_run(tmp_path):
    src = _odd_folder(tmp_path)
    for f in ("good.txt", "sub/b.txt"):
        (src / f).unlink()  # only bad paths: the run needs no model
    r = subprocess.run(unprivileged(CLI + [str(src)]), env=ENV, capture_output=True, text=True, timeout=SAFETY)
    (src / "locked").chmod(0o755)
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    errors = {Path(x["doc_id"]).name: x["error"] for x in jsonl_text(r.stdout)}
    assert set(errors) == {"dangling.txt", "locked", "loop.txt", "pipe.txt"}
    assert "4 documents read, 0 with quotes, 0 without, 4 failed" in r.stderr


def jsonl_text(s: str) -> list[dict]:
    return [strict_json(x) for x in s.split("\n") if x.strip()]


def test_folder_glob_matches_as_before(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    for f in ("x.txt", "a/y.txt", "a/b/z.txt", "a/b/w.md", ".hidden.txt"):
        (tmp_path / f).write_text(GOOD, encoding="utf-8")
    got = [p.relative_to(tmp_path).as_posix() for p, e in folder_entries(tmp_path) if e is None]
    assert got == [p.relative_to(tmp_path).as_posix() for p in sorted(tmp_path.rglob("*.txt"))]
    assert [p.name for p, _ in folder_entries(tmp_path, "b/*.md")] == ["w.md"]


# ---------------------------------------------------------------- JSONL in, strict JSON out

def test_jsonl_lines_end_at_newline_only(tmp_path):
    texts = [f"وقال الوزير إن المفاوضات{sep}ستستمر." for sep in ("\u2028", "\u2029", "\x85")]
    f = tmp_path / "u.jsonl"
    # as json.dumps(ensure_ascii=False) writes them: the separators raw, inside the strings
    f.write_text("".join(json.dumps({"id": f"r{i}", "text": t}, ensure_ascii=False) + "\n"
                         for i, t in enumerate(texts)) + "{broken\r\n", encoding="utf-8")
    assert "\u2028" in f.read_text(encoding="utf-8")
    got = list(iter_documents([str(f)]))
    assert [(d.doc_id, d.text) for d in got[:3]] == [(f"r{i}", t) for i, t in enumerate(texts)]
    assert got[3].doc_id == f"{f}:4" and got[3].error.startswith("line 4 is not valid JSON")
    assert count_documents([str(f)]) == 4


def test_non_finite_numbers_come_out_as_strings(tmp_path):
    f = tmp_path / "m.jsonl"
    f.write_text('{"id": "a", "text": "%s", "big": 1e400, "neg": -1e400, "nan": NaN, "deep": [{"x": Infinity}]}\n'
                 % GOOD, encoding="utf-8")
    (d,) = iter_documents([str(f)], fields=Fields())
    assert math.isinf(d.meta["big"]) and math.isnan(d.meta["nan"])  # what the input says, read
    want = {"big": "Infinity", "neg": "-Infinity", "nan": "NaN", "deep": [{"x": "Infinity"}]}
    q = dict(extract_doc(gold_doc("news_a", "a"))[0].to_dict(), meta=d.meta)
    docs = [Document("a", meta=d.meta, quotes=[q]),
            Document("b", error="empty document", meta=d.meta)]
    assert strict_json(to_json(q))["meta"] == want
    out = tmp_path / "o.jsonl"
    j = Journal(out, "jsonl", documents=tmp_path / "docs.jsonl")
    j.start(False)
    for doc in docs:
        j.add(doc)
    j.finish()
    assert [r.get("meta") for r in jsonl(out)] == [want, want]
    assert [(r["status"], r["meta"]) for r in jsonl(tmp_path / "docs.jsonl")] == [("quotes", want), ("failed", want)]
    render_atomic("csv", docs, tmp_path / "o.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "o.csv").read_bytes().decode("utf-8-sig"))))
    assert [strict_json(r["meta"]) for r in rows] == [want, want]


@pytest.mark.model
def test_line_separators_and_non_finite_numbers_end_to_end(tmp_path):
    src = tmp_path / "u.jsonl"
    recs = [{"id": "sep", "text": "وقال الوزير إن المفاوضات\u2028ستستمر.", "score": float("inf"), "n": float("nan")},
            {"id": "quiet", "text": NO_QUOTES}]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    out, docs_out = tmp_path / "o.jsonl", tmp_path / "docs.jsonl"
    r = subprocess.run(CLI + [str(src), "-o", str(out), "--documents", str(docs_out)], env=ENV,
                       capture_output=True, text=True, timeout=SAFETY)
    assert r.returncode == 0, r.stderr
    assert "2 documents read, 1 with quotes, 1 without, 0 failed" in r.stderr
    quotes = jsonl(out)
    assert quotes and {q["doc_id"] for q in quotes} == {"sep"}
    assert all(q["meta"] == {"score": "Infinity", "n": "NaN"} for q in quotes)
    assert [(d["doc_id"], d["status"], d["quotes"]) for d in jsonl(docs_out)] == [
        ("sep", "quotes", len(quotes)), ("quiet", "no-quotes", 0)]
