"""Which Stanza model quotes uses, where it lives, and loading it offline.

``--model`` / ``QUOTES_MODEL`` choose:

* ``bundled`` (default): the pipeline trained by ``quotes models train`` and
  shipped inside the package (``quotes/model/ar``);
* ``stanza``: the official Stanza Arabic model, if ``quotes models download``
  (or ``stanza.download('ar')``) has put it in Stanza's resources folder;
* a directory laid out like the bundled one.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from .splits import FILE as SPLITS_FILE
from .splits import read_splits

BUNDLED_DIR = Path(__file__).parent / "ar"
FILES = {"tokenize": "tokenizer.pt", "mwt": "mwt.pt", "pos": "pos.pt", "lemma": "lemma.pt",
         "depparse": "depparse.pt"}
PROCESSORS = "tokenize,mwt,pos,lemma,depparse"


class ModelError(Exception):
    """The chosen model cannot be found or loaded."""


@dataclass
class ModelSpec:
    name: str
    paths: dict[str, Path]
    pretrain: Optional[Path]
    directory: Path
    scores: Optional[dict]
    splits: Optional[Path] = None  # the split lexicon built with the model (quotes.model.splits)

    def files(self) -> list[Path]:
        return list(self.paths.values()) + [p for p in (self.pretrain, self.splits) if p]

    def size_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.files() if p.exists())


def stanza_resources_dir() -> Path:
    return Path(os.environ.get("STANZA_RESOURCES_DIR", Path.home() / "stanza_resources"))


def _dir_spec(name: str, d: Path) -> ModelSpec:
    missing = [f for f in FILES.values() if not (d / f).exists()]
    if missing:
        raise ModelError(f"model directory {d} lacks {', '.join(missing)}")
    pretrain = d / "pretrain.pt"
    scores_file = d / "scores.json"
    splits = d / SPLITS_FILE
    return ModelSpec(name, {k: d / f for k, f in FILES.items()},
                     pretrain if pretrain.exists() else None, d,
                     json.loads(scores_file.read_text(encoding="utf-8")) if scores_file.exists() else None,
                     splits if splits.exists() else None)


def _stanza_spec() -> ModelSpec:
    root = stanza_resources_dir()
    res = root / "resources.json"
    ar = root / "ar"
    if not res.exists() or not ar.exists():
        raise ModelError(f"the official Stanza Arabic model is not installed in {root} "
                         "(run `quotes models download` on a machine that is online)")
    resources = json.loads(res.read_text(encoding="utf-8"))
    default = resources.get("ar", {}).get("default_processors", {})
    paths = {}
    for proc in FILES:
        package = default.get(proc)
        if isinstance(package, dict):
            package = next(iter(package.values()), None)
        p = ar / proc / f"{package}.pt" if package else None
        if p is None or not p.exists():
            cands = sorted((ar / proc).glob("*.pt")) if (ar / proc).exists() else []
            if not cands:
                raise ModelError(f"the official Stanza Arabic model in {ar} lacks a {proc} model")
            p = cands[0]
        paths[proc] = p
    pretrains = sorted((ar / "pretrain").glob("*.pt")) if (ar / "pretrain").exists() else []
    return ModelSpec("stanza", paths, pretrains[0] if pretrains else None, ar, None)


def resolve(model: Optional[str] = None) -> ModelSpec:
    """``model`` is 'bundled', 'stanza', or a directory; default: $QUOTES_MODEL or 'bundled'."""
    model = model or os.environ.get("QUOTES_MODEL") or "bundled"
    if model == "bundled":
        return _dir_spec("bundled", BUNDLED_DIR)
    if model == "stanza":
        return _stanza_spec()
    d = Path(model).expanduser()
    if not d.is_dir():
        raise ModelError(f"--model must be 'bundled', 'stanza' or a model directory; {model!r} is none of these")
    return _dir_spec(str(d), d)


def pipeline_kwargs(spec: ModelSpec) -> dict:
    kw = {f"{proc}_model_path": str(p) for proc, p in spec.paths.items()}
    if spec.pretrain:
        kw["pos_pretrain_path"] = str(spec.pretrain)
        kw["depparse_pretrain_path"] = str(spec.pretrain)
    return kw


_EMPTY_RESOURCES: Optional[Path] = None


def _empty_resources() -> str:
    """Stanza wants a resources file; an empty one keeps it from looking online."""
    global _EMPTY_RESOURCES
    if _EMPTY_RESOURCES is None:
        import tempfile
        fd, name = tempfile.mkstemp(prefix="quotes-resources-", suffix=".json")
        with os.fdopen(fd, "w") as f:
            f.write("{}")
        _EMPTY_RESOURCES = Path(name)
    return str(_EMPTY_RESOURCES)


def load_pipeline(model: Optional[str] = None, processors: str = PROCESSORS, fast: bool = True, **extra):
    """A ``stanza.Pipeline`` built from local files only: no download, no network.
    ``fast`` adds the exact speed-ups of ``quotes.model.fast`` (same output) to this
    pipeline, for quotes' own models; the official Stanza model runs plain Stanza.
    Torch's thread count is the caller's to set (``set_threads``): the command line
    and worker processes set one thread each."""
    import logging

    import stanza

    spec = resolve(model)
    logging.getLogger("stanza").setLevel(logging.ERROR)
    kwargs = pipeline_kwargs(spec)
    kwargs.update(extra)
    try:
        nlp = stanza.Pipeline(lang="ar", processors=processors, download_method=None,
                              resources_filepath=_empty_resources(), use_gpu=False,
                              logging_level="ERROR", allow_unknown_language=True, **kwargs)
    except Exception as e:  # stanza raises many kinds; the user needs one clear message
        raise ModelError(f"could not load the {spec.name} model from {spec.directory}: {e}") from e
    if fast and spec.name != "stanza":
        from .fast import speed_up
        speed_up(nlp)
    try:
        nlp.quotes_splits = read_splits(spec.splits) if spec.splits else None
    except ValueError as e:
        raise ModelError(f"could not load the {spec.name} model's split lexicon: {e}") from e
    return nlp


def set_threads() -> int:
    """One torch thread per process, or $QUOTES_THREADS. With more, torch's worker
    threads spin against any other busy process (measured: 25x slower beside a
    training job); throughput comes from worker processes instead. For the command
    line and worker processes; a library user keeps torch's own setting."""
    import torch
    n = int(os.environ.get("QUOTES_THREADS", "1"))
    torch.set_num_threads(n)
    return n


def model_version(model: Optional[str] = None) -> dict:
    """Which model, exactly: its name, folder and a digest of its files (the first
    12 hex digits of a SHA-256 over them), for a run's manifest."""
    import hashlib

    spec = resolve(model)
    h = hashlib.sha256()
    for p in spec.files():
        with open(p, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    return {"name": spec.name, "directory": str(spec.directory), "sha256": h.hexdigest()[:12]}
