"""Reading documents: files, folders, stdin; encodings; clear errors for bad input."""
from __future__ import annotations

import errno
import json
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any, Iterator, Optional

from .doc import Document
from .normalize import is_arabic_letter


class InputError(Exception):
    """A document that cannot be processed; the message is for the user."""


RECORD_SUFFIXES = (".jsonl", ".ndjson", ".json")


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
        raise InputError(_nul_message(data[:4096]))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1256", "iso8859_6", "utf_8", "cp1252"]).best()
    if best is None or best.encoding not in ("cp1256", "windows_1256", "iso8859_6"):
        raise InputError("not valid UTF-8 and no Arabic legacy encoding fits; pass --encoding")
    return str(best)


def _nul_message(head: bytes) -> str:
    """NUL bytes: binary, or (often) UTF-16 saved without a byte-order mark,
    where the NULs are the high bytes of spaces and Latin characters."""
    head = head[:len(head) // 2 * 2]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    for enc, nuls, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nuls >= 4 and other == 0:
            try:
                text = head.decode(enc)
            except UnicodeDecodeError:
                continue
            if sum(c.isprintable() or c.isspace() for c in text) >= 0.95 * len(text):
                return (f"binary file (contains NUL bytes); it looks like {enc.upper()} without a byte-order "
                        f"mark: pass --encoding {enc}")
    return "binary file (contains NUL bytes), not text"


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
                   fields: Optional[Fields] = None, base: Optional[str] = None) -> Iterator[Document]:
    """Every input document, in order; unreadable ones carry an ``error``.
    Files ending in .jsonl/.ndjson/.json hold records, one document each.
    ``base``: the folder relative paths are relative to (a Dask worker may run
    elsewhere than the client); documents keep the names the paths were given by."""
    fields = fields or Fields()
    for p in paths:
        if p == "-":
            try:
                yield Document("-", check_text(decode(_read_stdin(), encoding)))
            except InputError as e:
                yield Document("-", error=str(e))
            continue
        path = Path(p) if base is None else Path(base, p)
        if path.is_dir():
            entries = folder_entries(path, glob)
            if not entries:
                yield Document(p, error=f"no files matching {glob!r} in this folder")
            for f, problem in entries:
                name = str(f) if base is None else os.path.join(p, os.path.relpath(f, path))
                if problem is None:
                    yield from _file_documents(name, f, encoding, fields)
                else:
                    yield Document(name, error=problem)
        elif path.exists():
            yield from _file_documents(p, path, encoding, fields)
        else:
            yield Document(p, error=_missing(path))


def _read_stdin() -> bytes:
    if sys.stdin is None:  # started with stdin closed (<&-)
        raise InputError("standard input is closed")
    try:
        return sys.stdin.buffer.read()
    except (OSError, ValueError) as e:
        raise InputError(f"cannot read standard input: {getattr(e, 'strerror', None) or e}") from None


def _missing(path: Path) -> str:
    """Why a path that does not exist as a file or folder is not there."""
    if path.is_symlink():
        try:
            os.stat(path)
        except OSError as e:
            if e.errno != errno.ENOENT:  # ELOOP and the like
                return f"cannot read: {e.strerror}"
        return f"broken symbolic link (to {os.readlink(path)}, which does not exist)"
    return "no such file or folder"


def folder_entries(folder: Path, glob: str = "*.txt") -> list[tuple[Path, Optional[str]]]:
    """Every path under ``folder`` whose name matches ``glob``, sorted, with
    None for a regular file to read or the reason it cannot be: a broken or
    looping symbolic link, a fifo or device, or a subfolder that cannot be
    listed (reported once, as itself). Nothing under the folder is skipped
    without a word. Symbolic links to folders are not followed (as rglob)."""
    found: list[tuple[Path, Optional[str]]] = []
    stack = [folder]
    while stack:
        d = stack.pop()
        try:
            with os.scandir(d) as it:
                entries = list(it)
        except OSError as e:
            found.append((d, f"cannot read folder: {e.strerror or e}"))
            continue
        for e in entries:
            p = Path(e.path)
            try:
                if e.is_dir(follow_symlinks=False):
                    stack.append(p)
                    continue
            except OSError:
                pass
            if not PurePath(os.path.relpath(e.path, folder)).match(glob):
                continue
            found.append((p, _not_a_file(p)))
    found.sort(key=lambda x: x[0])
    return found


def _not_a_file(p: Path) -> Optional[str]:
    """None for a regular file (or a link to one), else why it is not read."""
    try:
        st = os.stat(p)
    except OSError as e:
        return _missing(p) if e.errno == errno.ENOENT else f"cannot read: {e.strerror or e}"
    if stat.S_ISREG(st.st_mode):
        return None
    if stat.S_ISDIR(st.st_mode):
        return "a symbolic link to a folder (not followed)"
    return "not a regular file (a fifo, socket or device)"


def count_documents(paths: list[str], glob: str = "*.txt") -> int:
    """How many documents the inputs hold (for the progress bar)."""
    n = 0
    for p in paths:
        path = Path(p)
        entries = folder_entries(path, glob) if p != "-" and path.is_dir() else [(path, None)]
        if not entries:
            n += 1  # the folder's own error record
        for f, problem in entries:
            n += _count_records(f) if (p != "-" and problem is None and f.suffix.lower() in RECORD_SUFFIXES
                                       and f.is_file()) else 1
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
    # lines end at \n only: U+2028, U+2029 and U+0085 (which str.splitlines
    # also breaks at) are legal inside JSON strings and written raw by many tools
    lines = [(k, line) for k, line in enumerate(text.split("\n"), 1) if line.strip()]
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
