"""Command line: a thin typer layer over the library."""
from __future__ import annotations

import json
import os
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


class _AtomicWriter:
    """Write to a temporary file beside the target, rename into place at the end."""

    def __init__(self, path: Optional[Path]):
        self.path = path
        self.tmp = None
        if path is None:
            self.fh = sys.stdout
        else:
            fd, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=str(path.parent or Path(".")))
            self.tmp = Path(name)
            self.fh = os.fdopen(fd, "w", encoding="utf-8")

    def write(self, record: dict) -> None:
        self.fh.write(json.dumps(record, ensure_ascii=False) + "\n")

    def commit(self) -> None:
        if self.tmp is not None:
            self.fh.close()
            os.replace(self.tmp, self.path)
        else:
            self.fh.flush()

    def abort(self) -> None:
        if self.tmp is not None:
            self.fh.close()
            self.tmp.unlink(missing_ok=True)


@app.command()
def extract(
    paths: List[str] = typer.Argument(..., help="Files, folders (searched recursively) or - for stdin."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write JSONL here (default: stdout)."),
    model: Optional[str] = typer.Option(None, "--model", help=MODEL_HELP),
    glob: str = typer.Option("*.txt", "--glob", help="Which files to read inside folders."),
    encoding: Optional[str] = typer.Option(None, "--encoding", help="Force an input encoding (default: detect)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary on stderr."),
):
    """Write one JSON line per quote (and one per failed document)."""
    from .extract import extract_doc
    from .inputs import iter_documents
    from .model.registry import ModelError, load_pipeline
    from .normalize import prepare
    from .parse import parse

    if output is not None and not output.parent.exists():
        _fail(f"output folder {output.parent} does not exist")
    try:
        nlp = load_pipeline(model)
    except ModelError as e:
        _fail(str(e))
    out = _AtomicWriter(output)
    stats = {"documents": 0, "with_quotes": 0, "without_quotes": 0, "failed": 0, "quotes": 0}
    try:
        for doc in iter_documents(paths, glob=glob, encoding=encoding):
            stats["documents"] += 1
            if doc.error is not None:
                stats["failed"] += 1
                out.write({"doc_id": doc.doc_id, "error": doc.error})
                typer.echo(f"quotes: {doc.doc_id}: {doc.error}", err=True)
                continue
            try:
                quotes = extract_doc(parse(prepare(doc.text), nlp, doc.doc_id))
            except Exception as e:  # one bad document must not stop the others
                stats["failed"] += 1
                out.write({"doc_id": doc.doc_id, "error": f"extraction failed: {type(e).__name__}: {e}"})
                typer.echo(f"quotes: {doc.doc_id}: extraction failed: {e}", err=True)
                continue
            stats["with_quotes" if quotes else "without_quotes"] += 1
            stats["quotes"] += len(quotes)
            for q in quotes:
                out.write(q.to_dict())
    except KeyboardInterrupt:
        out.commit()
        typer.echo("quotes: interrupted; the output holds the documents finished so far", err=True)
        raise typer.Exit(130)
    except BaseException:
        out.abort()
        raise
    out.commit()
    if not quiet:
        typer.echo(f"quotes: {stats['documents']} documents read, {stats['with_quotes']} with quotes, "
                   f"{stats['without_quotes']} without, {stats['failed']} failed; {stats['quotes']} quotes",
                   err=True)
    raise typer.Exit(1 if stats["failed"] else 0)


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., help="Gold TSV: doc type speaker cue content."),
    pred: Path = typer.Argument(..., help="Predictions (JSONL from `quotes extract`)."),
    json_out: bool = typer.Option(False, "--json", help="Print the metrics as JSON only."),
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
):
    """Rebuild the Stanza Arabic pipeline from the UD data."""
    from .model import train

    if not ud_dir.is_dir():
        _fail(f"{ud_dir}: UD data folder not found")
    s = train.Settings.smoke() if smoke else train.Settings()
    s.threads = threads
    s.pretrain = str(pretrain) if pretrain else None
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
            prepare_data(ud_dir, tmp)
        try:
            res = score.score_model(model, Path(tmp))
        except ModelError as e:
            _fail(str(e))
    typer.echo(score.format_scores(res))
    if write:
        from .model.registry import resolve
        (resolve(model).directory / "scores.json").write_text(json.dumps(res, indent=2, ensure_ascii=False))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
