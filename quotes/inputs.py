"""Reading documents: files, folders, stdin; encodings; clear errors for bad input."""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Optional

from .normalize import is_arabic_letter


class InputError(Exception):
    """A document that cannot be processed; the message is for the user."""


RECORD_SUFFIXES = (".jsonl", ".ndjson", ".json")


@dataclass
class Document:
    doc_id: str
    text: Optional[str] = None
    error: Optional[str] = None
    meta: dict[str, Any] = field(default_factory=dict)  # a record's other fields (url, date, outlet…)


@dataclass
class Fields:
    """Where the text and the id are in JSON/JSONL records."""
    text: str = "text"
    id: str = "id"


def decode(data: bytes, encoding: Optional[str] = None) -> str:
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as e:
            raise InputError(f"cannot decode as {encoding}: {e}") from None
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16")
    if b"\x00" in data[:4096]:
        raise InputError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1256", "iso8859_6", "utf_8", "cp1252"]).best()
    if best is None or best.encoding not in ("cp1256", "windows_1256", "iso8859_6"):
        raise InputError("not valid UTF-8 and no Arabic legacy encoding fits; pass --encoding")
    return str(best)


def _strict(data: bytes, enc: str) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as e:
        raise InputError(f"invalid {enc}: {e}") from None


def check_text(text: str) -> str:
    if not text.strip():
        raise InputError("empty document")
    if not any(is_arabic_letter(c) for c in text):
        raise InputError("no Arabic text in the document")
    return text


def read_file(path: Path, encoding: Optional[str] = None) -> str:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}") from None
    return check_text(decode(data, encoding))


def iter_documents(paths: list[str], glob: str = "*.txt", encoding: Optional[str] = None,
                   fields: Optional[Fields] = None) -> Iterator[Document]:
    """Every input document, in order; unreadable ones carry an ``error``.
    Files ending in .jsonl/.ndjson/.json hold records, one document each."""
    fields = fields or Fields()
    for p in paths:
        if p == "-":
            try:
                yield Document("-", check_text(decode(sys.stdin.buffer.read(), encoding)))
            except InputError as e:
                yield Document("-", error=str(e))
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob(glob) if f.is_file())
            if not files:
                yield Document(p, error=f"no files matching {glob!r} in this folder")
            for f in files:
                yield from _file_documents(str(f), f, encoding, fields)
        elif path.exists():
            yield from _file_documents(p, path, encoding, fields)
        else:
            yield Document(p, error="no such file or folder")


def count_documents(paths: list[str], glob: str = "*.txt") -> int:
    """How many documents the inputs hold (for the progress bar)."""
    n = 0
    for p in paths:
        path = Path(p)
        files = sorted(f for f in path.rglob(glob) if f.is_file()) if p != "-" and path.is_dir() else [path]
        if not files:
            n += 1  # the folder's own error record
        for f in files:
            n += _count_records(f) if p != "-" and f.suffix.lower() in RECORD_SUFFIXES and f.is_file() else 1
    return n


def _count_records(path: Path) -> int:
    try:
        if path.suffix.lower() == ".json":
            obj = json.loads(path.read_bytes())
            return max(1, len(obj)) if isinstance(obj, list) else 1
        with open(path, "rb") as f:
            return max(1, sum(1 for line in f if line.strip()))
    except (OSError, ValueError):
        return 1


def _file_documents(name: str, path: Path, encoding: Optional[str], fields: Fields) -> Iterator[Document]:
    if path.suffix.lower() not in RECORD_SUFFIXES:
        try:
            yield Document(name, read_file(path, encoding))
        except InputError as e:
            yield Document(name, error=str(e))
        return
    try:
        data = path.read_bytes()
        text = decode(data, encoding)
    except OSError as e:
        yield Document(name, error=f"cannot read: {e.strerror or e}")
        return
    except InputError as e:
        yield Document(name, error=str(e))
        return
    if path.suffix.lower() == ".json":
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as e:
            yield Document(name, error=f"not valid JSON: {e}")
            return
        items = obj if isinstance(obj, list) else [obj]
        for k, rec in enumerate(items):
            yield record_document(rec, f"{name}:{k}", fields)
        return
    lines = [(k, line) for k, line in enumerate(text.splitlines(), 1) if line.strip()]
    if not lines:
        yield Document(name, error="empty document")
    for k, line in lines:
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield Document(f"{name}:{k}", error=f"line {k} is not valid JSON: {e.msg}")
            continue
        yield record_document(rec, f"{name}:{k}", fields)


def record_document(rec: Any, where: str, fields: Fields) -> Document:
    """One JSON record → a document; its id field names it (else file:line)."""
    if not isinstance(rec, dict):
        return Document(where, error="record is not a JSON object")
    rid = rec.get(fields.id)
    doc_id = str(rid) if rid not in (None, "") else where
    meta = {k: v for k, v in rec.items() if k not in (fields.text, fields.id)}
    text = rec.get(fields.text)
    if not isinstance(text, str):
        return Document(doc_id, error=f"record has no text field {fields.text!r}"
                        if text is None else f"field {fields.text!r} is not a string", meta=meta)
    try:
        return Document(doc_id, check_text(text), meta=meta)
    except InputError as e:
        return Document(doc_id, error=str(e), meta=meta)
