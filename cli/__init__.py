"""``quotes``: the command line, a thin typer layer over the library.

This folder is installed as ``quotes.cli`` (see ``[tool.setuptools.package-dir]``
in pyproject.toml): no top-level module named ``cli`` goes into site-packages.
Each command parses its options, calls one library function and turns its
answer into output, a message and an exit status.
"""
from __future__ import annotations

import json
import shutil
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
EXIT_OK, EXIT_FAILED_DOCS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def _fail(msg: str, code: int = EXIT_USAGE) -> None:
    typer.echo(f"quotes: {msg}", err=True)
    raise typer.Exit(code)


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
    from quotes.batch import RunInterrupted, run
    from quotes.inputs import count_documents
    from quotes.model.registry import ModelError, set_threads
    from quotes.write import OutputError, stdout_text

    if dask is not None:
        if documents is not None:
            _fail("--documents does not go with --dask: the shards' manifest.json lists the failed documents")
        return _extract_dask(paths, output, dask, model, glob, encoding, text_field, id_field, quiet)
    set_threads()
    total = count_documents(paths, glob)
    bar = _progress(quiet or total <= 1)
    task = bar.add_task("extracting", total=None)

    def progress(doc, done, total):
        bar.update(task, completed=done, total=total)
        if doc.error:
            bar.console.print(f"quotes: {doc.doc_id}: {doc.error}", markup=False, highlight=False)

    try:
        with bar:
            stats = run(paths, output if output is not None else stdout_text(), fmt=fmt, documents=documents,
                        resume=resume, workers=workers, model=model, glob=glob, encoding=encoding,
                        text_field=text_field, id_field=id_field, progress=progress, total=total,
                        note=None if quiet else lambda m: typer.echo(f"quotes: {m}", err=True))
    except (OutputError, ModelError) as e:
        _fail(str(e).replace("\n", "\nquotes: "))
    except RunInterrupted as e:
        _fail(str(e), EXIT_INTERRUPTED)
    if not quiet:
        typer.echo(f"quotes: {stats.summary()}", err=True)
    if stats.interrupted:
        _fail("interrupted after the last document; the output is complete, nothing to resume", EXIT_INTERRUPTED)
    raise typer.Exit(EXIT_FAILED_DOCS if stats.failed else EXIT_OK)


def _extract_dask(paths, output, address, model, glob, encoding, text_field, id_field, quiet) -> None:
    from quotes.batch import RunStats
    from quotes.distributed import DaskError, run_dask
    from quotes.inputs import Fields

    if output is None:
        _fail("--dask writes JSONL shards and a manifest into a folder: pass -o FOLDER")
    try:
        manifest = run_dask(paths, output, address, model=model, glob=glob, encoding=encoding,
                            fields=Fields(text_field, id_field))
    except DaskError as e:
        _fail(str(e))
    totals = RunStats(**manifest["totals"])
    if not quiet:
        typer.echo(f"quotes: {totals.summary()}; {len(manifest['shards'])} shards in {output}", err=True)
    raise typer.Exit(EXIT_FAILED_DOCS if totals.failed else EXIT_OK)


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
    docs: Optional[Path] = typer.Option(None, "--docs", help="The annotated documents' folder (*.txt): one with no gold row has no quote, and a quote found in it is a false positive. Without it only documents with gold rows are scored."),
):
    """Precision, recall, attribution, type accuracy and end-to-end F1 against gold."""
    import jsonlines

    from quotes.evaluate import evaluate as run, format_report, read_gold

    for p in (gold, pred):
        if not p.exists():
            _fail(f"{p}: no such file")
    try:
        rows = read_gold(gold)
        with jsonlines.open(pred) as r:
            preds = list(r)
    except (KeyError, ValueError, jsonlines.InvalidLineError) as e:
        _fail(f"cannot read the input: {e}")
    if docs is not None and not docs.is_dir():
        _fail(f"{docs}: no such folder")
    rep = run(rows, preds, [p.stem for p in docs.glob("*.txt")] if docs is not None else ())
    if by_class is not None:
        from quotes.evaluate import error_classes, format_classes
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
    from quotes.model.registry import ModelError, resolve

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
    if spec.splits:
        from quotes.model.splits import read_splits
        typer.echo(f"  {'splits':9s} {spec.splits.name:16s} {spec.splits.stat().st_size / 1e6:6.1f} MB"
                   f"  ({len(read_splits(spec.splits) or {}):,} tokens)")
    typer.echo(f"total: {spec.size_bytes() / 1e6:.1f} MB")
    if spec.scores:
        typer.echo("scores (held-out test, raw text in; CoNLL 2018 scorer):")
        for source, sc in spec.scores.get("end_to_end", {}).items():
            typer.echo("  " + source + ": " + ", ".join(f"{k} {v}" for k, v in sc.items()
                                                           if not isinstance(v, dict)))


@models_app.command("download")
def models_download():
    """Fetch the official Stanza Arabic model (needs network access)."""
    from quotes.model.registry import stanza_resources_dir

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
    components: str = typer.Option("tokenize,mwt,pos,lemma,depparse,splits", "--components",
                                   help="Which to train; splits is the split lexicon, counted from the training trees."),
    smoke: bool = typer.Option(False, "--smoke", help="A few steps on a tiny subset (for tests)."),
    threads: int = typer.Option(2, "--threads"),
    news: Optional[Path] = typer.Option(Path("devset/treebank"), "--news", help="The news treebank (train.conllu, test.conllu); '' for none."),
    news_weight: int = typer.Option(3, "--news-weight", help="How many times the news training trees count."),
    start_from: Optional[str] = typer.Option(None, "--start-from", help="A model ('bundled' or a directory): copy the components not retrained, and fine-tune its parser."),
    pos_steps: Optional[int] = typer.Option(None, "--pos-steps", help="Tagger training steps (default 1600)."),
    depparse_steps: Optional[int] = typer.Option(None, "--depparse-steps", help="Parser training steps (default 4500; fewer when fine-tuning)."),
    seed: Optional[int] = typer.Option(None, "--seed", help="The tagger's and parser's random seed (default Stanza's, 1234). Keep it for a resumed run."),
):
    """Rebuild the Stanza Arabic pipeline from the UD data and the news treebank."""
    from quotes.model.training import train

    if not ud_dir.is_dir():
        _fail(f"{ud_dir}: UD data folder not found")
    s = train.Settings.smoke() if smoke else train.Settings()
    s.threads = threads
    s.pretrain = str(pretrain) if pretrain else None
    if news is not None and str(news) and news.is_dir():
        s.news_dir, s.news_weight = str(news), news_weight
    if start_from is not None:
        from quotes.model.registry import ModelError, resolve
        try:
            s.start_from = str(resolve(start_from).directory)
        except ModelError as e:
            _fail(str(e))
    if pos_steps is not None:
        s.pos_steps = pos_steps
    if depparse_steps is not None:
        s.depparse_steps = depparse_steps
    s.seed = seed
    t0 = time.time()
    try:
        timings = train.train(out, ud_dir, [c for c in components.split(",") if c], s)
    except RuntimeError as e:
        _fail(str(e), 1)
    typer.echo(json.dumps({"seconds": timings, "total": round(time.time() - t0, 1)}))


@models_app.command("average")
def models_average(
    out: Path = typer.Option(..., "--out", help="A model folder `quotes models train` wrote (its bests/ folder)."),
    steps: str = typer.Option(..., "--steps", help="The parser's saved bests to average, by step: 2900,3700."),
):
    """Average the parser's best checkpoints at the given steps into OUT/depparse.pt (the parser
    the trainer chose is kept as OUT/depparse.trained.pt)."""
    from quotes.model.training.average import AverageError, average, best_file

    try:
        chosen = [int(x) for x in steps.split(",") if x.strip()]
    except ValueError:
        _fail(f"--steps: step numbers separated by commas, not {steps!r}")
    parser = out / "depparse.pt"
    kept = out / "depparse.trained.pt"
    try:
        if parser.exists() and not kept.exists():
            shutil.copy(parser, kept)
        average([best_file(out, k) for k in chosen], parser)
    except AverageError as e:
        _fail(str(e))
    typer.echo(f"{parser}: the average of steps {', '.join(map(str, chosen))}")


@models_app.command("vectors")
def models_vectors(
    out: Path = typer.Option(..., "--out", help="Stanza pretrain .pt to write."),
    corpus: Path = typer.Option(Path("../shared/data/saudinewsnet"), "--corpus"),
    dim: int = typer.Option(100, "--dim"),
    max_vocab: int = typer.Option(60000, "--max-vocab"),
    limit: Optional[int] = typer.Option(None, "--limit", help="Use the first N articles only."),
):
    """Train word vectors on SaudiNewsNet and convert them for Stanza."""
    from quotes.model.training import vectors

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
    from quotes.model.training import score
    from quotes.model.registry import ModelError
    from quotes.model.training.train import prepare_data

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
        from quotes.model.registry import resolve
        (resolve(model).directory / "scores.json").write_text(json.dumps(res, indent=2, ensure_ascii=False))


def main() -> None:
    from quotes.batch import SigintDeferred
    # in the command-line process a Ctrl-C noted while the run finishes is never
    # handed back to Python's default handler (which would make the exit status
    # -2 instead of 130 if it came during interpreter shutdown)
    SigintDeferred.restore = False
    app()


if __name__ == "__main__":
    main()
