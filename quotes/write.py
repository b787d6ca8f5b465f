"""Write step: JSONL, CSV, XLSX and HTML outputs, and the journal that makes
a run resumable.

A run to a file writes every finished document to a journal beside the
output (``OUT.partial``: the JSONL records; ``OUT.progress``: one line per
finished document with the byte offset reached). The output itself is
rendered from the journal and renamed into place — at the end, or when the
run is interrupted — so it is always a complete, valid file. ``--resume``
reads the journal back, cuts a torn tail, and goes on with the documents not
yet finished (zero-quote documents included).
"""
from __future__ import annotations

import csv
import errno
import fcntl
import io
import json
import math
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, TextIO

from .doc import Document

FORMATS = ("jsonl", "csv", "xlsx", "html")
STREAMABLE = ("jsonl", "csv")


class OutputError(Exception):
    """A problem with the output the user asked for; the message is for the user."""


# ---------------------------------------------------------------- strict JSON

_NON_FINITE = {math.inf: "Infinity", -math.inf: "-Infinity"}


def finite(obj: Any) -> Any:
    """``obj`` with every non-finite float (NaN, ±Infinity, e.g. a record's
    ``1e400``) replaced by the string JSON readers know it by: strict JSON has
    no such numbers."""
    if isinstance(obj, float) and not math.isfinite(obj):
        return "NaN" if math.isnan(obj) else _NON_FINITE[obj]
    if isinstance(obj, dict):
        return {k: finite(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [finite(v) for v in obj]
    return obj


def to_json(obj: Any, **kw) -> str:
    """Strict JSON (RFC 8259) text, UTF-8 as is: never a bare NaN or Infinity."""
    try:
        return json.dumps(obj, ensure_ascii=False, allow_nan=False, **kw)
    except ValueError:  # a non-finite number somewhere: rare, so only then the walk
        return json.dumps(finite(obj), ensure_ascii=False, allow_nan=False, **kw)


def os_message(e: OSError) -> str:
    """An OSError in words, without a traceback: "No space left on device"."""
    return e.strerror or str(e)


# ---------------------------------------------------------------- the output lock

class OutputLock:
    """An exclusive lock on one output for the length of a run: ``OUT.lock``
    beside it, held with ``flock`` and holding the run's pid. The kernel drops
    the lock when the process dies, however it dies, so a killed run never
    leaves a stale lock; the file itself is removed on a clean release.

    flock works between processes of one machine; it does not guard a file on
    a network share written from two machines."""

    def __init__(self, out: Path):
        self.out = out
        self.path = out.with_name(out.name + ".lock")
        self.fd: Optional[int] = None

    def acquire(self) -> "OutputLock":
        while True:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            except OSError as e:
                raise OutputError(f"cannot write to {self.out.parent}: {os_message(e)}") from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as e:
                holder = _read_pid(fd)
                os.close(fd)
                if e.errno not in (errno.EAGAIN, errno.EACCES):
                    raise OutputError(f"cannot lock {self.path}: {os_message(e)}") from None
                who = f"(pid {holder}) " if holder else ""
                raise OutputError(f"another quotes run {who}is writing {self.out}; wait for it to end, "
                                  "or choose another -o") from None
            # the holder before us may have removed the file between our open
            # and our flock: then we hold a lock on a name nobody sees; again
            try:
                same = os.stat(self.path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(fd)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self.fd = fd
        return self

    def release(self) -> None:
        if self.fd is not None:
            try:
                os.unlink(self.path)  # while still holding it: see acquire
            except OSError:
                pass
            os.close(self.fd)  # closing drops the flock
            self.fd = None

    def __enter__(self) -> "OutputLock":
        return self.acquire()

    def __exit__(self, *_) -> None:
        self.release()


def _read_pid(fd: int) -> Optional[int]:
    try:
        return int(os.pread(fd, 32, 0).decode().strip() or "0") or None
    except (OSError, ValueError):
        return None


def choose_format(fmt: Optional[str], path: Optional[Path]) -> str:
    if fmt:
        fmt = fmt.lower()
        if fmt not in FORMATS:
            raise OutputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        return fmt
    if path is not None:
        ext = path.suffix.lower().lstrip(".")
        if ext in ("htm",):
            return "html"
        if ext in FORMATS:
            return ext
    return "jsonl"


# ---------------------------------------------------------------- flat rows (CSV, XLSX)

COLUMNS = ["doc_id", "quote_id", "type", "speaker", "speaker_name", "speaker_resolution", "via", "cue", "cue_lemma",
           "cue_category", "cue_negated", "content", "confidence", "content_start", "content_end", "cue_start",
           "cue_end", "speaker_start", "speaker_end", "sentence_index", "rule", "error", "meta"]
_RISKY = ("=", "+", "-", "@", "\t", "\r")
# identifiers are written exactly, so a CSV row joins back to the JSONL and
# the inputs; every other text cell is protected (neutralise)
ID_COLUMNS = ("doc_id", "quote_id")


def flat_row(rec: dict[str, Any]) -> dict[str, Any]:
    if "error" in rec:
        return {"doc_id": rec["doc_id"], "error": rec["error"],
                "meta": to_json(rec["meta"]) if rec.get("meta") else None}
    sp = rec.get("speaker") or {}
    return {
        "doc_id": rec["doc_id"], "quote_id": rec["quote_id"], "type": rec["type"],
        "speaker": sp.get("text"), "speaker_name": rec.get("speaker_name"),
        "speaker_resolution": rec.get("speaker_resolution"), "via": (rec.get("via") or {}).get("text"),
        "cue": rec["cue"]["text"], "cue_lemma": rec["cue"]["lemma"], "cue_category": rec["cue"].get("category"),
        "cue_negated": rec["cue"].get("negated"),
        "content": rec["content"]["text"], "confidence": rec["confidence"],
        "content_start": rec["content"]["start"], "content_end": rec["content"]["end"],
        "cue_start": rec["cue"]["start"], "cue_end": rec["cue"]["end"],
        "speaker_start": sp.get("start"), "speaker_end": sp.get("end"),
        "sentence_index": rec["sentence"]["index"], "rule": rec["rule"], "error": None,
        "meta": to_json(rec["meta"]) if rec.get("meta") else None,
    }


def neutralise(value: Any) -> Any:
    """A spreadsheet must never run a cell as a formula: text that starts like
    one gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_RISKY):
        return "'" + value
    return value


class CsvStream:
    """CSV with a UTF-8 byte-order mark, so Excel reads the Arabic right."""

    def __init__(self, fh: TextIO):
        self.fh = fh
        fh.write("\ufeff")
        self.w = csv.DictWriter(fh, fieldnames=COLUMNS, extrasaction="ignore")
        self.w.writeheader()

    def write(self, doc: Document) -> None:
        for rec in doc.records:
            self.w.writerow({k: v if k in ID_COLUMNS else neutralise(v) for k, v in flat_row(rec).items()})


class JsonlStream:
    def __init__(self, fh: TextIO):
        self.fh = fh

    def write(self, doc: Document) -> None:
        for rec in doc.records:
            self.fh.write(to_json(rec) + "\n")


class DocumentsStream:
    """The ``--documents`` file: one JSONL line per document, whatever became of it."""

    def __init__(self, fh: TextIO):
        self.fh = fh

    def write(self, doc: Document) -> None:
        self.fh.write(to_json(doc.status_record()) + "\n")


def stream_writer(fmt: str, fh: TextIO):
    if fmt not in STREAMABLE:
        raise OutputError(f"{fmt.upper()} output needs a file: pass -o OUT.{fmt}")
    return CsvStream(fh) if fmt == "csv" else JsonlStream(fh)


# ---------------------------------------------------------------- whole-file renderers

def render_csv(docs: Iterable[Document], path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = CsvStream(fh)
        for d in docs:
            w.write(d)


def render_jsonl(docs: Iterable[Document], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        w = JsonlStream(fh)
        for d in docs:
            w.write(d)


def render_documents(docs: Iterable[Document], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        w = DocumentsStream(fh)
        for d in docs:
            w.write(d)


WIDTHS = {"doc_id": 28, "quote_id": 30, "type": 9, "speaker": 30, "speaker_name": 34, "speaker_resolution": 12, "via": 20,
          "cue": 12, "cue_lemma": 10, "cue_category": 10, "cue_negated": 8, "content": 80, "confidence": 10,
          "rule": 40, "error": 40, "meta": 30}


def render_xlsx(docs: Iterable[Document], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "quotes"
    ws.sheet_view.rightToLeft = True
    ws.append(COLUMNS)
    dsheet = wb.create_sheet("documents")
    dsheet.sheet_view.rightToLeft = True
    dsheet.append(["doc_id", "status", "quotes", "error", "meta"])
    wrap = Alignment(wrap_text=True, vertical="top")
    for d in docs:
        for rec in d.quotes:
            row = flat_row(rec)
            ws.append([row.get(c) for c in COLUMNS])
            for cell in ws[ws.max_row]:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # never a formula, whatever the text starts with
            ws.cell(ws.max_row, COLUMNS.index("content") + 1).alignment = wrap
        dsheet.append([d.doc_id, d.status, len(d.quotes), d.error, to_json(d.meta) if d.meta else None])
        for cell in dsheet[dsheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    for sheet, cols in ((ws, COLUMNS), (dsheet, ["doc_id", "status", "quotes", "error", "meta"])):
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
        for i, name in enumerate(cols, 1):
            sheet.column_dimensions[sheet.cell(1, i).column_letter].width = WIDTHS.get(name, 12)
    wb.save(path)


def render_html(docs: Iterable[Document], path: Path) -> None:
    from .html import page

    path.write_text(page(docs), encoding="utf-8")


RENDERERS: dict[str, Callable[[Iterable[Document], Path], None]] = {
    "jsonl": render_jsonl, "csv": render_csv, "xlsx": render_xlsx, "html": render_html,
    "documents": render_documents}


def render_atomic(fmt: str, docs: Iterable[Document], path: Path) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=str(path.parent))
    os.close(fd)
    try:
        RENDERERS[fmt](docs, Path(tmp))
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp's 0600 is not what a user expects of an output
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# ---------------------------------------------------------------- the journal

def _output_errors(method):
    """A Journal method whose OSError (a full disk, a read-only folder) becomes
    an OutputError that names the file."""
    import functools

    @functools.wraps(method)
    def wrapper(self, *args, **kw):
        try:
            return method(self, *args, **kw)
        except OSError as e:
            raise OutputError(f"cannot write {e.filename or self.out}: {os_message(e)}") from None
    return wrapper


class Journal:
    """The resumable store of a run whose output goes to a file."""

    def __init__(self, out: Path, fmt: str, keep_text: bool = False, documents: Optional[Path] = None):
        self.out, self.fmt, self.keep_text, self.documents_out = out, fmt, keep_text, documents
        self.partial = out.with_name(out.name + ".partial")
        self.progress = out.with_name(out.name + ".progress")
        self.done: Counter = Counter()
        self.resumed = 0
        self._records = None
        self._progress = None

    @_output_errors
    def start(self, resume: bool) -> str:
        """Open the journal; with ``resume``, keep what an earlier run finished.
        Returns a note for the user (empty when there is nothing to say)."""
        note = ""
        if resume and self.progress.exists() and self.partial.exists():
            entries, offset = self._read_progress()
            with open(self.partial, "r+b") as f:
                f.truncate(offset)
            note = f"resuming: {len(entries)} documents already done"
            self.done.update(e["doc_id"] for e in entries)
            self.resumed = len(entries)
            # the progress file is rewritten without a torn last line
            self._rewrite_progress(entries)
        elif resume and self.out.exists() and self.fmt == "jsonl":
            try:
                entries = self._import_output()
            except (ValueError, KeyError, TypeError):
                raise OutputError(f"cannot resume: {self.out} is not a quotes JSONL output; "
                                  "run without --resume to start again") from None
            note = (f"resuming from {self.out.name}: {len(entries)} documents with records already done "
                    "(documents without quotes are read again)")
        else:
            if resume:
                note = "nothing to resume; starting from the beginning"
            self.partial.write_bytes(b"")
            self.progress.write_bytes(b"")
        # unbuffered: a document is on disk, or its write failed, when add returns
        self._records = open(self.partial, "ab", buffering=0)
        self._progress = open(self.progress, "ab", buffering=0)
        return note

    def _read_progress(self) -> tuple[list[dict], int]:
        entries, offset = [], 0
        with open(self.progress, "rb") as f:
            for line in f:
                if not line.endswith(b"\n"):
                    break  # torn by a kill
                try:
                    e = json.loads(line)
                except ValueError:
                    break
                entries.append(e)
                offset = e["offset"]
        return entries, offset

    def _rewrite_progress(self, entries: list[dict]) -> None:
        with open(self.progress, "wb") as f:
            for e in entries:
                f.write((to_json(e) + "\n").encode("utf-8"))

    def _import_output(self) -> list[dict]:
        """A finished JSONL output with no journal: its documents count as done."""
        groups: dict[str, list[bytes]] = {}
        order: list[str] = []
        with open(self.out, "rb") as f:
            for line in f:
                if not line.strip():
                    continue
                doc_id = json.loads(line)["doc_id"]
                if doc_id not in groups:
                    groups[doc_id] = []
                    order.append(doc_id)
                groups[doc_id].append(line if line.endswith(b"\n") else line + b"\n")
        entries, offset = [], 0
        with open(self.partial, "wb") as f:
            for doc_id in order:
                for line in groups[doc_id]:
                    f.write(line)
                    offset += len(line)
                first = json.loads(groups[doc_id][0])
                entries.append({"doc_id": doc_id, "offset": offset, "quotes": 0 if "error" in first else len(groups[doc_id]),
                                "error": first.get("error"), "meta": first.get("meta") or {}})
        self._rewrite_progress(entries)
        self.done.update(e["doc_id"] for e in entries)
        self.resumed = len(entries)
        return entries

    def skip(self, doc_id: str) -> bool:
        """True for a document an earlier run already finished."""
        if self.done[doc_id] > 0:
            self.done[doc_id] -= 1
            return True
        return False

    @_output_errors
    def add(self, doc: Document) -> None:
        """Journal a finished document: its records, then its progress line.
        A document counts as done only once its progress line is whole, so a
        write that fails half-way (a full disk) costs that document alone."""
        _write_all(self._records, "".join(to_json(rec) + "\n" for rec in doc.records).encode("utf-8"))
        entry = {"doc_id": doc.doc_id, "offset": self._records.tell(), "quotes": len(doc.quotes),
                 "error": doc.error, "meta": doc.meta}
        if self.keep_text:
            entry["text"] = doc.text
        _write_all(self._progress, (to_json(entry) + "\n").encode("utf-8"))

    @property
    def finished(self) -> int:
        """How many documents the journal holds (this run's and earlier ones)."""
        return len(self._read_progress()[0]) if self.progress.exists() else 0

    def documents(self) -> Iterator[Document]:
        """Everything finished so far, in order, read back from the journal."""
        entries, _ = self._read_progress()
        with open(self.partial, "rb") as f:
            pos = 0
            for e in entries:
                recs = []
                while pos < e["offset"]:
                    line = f.readline()
                    if not line:
                        break
                    pos += len(line)
                    recs.append(json.loads(line))
                error = e.get("error")
                yield Document(e["doc_id"], e.get("text"), error, e.get("meta") or {}, [] if error else recs)

    def _close(self) -> None:
        for fh in (self._records, self._progress):
            if fh is not None:
                fh.close()
        self._records = self._progress = None

    @_output_errors
    def snapshot(self) -> None:
        """Render the output from what is finished; keep the journal (interrupted run)."""
        render_atomic(self.fmt, self.documents(), self.out)
        if self.documents_out is not None:
            render_atomic("documents", self.documents(), self.documents_out)

    @_output_errors
    def finish(self) -> None:
        """Render the output and remove the journal (finished run). Every step
        before the journal goes leaves it whole, so a failure here (a full
        disk) is finished by --resume."""
        self._close()
        if self.documents_out is not None:
            render_atomic("documents", self.documents(), self.documents_out)
        if self.fmt == "jsonl":
            os.replace(self.partial, self.out)
        else:
            render_atomic(self.fmt, self.documents(), self.out)
            self.partial.unlink(missing_ok=True)
        self.progress.unlink(missing_ok=True)

    def close(self) -> None:
        self._close()


def _write_all(fh, data: bytes) -> None:
    """Write every byte to an unbuffered file, or raise: a raw write may be short."""
    view = memoryview(data)
    while view:
        n = fh.write(view)
        if not n:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[n:]


def write_guarded(target, fn, *args) -> None:
    """``fn(*args)``, a write to ``target`` (a path, or an open stream); an OSError
    (a closed pipe, a full disk) becomes an OutputError that names it. When the
    stream is standard output, nothing more can reach it: it is pointed at
    /dev/null so the final flush at exit does not fail again."""
    try:
        fn(*args)
    except OSError as e:
        if target is sys.stdout or target is getattr(sys, "__stdout__", None):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise OutputError(f"cannot write to standard output: {os_message(e)}") from None
        where = target if isinstance(target, (str, Path)) else "the output"
        raise OutputError(f"cannot write {where}: {os_message(e)}") from None


def stdout_text() -> TextIO:
    """Standard output as UTF-8 whatever the locale says."""
    if sys.stdout is None:
        raise OutputError("standard output is closed; pass -o FILE")
    if hasattr(sys.stdout, "reconfigure"):
        try:
            sys.stdout.reconfigure(encoding="utf-8")
        except (ValueError, io.UnsupportedOperation):
            pass
    return sys.stdout
