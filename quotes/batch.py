"""Many documents: batched parsing, worker processes, runs that lose nothing.

Every input becomes a :class:`~quotes.doc.Document` that comes out with its quote
records, or with an error — never silently dropped. Small documents are parsed
together, many pieces per Stanza call (``parse_many``); a long one goes alone,
section by section. With ``workers > 1`` the batches go to worker processes, each
of which loads the model once.

``run()`` is the whole batch job as a library call — inputs read, the output
written through a journal so a killed or interrupted run resumes, one run per
output — and returns its :class:`RunStats`; ``quotes extract`` is a thin
front-end over it.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import threading
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, TextIO, Union

from .doc import Document
from .extract import extract_doc, extract_text
from .normalize import prepare
from .parse import SECTION_CHARS, parse_many

# text per batch handed to the parser (and to a worker); a run's journal is
# written batch by batch, so this is also what an interruption can cost
BATCH_CHARS = int(os.environ.get("QUOTES_BATCH_CHARS", "20000"))
BATCH_DOCS = 64


def _extracted(doc: Document, quotes) -> Document:
    doc.quotes = []
    for q in quotes:
        q.meta = dict(doc.meta)
        doc.quotes.append(q.to_dict())
    return doc


def _failed(doc: Document, e: BaseException) -> Document:
    doc.error = f"extraction failed: {type(e).__name__}: {e}"
    return doc


def process_batch(docs: list[Document], nlp, keep_text: bool = False) -> list[Document]:
    """Quotes for a batch of documents, in order; one failure stays with its document.
    The documents come back with their quotes (or error); their text only with
    ``keep_text`` (the HTML page shows it)."""
    small = [i for i, d in enumerate(docs) if d.error is None and len(d.text) <= SECTION_CHARS]
    done: set[int] = {i for i, d in enumerate(docs) if d.error is not None}
    if small:
        try:
            parsed = parse_many([prepare(docs[i].text) for i in small], nlp, [docs[i].doc_id for i in small])
        except Exception:
            parsed = None  # find the culprit: one document at a time
        for k, i in enumerate(small):
            d = docs[i]
            try:
                _extracted(d, extract_doc(parsed[k]) if parsed is not None else extract_text(d.text, nlp, d.doc_id))
            except Exception as e:  # one bad document must not stop the others
                _failed(d, e)
            done.add(i)
    for i, d in enumerate(docs):
        if i not in done:
            try:
                _extracted(d, extract_text(d.text, nlp, d.doc_id))
            except Exception as e:
                _failed(d, e)
    if not keep_text:
        for d in docs:
            d.text = None
    return docs


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


@dataclass
class RunStats:
    """What became of a run's documents (also each Dask shard's counts)."""

    documents: int = 0
    with_quotes: int = 0
    without_quotes: int = 0
    failed: int = 0
    quotes: int = 0
    resumed: int = 0  # documents an earlier, interrupted run had finished
    interrupted: bool = False  # a Ctrl-C came after the last document: the output is complete

    def count(self, doc: Document) -> None:
        self.documents += 1
        if doc.error:
            self.failed += 1
        else:
            if doc.quotes:
                self.with_quotes += 1
            else:
                self.without_quotes += 1
            self.quotes += len(doc.quotes)

    def summary(self) -> str:
        done = f" ({self.resumed} done by an earlier run)" if self.resumed else ""
        return (f"{self.documents} documents read{done}, {self.with_quotes} with quotes, {self.without_quotes} "
                f"without, {self.failed} failed; {self.quotes} quotes")


# ---------------------------------------------------------------- worker processes

_NLP = None
_LOAD_ERROR: Optional[str] = None


def _init_worker(model: Optional[str]) -> None:
    """Load the model once per worker process (one torch thread); Ctrl-C is the
    parent's to handle."""
    global _NLP, _LOAD_ERROR
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        from .model.registry import load_pipeline, set_threads
        set_threads()
        _NLP = load_pipeline(model)
    except Exception as e:  # reported on every document rather than killing the pool
        _LOAD_ERROR = f"model failed to load in a worker: {type(e).__name__}: {e}"


def _work(args: tuple[list[Document], bool]) -> list[Document]:
    docs, keep_text = args
    if _LOAD_ERROR is not None:
        for d in docs:
            d.error, d.text = d.error or _LOAD_ERROR, None
        return docs
    return process_batch(docs, _NLP, keep_text)


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


class Runner:
    """Runs batches in this process (``workers=1``) or in a pool of worker
    processes; documents come back in input order either way."""

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

    def run(self, docs: Iterable[Document]) -> Iterator[Document]:
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


# ---------------------------------------------------------------- a whole run

class RunInterrupted(Exception):
    """Ctrl-C (KeyboardInterrupt) during a run. The message says what was kept and
    that ``resume=True`` finishes the run; ``stats`` counts this run's documents."""

    def __init__(self, message: str, stats: RunStats):
        super().__init__(message)
        self.stats = stats


class SigintDeferred:
    """While the output is being completed, or the state of an interrupted run
    saved, Ctrl-C is noted instead of raised: a few file operations that must
    not be cut half-way."""

    restore = True  # the command line keeps the handler to the end (see cli.main)

    def __init__(self):
        self.interrupted = False
        self._old = None

    def _note(self, *_):
        self.interrupted = True

    def __enter__(self) -> "SigintDeferred":
        if threading.current_thread() is threading.main_thread():
            self._old = signal.signal(signal.SIGINT, self._note)
        return self

    def __exit__(self, *_):
        if self._old is not None and SigintDeferred.restore:
            signal.signal(signal.SIGINT, self._old)


Progress = Callable[[Document, int, int], None]  # (finished document, done so far, total)


def run(inputs: Union[str, Path, list], output: Union[str, Path, TextIO, None] = None, *, fmt: Optional[str] = None,
        documents: Union[str, Path, None] = None, resume: bool = False, workers: Optional[int] = None,
        model: Optional[str] = None, glob: str = "*.txt", encoding: Optional[str] = None, text_field: str = "text",
        id_field: str = "id", progress: Optional[Progress] = None, note: Optional[Callable[[str], None]] = None,
        total: Optional[int] = None, nlp=None) -> RunStats:
    """Extract the quotes of ``inputs`` (files, folders, JSON/JSONL record files, ``-``
    for stdin) into ``output`` — a path (written atomically through a journal, so a
    killed or interrupted run finishes with ``resume=True``; one run at a time per
    path) or an open text stream (records as they come). ``fmt``: jsonl, csv, xlsx,
    html (default: from the path's extension, else jsonl). ``documents``: also a
    JSONL file with one status line per document. ``workers``: processes (default:
    one per core, fewer for a handful of documents). ``progress(doc, done, total)``
    is called for every finished document (``total``: the number of documents, if the
    caller has counted them already); ``note(message)`` for what the caller may want
    to tell a user (a resumed run). ``nlp``: a loaded pipeline to use in this process.

    Raises ``write.OutputError`` (bad output, another run writing it, a full disk —
    with what the journal keeps and that ``resume=True`` finishes the run),
    ``model.registry.ModelError`` and ``RunInterrupted`` (Ctrl-C). Returns the run's
    :class:`RunStats`."""
    from .inputs import Fields, count_documents, iter_documents
    from .write import DocumentsStream, Journal, OutputError, OutputLock, choose_format, stream_writer, write_guarded

    paths = [str(p) for p in ([inputs] if isinstance(inputs, (str, Path)) else inputs)]
    path = Path(output) if isinstance(output, (str, Path)) else None
    stream_fh = output if path is None else None
    documents = Path(documents) if documents is not None else None
    fmt = choose_format(fmt, path)
    if path is None and resume:
        raise OutputError("--resume needs the -o file of the interrupted run")
    for target in (path, documents):
        if target is not None:
            if target.is_dir():
                raise OutputError(f"{target} is a folder; -o and --documents take a file")
            if not target.parent.exists():
                raise OutputError(f"output folder {target.parent} does not exist")
    if path is not None and documents is not None and path.resolve() == documents.resolve():
        raise OutputError("--documents must name another file than -o")
    if nlp is None:
        from .model.registry import resolve
        resolve(model)  # a wrong model is a usage error before anything is read or written
    keep_text = fmt == "html"
    lock = OutputLock(path).acquire() if path is not None else None  # a second run would empty the journal
    journal, doc_fh = None, None
    stats = RunStats()
    try:
        total = count_documents(paths, glob) if total is None else total
        # by default one worker per core, but not for a handful of documents: every
        # worker loads the model (~2 s, ~600 MB) before it can help
        n_workers = min(workers, max(1, total)) if workers else min(default_workers(), max(1, total // 4))
        stream = stream_writer(fmt, stream_fh) if stream_fh is not None else None
        if path is not None:
            journal = Journal(path, fmt, keep_text=keep_text, documents=documents)
            said = journal.start(resume)
            if said and note is not None:
                note(said)
            stats.resumed = journal.resumed
        elif documents is not None:
            doc_fh = _open_output(documents)
        doc_stream = DocumentsStream(doc_fh) if doc_fh is not None else None
        docs = iter_documents(paths, glob=glob, encoding=encoding, fields=Fields(text_field, id_field))
        if journal is not None and journal.resumed:
            docs = (d for d in docs if not journal.skip(d.doc_id))
        with Runner(model, n_workers, keep_text=keep_text, nlp=nlp) as runner:
            for doc in runner.run(docs):
                if journal is not None:
                    journal.add(doc)
                else:
                    write_guarded(stream_fh, stream.write, doc)
                    if doc_stream is not None:
                        write_guarded(documents, doc_stream.write, doc)
                stats.count(doc)
                if progress is not None:
                    progress(doc, stats.documents + stats.resumed, total)
        with SigintDeferred() as late:  # the last steps are not cut half-way
            if journal is not None:
                journal.finish()
            else:
                write_guarded(stream_fh, stream_fh.flush)
                if doc_fh is not None:
                    write_guarded(documents, doc_fh.close)
            stats.interrupted = late.interrupted
        return stats
    except KeyboardInterrupt:
        with SigintDeferred():  # a second Ctrl-C must not cut the snapshot
            _close_quietly(doc_fh)
            if journal is None:
                raise RunInterrupted("interrupted", stats) from None
            saved = _snapshot(journal)
            where = (f"{path} holds the {journal.finished} documents finished so far" if saved else
                     f"the {journal.finished} documents finished so far are kept in {journal.partial.name} "
                     f"and {journal.progress.name}")
            raise RunInterrupted(f"interrupted; {where}; run the same command with --resume to finish",
                                 stats) from None
    except OutputError as e:
        with SigintDeferred():
            _close_quietly(doc_fh)
            if journal is not None and journal.progress.exists():
                saved = _snapshot(journal)
                n = journal.finished
                raise OutputError(f"{e}\nthe {n} documents finished so far are kept in {journal.partial.name} and "
                                  f"{journal.progress.name}{f' (and in {path})' if saved and n else ''}; once the "
                                  "problem is fixed (space freed …), run the same command with --resume to finish"
                                  ) from None
            raise
    except BaseException:
        _close_quietly(journal, doc_fh)
        raise
    finally:
        if lock is not None:
            lock.release()


def _snapshot(journal) -> bool:
    """Render what is finished into the output; False when that fails too
    (the journal is kept either way)."""
    try:
        journal.close()
        journal.snapshot()
        return True
    except Exception:
        return False


def _close_quietly(*handles) -> None:
    for h in handles:
        if h is not None:
            try:
                h.close()
            except Exception:
                pass


def _open_output(path: Path):
    from .write import OutputError, os_message

    try:
        return open(path, "w", encoding="utf-8")
    except OSError as e:
        raise OutputError(f"cannot write {path}: {os_message(e)}") from None
