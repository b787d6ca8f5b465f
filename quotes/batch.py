"""Many documents: batched parsing, worker processes, results in input order.

Every document comes out as a :class:`Result` — its quote records, or an
error — never silently dropped. Small documents are parsed together, many
pieces per Stanza call (``parse_many``); a long one goes alone, section by
section. With ``workers > 1`` the batches go to worker processes, each of
which loads the model once.
"""
from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Optional

from .extract import extract_doc, extract_text
from .inputs import Document
from .normalize import prepare
from .parse import SECTION_CHARS, parse_many

# text per batch handed to the parser (and to a worker); a run's journal is
# written batch by batch, so this is also what an interruption can cost
BATCH_CHARS = int(os.environ.get("QUOTES_BATCH_CHARS", "20000"))
BATCH_DOCS = 64


@dataclass
class Result:
    doc_id: str
    records: list[dict[str, Any]] = field(default_factory=list)
    error: Optional[str] = None
    meta: dict[str, Any] = field(default_factory=dict)
    text: Optional[str] = None  # kept only when the output needs it (HTML)

    @property
    def quotes(self) -> int:
        return 0 if self.error else len(self.records)


def _quote_records(doc: Document, quotes) -> list[dict[str, Any]]:
    out = []
    for q in quotes:
        q.meta = dict(doc.meta)
        out.append(q.to_dict())
    return out


def _failed(doc: Document, e: BaseException) -> Result:
    return Result(doc.doc_id, error=f"extraction failed: {type(e).__name__}: {e}", meta=doc.meta)


def process_batch(docs: list[Document], nlp, keep_text: bool = False) -> list[Result]:
    """Quotes for a batch of documents, in order; one failure stays with its document."""
    results: dict[int, Result] = {}
    small = [i for i, d in enumerate(docs) if d.error is None and len(d.text) <= SECTION_CHARS]
    for i, d in enumerate(docs):
        if d.error is not None:
            results[i] = Result(d.doc_id, error=d.error, meta=d.meta)
    if small:
        try:
            parsed = parse_many([prepare(docs[i].text) for i in small], nlp, [docs[i].doc_id for i in small])
        except Exception:
            parsed = None  # find the culprit: one document at a time
        for k, i in enumerate(small):
            d = docs[i]
            try:
                qs = extract_doc(parsed[k]) if parsed is not None else extract_text(d.text, nlp, d.doc_id)
                results[i] = Result(d.doc_id, _quote_records(d, qs), meta=d.meta)
            except Exception as e:  # one bad document must not stop the others
                results[i] = _failed(d, e)
    for i, d in enumerate(docs):
        if i not in results:
            try:
                results[i] = Result(d.doc_id, _quote_records(d, extract_text(d.text, nlp, d.doc_id)), meta=d.meta)
            except Exception as e:
                results[i] = _failed(d, e)
    out = [results[i] for i in range(len(docs))]
    if keep_text:
        for r, d in zip(out, docs):
            r.text = d.text
    return out


def batches(docs: Iterable[Document], max_chars: int = BATCH_CHARS, max_docs: int = BATCH_DOCS) -> Iterator[list[Document]]:
    batch: list[Document] = []
    size = 0
    for d in docs:
        n = len(d.text or "")
        if batch and (size + n > max_chars or len(batch) >= max_docs):
            yield batch
            batch, size = [], 0
        batch.append(d)
        size += n
    if batch:
        yield batch


# ---------------------------------------------------------------- worker processes

_NLP = None
_LOAD_ERROR: Optional[str] = None


def _init_worker(model: Optional[str]) -> None:
    """Load the model once per worker process; Ctrl-C is the parent's to handle."""
    import signal

    global _NLP, _LOAD_ERROR
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        from .model.registry import load_pipeline
        _NLP = load_pipeline(model)
    except Exception as e:  # reported on every document rather than killing the pool
        _LOAD_ERROR = f"model failed to load in a worker: {type(e).__name__}: {e}"


def _work(args: tuple[list[Document], bool]) -> list[Result]:
    docs, keep_text = args
    if _LOAD_ERROR is not None:
        return [Result(d.doc_id, error=d.error or _LOAD_ERROR, meta=d.meta) for d in docs]
    return process_batch(docs, _NLP, keep_text)


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


class Runner:
    """Runs batches in this process (``workers=1``) or in a pool of worker
    processes; results come back in input order either way."""

    def __init__(self, model: Optional[str] = None, workers: int = 1, keep_text: bool = False, nlp=None):
        self.model, self.workers, self.keep_text = model, max(1, workers), keep_text
        self.nlp = nlp
        self.pool = None

    def _pipeline(self, batch: list[Document]):
        """The model, loaded once per process on the first batch that has a
        readable document (a run of unreadable inputs needs none)."""
        if self.nlp is None and any(d.error is None for d in batch):
            from .extract import get_pipeline
            self.nlp = get_pipeline(self.model)
        return self.nlp

    def run(self, docs: Iterable[Document]) -> Iterator[Result]:
        it = iter(batches(docs))
        if self.workers == 1:
            for b in it:
                yield from process_batch(b, self._pipeline(b), self.keep_text)
            return
        first = next(it, None)
        if first is None:
            return
        if self.pool is None:  # started on the first batch: nothing to do, no workers
            ctx = mp.get_context("spawn")  # torch and fork do not mix
            self.pool = ctx.Pool(self.workers, initializer=_init_worker, initargs=(self.model,))
        # a bounded window of batches in flight: results in input order, and a
        # folder of a million files is never read into memory at once
        pending: deque = deque([self.pool.apply_async(_work, ((first, self.keep_text),))])
        for b in it:
            pending.append(self.pool.apply_async(_work, ((b, self.keep_text),)))
            while len(pending) > 2 * self.workers:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()

    def close(self, abort: bool = False) -> None:
        if self.pool is not None:
            if abort:
                self.pool.terminate()
            else:
                self.pool.close()
            self.pool.join()
            self.pool = None

    def __enter__(self) -> "Runner":
        return self

    def __exit__(self, exc_type, *_):
        self.close(abort=exc_type is not None)
