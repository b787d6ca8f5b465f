"""Reading documents: files, folders, stdin; encodings; clear errors for bad input."""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from .normalize import is_arabic_letter


class InputError(Exception):
    """A document that cannot be processed; the message is for the user."""


@dataclass
class Document:
    doc_id: str
    text: Optional[str] = None
    error: Optional[str] = None


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


def iter_documents(paths: list[str], glob: str = "*.txt", encoding: Optional[str] = None) -> Iterator[Document]:
    """Every input document, in order; unreadable ones carry an ``error``."""
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
                yield _doc(str(f), f, encoding)
        elif path.exists():
            yield _doc(p, path, encoding)
        else:
            yield Document(p, error="no such file or folder")


def _doc(doc_id: str, path: Path, encoding: Optional[str]) -> Document:
    try:
        return Document(doc_id, read_file(path, encoding))
    except InputError as e:
        return Document(doc_id, error=str(e))
