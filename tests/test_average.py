"""`quotes models average`: a parser's kept bests averaged into one (on small made-up saves)."""
import torch
from typer.testing import CliRunner

from cli import app
from quotes.model.training.average import AverageError, average, best_file


def _save(path, value, vocab=None, optimizer=False):
    d = {"model": {"w": torch.full((2, 2), float(value)), "b": torch.tensor([value * 2.0])},
         "vocab": vocab or {"word": ["a", "b"]}, "config": {"hidden_dim": 4}, "global_step": int(value)}
    if optimizer:
        d["optimizer_state_dict"] = {"state": {}}
    path.parent.mkdir(parents=True, exist_ok=True)
    torch.save(d, path)
    return path


def test_average_takes_the_mean_of_every_tensor_and_drops_the_optimizer(tmp_path):
    a = _save(tmp_path / "a.pt", 1)
    b = _save(tmp_path / "b.pt", 3, optimizer=True)
    out = torch.load(average([a, b], tmp_path / "avg.pt"), weights_only=False)
    assert torch.equal(out["model"]["w"], torch.full((2, 2), 2.0))
    assert torch.equal(out["model"]["b"], torch.tensor([4.0]))
    assert out["global_step"] == 3 and "optimizer_state_dict" not in out


def test_average_refuses_saves_of_different_runs_or_one_file(tmp_path):
    a = _save(tmp_path / "a.pt", 1)
    b = _save(tmp_path / "b.pt", 3, vocab={"word": ["a", "c"]})
    for paths in ([a, b], [a], [a, tmp_path / "missing.pt"]):
        try:
            average(paths, tmp_path / "avg.pt")
        except AverageError:
            continue
        raise AssertionError(f"averaged {paths}")


def test_average_command_replaces_the_parser_and_keeps_the_trained_one(tmp_path):
    for step, value in ((2900, 1), (3700, 5)):
        _save(best_file(tmp_path, step), value)
    _save(tmp_path / "depparse.pt", 5)
    r = CliRunner().invoke(app, ["models", "average", "--out", str(tmp_path), "--steps", "2900,3700"])
    assert r.exit_code == 0, r.output
    assert torch.equal(torch.load(tmp_path / "depparse.pt", weights_only=False)["model"]["w"], torch.full((2, 2), 3.0))
    assert torch.equal(torch.load(tmp_path / "depparse.trained.pt", weights_only=False)["model"]["w"], torch.full((2, 2), 5.0))
    r = CliRunner().invoke(app, ["models", "average", "--out", str(tmp_path), "--steps", "2900,4000"])
    assert r.exit_code == 2 and "no such parser file" in r.output
    r = CliRunner().invoke(app, ["models", "average", "--out", str(tmp_path), "--steps", "two"])
    assert r.exit_code == 2
