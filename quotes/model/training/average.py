"""Average a parser's checkpoints: ``quotes models average --out DIR --steps 2900,3700``.

The weights of several saves of one training run (the bests ``quotes models train`` keeps in
``DIR/bests/depparse-STEP.pt``) are averaged tensor by tensor into one parser, a steadier model
than either (MODEL.md "Session 49"). The saves must share their vocabulary and layers — one run's
do; anything else is refused. The averaged parser keeps the last save's vocabulary and
configuration, and no optimizer state.
"""
from __future__ import annotations

from pathlib import Path

from .train import BESTS


class AverageError(ValueError):
    pass


def best_file(folder: str | Path, step: int) -> Path:
    return Path(folder) / BESTS / f"depparse-{step}.pt"


def average(paths: list[str | Path], out: str | Path) -> Path:
    """Write the average of the parser files ``paths`` to ``out``."""
    import torch

    if len(paths) < 2:
        raise AverageError("averaging needs two parser files or more")
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        raise AverageError(f"no such parser file: {', '.join(missing)}")
    saves = [torch.load(p, map_location="cpu", weights_only=False) for p in paths]
    first = saves[0]
    for p, s in zip(paths[1:], saves[1:]):
        if s.get("vocab") != first.get("vocab") or s["model"].keys() != first["model"].keys():
            raise AverageError(f"{p}: not a save of the same run as {paths[0]} (vocabulary or layers differ)")
    model = type(first["model"])((k, sum(s["model"][k].float() for s in saves) / len(saves)) for k in first["model"])
    result = {k: v for k, v in saves[-1].items() if k not in ("optimizer_state_dict", "scheduler_state_dict")}
    result["model"] = model
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    torch.save(result, out)
    return out
