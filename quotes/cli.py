"""Command line: a thin typer layer over the library."""
from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Extract quotations and their sources from Arabic news text.")
models_app = typer.Typer(no_args_is_help=True, help="The Stanza Arabic model quotes uses.")
app.add_typer(models_app, name="models")

MODEL_HELP = "Model: 'bundled' (default), 'stanza' (the official one, if installed) or a directory. Env: QUOTES_MODEL."


def _fail(msg: str, code: int = 2) -> None:
    typer.echo(f"quotes: {msg}", err=True)
    raise typer.Exit(code)


EXIT_OK, EXIT_FAILED_DOCS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

# set by main(): in the command-line process a Ctrl-C noted while the run
# finishes is never handed back to Python's default handler (which would make
# the exit status -2 instead of 130 if it came during interpreter shutdown)
_WHOLE_PROCESS = False


class _SigintDeferred:
    """While the output is being completed, or the state of an interrupted
    run saved, Ctrl-C is noted instead of raised: a few file operations that
    must not be cut half-way. The run then exits 130."""

    def __init__(self):
        self.interrupted = False
        self._old = None

    def _note(self, *_):
        self.interrupted = True

    def __enter__(self) -> "_SigintDeferred":
        import signal
        import threading

        if threading.current_thread() is threading.main_thread():
            self._old = signal.signal(signal.SIGINT, self._note)
        return self

    def __exit__(self, *_):
        import signal

        if self._old is not None and not _WHOLE_PROCESS:
            signal.signal(signal.SIGINT, self._old)


@app.command()
def extract(
    paths: List[str] = typer.Argument(..., help="Files, folders (searched recursively), JSON/JSONL record files, or - for stdin."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write here (default: JSONL on stdout)."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="jsonl, csv, xlsx or html (default: from the -o extension, else jsonl)."),
    model: Optional[str] = typer.Option(None, "--model", help=MODEL_HELP),
    glob: str = typer.Option("*.txt", "--glob", help="Which files to read inside folders."),
    encoding: Optional[str] = typer.Option(None, "--encoding", help="Force an input encoding (default: detect)."),
    text_field: str = typer.Option("text", "--text-field", help="The text field of JSON/JSONL records."),
    id_field: str = typer.Option("id", "--id-field", help="The id field of JSON/JSONL records (default: file:line)."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, help="Worker processes (default: the number of cores, fewer for a handful of documents)."),
    resume: bool = typer.Option(False, "--resume", help="Go on with an interrupted run into the same -o file."),
    documents: Optional[Path] = typer.Option(None, "--documents", help="Also write one JSONL line per document: doc_id, status (quotes, no-quotes, failed), quote count, error, meta."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Run on a Dask cluster: a scheduler address or 'local'; -o is then a folder of JSONL shards."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary on stderr."),
):
    """Write one record per quote (and one per failed document).

    Exit status: 0 all documents done, 1 some failed (error records), 2 usage
    or output error (another run writing the same -o, a full disk …), 130
    interrupted (--resume finishes the run)."""
    from .inputs import Fields
    from .model.registry import ModelError, resolve
    from .write import OutputError, OutputLock, choose_format, stream_writer, stdout_text

    fields = Fields(text_field, id_field)
    if dask is not None:
        if documents is not None:
            _fail("--documents does not go with --dask: the shards' manifest.json lists the failed documents")
        return _extract_dask(paths, output, dask, model, glob, encoding, fields, quiet)
    try:
        fmt = choose_format(fmt, output)
        if output is None and resume:
            raise OutputError("--resume needs the -o file of the interrupted run")
        for target in (output, documents):
            if target is not None:
                if target.is_dir():
                    raise OutputError(f"{target} is a folder; -o and --documents take a file")
                if not target.parent.exists():
                    raise OutputError(f"output folder {target.parent} does not exist")
        if output is not None and documents is not None and output.resolve() == documents.resolve():
            raise OutputError("--documents must name another file than -o")
        stream = None if output is not None else stream_writer(fmt, stdout_text())
        resolve(model)
        # a second run into the same -o would empty the journal under this one
        lock = OutputLock(output).acquire() if output is not None else None
    except (OutputError, ModelError) as e:
        _fail(str(e))
    try:
        code = _run(paths, output, fmt, stream, documents, model, glob, encoding, fields, workers, resume, quiet)
    finally:
        if lock is not None:
            lock.release()
    raise typer.Exit(code)


def _run(paths, output, fmt, stream, documents, model, glob, encoding, fields, workers, resume, quiet) -> int:
    """The run itself; returns the exit status."""
    from .batch import Runner, default_workers
    from .inputs import count_documents, iter_documents
    from .model.registry import ModelError
    from .write import DocRecord, DocumentsStream, Journal, OutputError

    journal, doc_fh = None, None
    stats = {"documents": 0, "with_quotes": 0, "without_quotes": 0, "failed": 0, "quotes": 0}
    try:
        total = count_documents(paths, glob)
        # by default one worker per core, but not for a handful of documents: every
        # worker loads the model (~2 s, ~600 MB) before it can help
        n_workers = min(workers, max(1, total)) if workers else min(default_workers(), max(1, total // 4))
        if output is not None:
            journal = Journal(output, fmt, keep_text=fmt == "html", documents=documents)
            note = journal.start(resume)
            if note and not quiet:
                typer.echo(f"quotes: {note}", err=True)
        elif documents is not None:
            doc_fh = _open_output(documents)
        doc_stream = DocumentsStream(doc_fh) if doc_fh is not None else None
        docs = iter_documents(paths, glob=glob, encoding=encoding, fields=fields)
        if journal is not None and journal.resumed:
            docs = (d for d in docs if not journal.skip(d.doc_id))
        progress = _progress(quiet or total <= 1)
        task = progress.add_task("extracting", total=total, completed=journal.resumed if journal else 0)
        with progress, Runner(model, n_workers, keep_text=fmt == "html") as runner:
            for r in runner.run(docs):
                doc = DocRecord.from_result(r)
                if journal is not None:
                    journal.add(doc)
                else:
                    _to_stdout(stream.write, doc)
                    if doc_stream is not None:
                        _write_file(documents, doc_stream.write, doc)
                stats["documents"] += 1
                if doc.error:
                    stats["failed"] += 1
                    progress.console.print(f"quotes: {doc.doc_id}: {doc.error}", markup=False, highlight=False)
                else:
                    stats["with_quotes" if doc.quotes else "without_quotes"] += 1
                    stats["quotes"] += len(doc.quotes)
                progress.advance(task)
        with _SigintDeferred() as late:  # the last steps are not cut half-way
            if journal is not None:
                journal.finish()
            else:
                _to_stdout(sys.stdout.flush)
                if doc_fh is not None:
                    _write_file(documents, doc_fh.close)
            if not quiet:
                done = f" ({journal.resumed} done by an earlier run)" if journal is not None and journal.resumed else ""
                typer.echo(f"quotes: {stats['documents']} documents read{done}, {stats['with_quotes']} with quotes, "
                           f"{stats['without_quotes']} without, {stats['failed']} failed; {stats['quotes']} quotes",
                           err=True)
            if late.interrupted:
                typer.echo("quotes: interrupted after the last document; the output is complete, "
                           "nothing to resume", err=True)
                return EXIT_INTERRUPTED
        return EXIT_FAILED_DOCS if stats["failed"] else EXIT_OK
    except ModelError as e:
        _close_quietly(journal, doc_fh)
        typer.echo(f"quotes: {e}", err=True)
        return EXIT_USAGE
    except KeyboardInterrupt:
        with _SigintDeferred():  # a second Ctrl-C must not cut the snapshot
            _close_quietly(doc_fh)
            if journal is None:
                typer.echo("quotes: interrupted", err=True)
                return EXIT_INTERRUPTED
            saved = _snapshot(journal)
            where = (f"{output} holds the {journal.finished} documents finished so far" if saved else
                     f"the {journal.finished} documents finished so far are kept in {journal.partial.name} "
                     f"and {journal.progress.name}")
            typer.echo(f"quotes: interrupted; {where}; run the same command with --resume to finish", err=True)
        return EXIT_INTERRUPTED
    except OutputError as e:
        with _SigintDeferred():
            _close_quietly(doc_fh)
            typer.echo(f"quotes: {e}", err=True)
            if journal is not None and journal.progress.exists():
                saved = _snapshot(journal)
                n = journal.finished
                typer.echo(f"quotes: the {n} documents finished so far are kept in {journal.partial.name} and "
                           f"{journal.progress.name}{f' (and in {output})' if saved and n else ''}; once the "
                           "problem is fixed (space freed …), run the same command with --resume to finish",
                           err=True)
        return EXIT_USAGE


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


def _write_file(path: Path, fn, *args) -> None:
    from .write import OutputError, os_message

    try:
        fn(*args)
    except OSError as e:
        raise OutputError(f"cannot write {path}: {os_message(e)}") from None


def _to_stdout(fn, *args) -> None:
    """A write to standard output; a closed pipe or a full disk is an output
    error, not a traceback."""
    import os

    from .write import OutputError, os_message

    try:
        fn(*args)
    except OSError as e:
        # nothing more can reach stdout: point it at /dev/null so the final
        # flush at exit does not fail again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise OutputError(f"cannot write to standard output: {os_message(e)}") from None


def _extract_dask(paths, output, address, model, glob, encoding, fields, quiet) -> None:
    from .distributed import DaskError, run_dask

    if output is None:
        _fail("--dask writes JSONL shards and a manifest into a folder: pass -o FOLDER")
    try:
        manifest = run_dask(paths, output, address, model=model, glob=glob, encoding=encoding, fields=fields)
    except DaskError as e:
        _fail(str(e))
    t = manifest["totals"]
    if not quiet:
        typer.echo(f"quotes: {t['documents']} documents read, {t['with_quotes']} with quotes, "
                   f"{t['without_quotes']} without, {t['failed']} failed; {t['quotes']} quotes; "
                   f"{len(manifest['shards'])} shards in {output}", err=True)
    raise typer.Exit(1 if t["failed"] else 0)


def _progress(disable: bool):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    console=Console(stderr=True), disable=disable, transient=False)


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., help="Gold TSV: doc type speaker cue content."),
    pred: Path = typer.Argument(..., help="Predictions (JSONL from `quotes extract`)."),
    json_out: bool = typer.Option(False, "--json", help="Print the metrics as JSON only."),
    by_class: Optional[Path] = typer.Option(None, "--by-class", help="The documents' folder: tally misses, wrong speakers and false positives by cause."),
):
    """Precision, recall, attribution, type accuracy and end-to-end F1 against gold."""
    import jsonlines

    from .evaluate import evaluate as run, format_report, read_gold

    for p in (gold, pred):
        if not p.exists():
            _fail(f"{p}: no such file")
    try:
        rows = read_gold(gold)
        with jsonlines.open(pred) as r:
            preds = list(r)
    except (KeyError, ValueError, jsonlines.InvalidLineError) as e:
        _fail(f"cannot read the input: {e}")
    rep = run(rows, preds)
    if by_class is not None:
        from .evaluate import error_classes, format_classes
        texts = {p.stem: p.read_text(encoding="utf-8") for p in by_class.glob("*.txt")}
        classes = error_classes(rep, texts, preds, rows)
        if json_out:
            typer.echo(json.dumps({"metrics": rep.metrics(), "classes": classes}, ensure_ascii=False))
        else:
            typer.echo(format_report(rep, details=False) + "\n\n" + format_classes(classes))
        return
    typer.echo(json.dumps(rep.metrics(), ensure_ascii=False) if json_out else format_report(rep))


@models_app.command("info")
def models_info(model: Optional[str] = typer.Option(None, "--model", help=MODEL_HELP)):
    """Which model will be used, where it lives, and its scores."""
    from .model.registry import ModelError, resolve

    try:
        spec = resolve(model)
    except ModelError as e:
        _fail(str(e))
    typer.echo(f"model: {spec.name}")
    typer.echo(f"directory: {spec.directory}")
    for proc, p in spec.paths.items():
        typer.echo(f"  {proc:9s} {p.name:16s} {p.stat().st_size / 1e6:6.1f} MB")
    if spec.pretrain:
        typer.echo(f"  {'vectors':9s} {spec.pretrain.name:16s} {spec.pretrain.stat().st_size / 1e6:6.1f} MB")
    typer.echo(f"total: {spec.size_bytes() / 1e6:.1f} MB")
    if spec.scores:
        typer.echo("scores (held-out test, raw text in; CoNLL 2018 scorer):")
        for source, sc in spec.scores.get("end_to_end", {}).items():
            typer.echo("  " + source + ": " + ", ".join(f"{k} {v}" for k, v in sc.items()
                                                           if not isinstance(v, dict)))


@models_app.command("download")
def models_download():
    """Fetch the official Stanza Arabic model (needs network access)."""
    from .model.registry import stanza_resources_dir

    try:
        import stanza
        stanza.download("ar", model_dir=str(stanza_resources_dir()), processors="tokenize,mwt,pos,lemma,depparse",
                        logging_level="WARN")
    except Exception as e:
        _fail(f"could not download the official Stanza Arabic model ({type(e).__name__}: {e}). "
              "This machine seems to be offline; the bundled model needs no download.", 1)
    typer.echo(f"installed in {stanza_resources_dir()}; use it with --model stanza")


@models_app.command("train")
def models_train(
    out: Path = typer.Option(..., "--out", help="Where to write the model (resumes if it exists)."),
    ud_dir: Path = typer.Option(Path("../shared/data/ud"), "--ud", help="The UD Arabic data."),
    pretrain: Optional[Path] = typer.Option(None, "--vectors", help="Stanza pretrain .pt (see `quotes models vectors`)."),
    components: str = typer.Option("tokenize,mwt,pos,lemma,depparse", "--components"),
    smoke: bool = typer.Option(False, "--smoke", help="A few steps on a tiny subset (for tests)."),
    threads: int = typer.Option(2, "--threads"),
    news: Optional[Path] = typer.Option(Path("devset/treebank"), "--news", help="The news treebank (train.conllu, test.conllu); '' for none."),
    news_weight: int = typer.Option(3, "--news-weight", help="How many times the news training trees count."),
    start_from: Optional[str] = typer.Option(None, "--start-from", help="A model ('bundled' or a directory): copy the components not retrained, and fine-tune its parser."),
    depparse_steps: Optional[int] = typer.Option(None, "--depparse-steps", help="Parser training steps (default 4500; fewer when fine-tuning)."),
):
    """Rebuild the Stanza Arabic pipeline from the UD data and the news treebank."""
    from .model import train

    if not ud_dir.is_dir():
        _fail(f"{ud_dir}: UD data folder not found")
    s = train.Settings.smoke() if smoke else train.Settings()
    s.threads = threads
    s.pretrain = str(pretrain) if pretrain else None
    if news is not None and str(news) and news.is_dir():
        s.news_dir, s.news_weight = str(news), news_weight
    if start_from is not None:
        from .model.registry import ModelError, resolve
        try:
            s.start_from = str(resolve(start_from).directory)
        except ModelError as e:
            _fail(str(e))
    if depparse_steps is not None:
        s.depparse_steps = depparse_steps
    t0 = time.time()
    try:
        timings = train.train(out, ud_dir, [c for c in components.split(",") if c], s)
    except RuntimeError as e:
        _fail(str(e), 1)
    typer.echo(json.dumps({"seconds": timings, "total": round(time.time() - t0, 1)}))


@models_app.command("vectors")
def models_vectors(
    out: Path = typer.Option(..., "--out", help="Stanza pretrain .pt to write."),
    corpus: Path = typer.Option(Path("../shared/data/saudinewsnet"), "--corpus"),
    dim: int = typer.Option(100, "--dim"),
    max_vocab: int = typer.Option(60000, "--max-vocab"),
    limit: Optional[int] = typer.Option(None, "--limit", help="Use the first N articles only."),
):
    """Train word vectors on SaudiNewsNet and convert them for Stanza."""
    from .model import vectors

    vec = out.with_suffix(".vec")
    info = vectors.train_vectors(corpus, vec, dim=dim, limit=limit)
    info["vocab_kept"] = vectors.to_stanza_pretrain(vec, out, max_vocab)
    typer.echo(json.dumps(info))


@models_app.command("score")
def models_score(
    model: Optional[str] = typer.Option(None, "--model", help=MODEL_HELP),
    ud_dir: Path = typer.Option(Path("../shared/data/ud"), "--ud", help="The UD Arabic data."),
    news: Optional[Path] = typer.Option(Path("devset/treebank"), "--news", help="The news treebank, for its frozen test part."),
    write: bool = typer.Option(False, "--write", help="Save the scores in the model folder."),
):
    """End-to-end scores on the held-out test split (raw text in), per source, with
    Stanza's CoNLL 2018 scorer and labelled recall per relation."""
    from .model import score
    from .model.registry import ModelError
    from .model.train import prepare_data

    if not ud_dir.is_dir():
        _fail(f"{ud_dir}: UD data folder not found")
    import contextlib
    import io

    with tempfile.TemporaryDirectory() as tmp:
        with contextlib.redirect_stdout(io.StringIO()):
            prepare_data(ud_dir, tmp, news_dir=news if news is not None and news.is_dir() else None)
        try:
            res = score.score_model(model, Path(tmp))
        except ModelError as e:
            _fail(str(e))
    typer.echo(score.format_scores(res))
    if write:
        from .model.registry import resolve
        (resolve(model).directory / "scores.json").write_text(json.dumps(res, indent=2, ensure_ascii=False))


def main() -> None:
    global _WHOLE_PROCESS
    _WHOLE_PROCESS = True
    app()


if __name__ == "__main__":
    main()
