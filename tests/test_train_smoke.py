"""Every training step runs for a few steps on a tiny subset (the full training is not run here)."""
import pytest

from quotes.model.training import train
from quotes.model.registry import load_pipeline

from conftest import SHARED

UD = SHARED / "data" / "ud"


@pytest.mark.skipif(not UD.exists(), reason="shared/data/ud not beside the checkout")
def test_train_every_component_briefly(tmp_path):
    s = train.Settings.smoke()
    s.threads = 2
    timings = train.train(tmp_path, UD, settings=s)
    assert set(timings) == set(train.COMPONENTS)
    for name in ("tokenizer.pt", "mwt.pt", "pos.pt", "lemma.pt", "depparse.pt"):
        assert (tmp_path / name).stat().st_size > 0
    # each best the parser saved is kept by step, for `quotes models average`
    bests = sorted((tmp_path / train.BESTS).glob("depparse-*.pt"))
    assert bests and all(p.stem.split("-")[1].isdigit() for p in bests)
    # and its checkpoint at the end of the run, by step count, for a rebuild to resume from
    def legs():
        return sorted(p.name for p in (tmp_path / train.LEGS).glob("depparse_checkpoint-*.pt"))
    assert legs() == [f"depparse_checkpoint-{s.depparse_steps}.pt"]
    nlp = load_pipeline(str(tmp_path))
    assert nlp.quotes_splits and nlp.quotes_splits["."] == (".",)  # the split lexicon, counted from the trees
    doc = nlp("قال الوزير إن الاقتصاد قوي.")
    assert doc.sentences and all(w.deprel for w in doc.sentences[0].words)
    # resumable: a second run finds every component done and trains nothing
    assert train.train(tmp_path, UD, settings=s) == timings
    # asked for more parser steps, it trains the parser on (from its checkpoint) and nothing else
    s.depparse_steps = 15
    longer = train.train(tmp_path, UD, settings=s)
    assert (tmp_path / "depparse.steps").read_text() == "15"
    assert "depparse_checkpoint-15.pt" in legs() and len(legs()) == 2
    assert longer["depparse"] > timings["depparse"] and {k: v for k, v in longer.items() if k != "depparse"} == \
        {k: v for k, v in timings.items() if k != "depparse"}
    assert load_pipeline(str(tmp_path))("قال الوزير إن الاقتصاد قوي.").sentences


def test_train_command_passes_step_counts(tmp_path, monkeypatch):
    from typer.testing import CliRunner
    from cli import app

    seen = {}

    def fake_train(out, ud_dir, components, settings):
        seen.update(components=components, pos=settings.pos_steps, depparse=settings.depparse_steps,
                    news=settings.news_weight)
        return {"pos": 1.0}

    monkeypatch.setattr(train, "train", fake_train)
    r = CliRunner().invoke(app, ["models", "train", "--out", str(tmp_path / "m"), "--ud", str(tmp_path),
                                 "--components", "pos,depparse", "--pos-steps", "3200", "--depparse-steps", "900"])
    assert r.exit_code == 0, r.output
    assert seen == {"components": ["pos", "depparse"], "pos": 3200, "depparse": 900, "news": 3}
    r = CliRunner().invoke(app, ["models", "train", "--out", str(tmp_path / "m"), "--ud", str(tmp_path)])
    assert r.exit_code == 0 and seen["pos"] == train.Settings().pos_steps == 1600


def test_seed_reaches_the_tagger_and_parser_only_when_given(tmp_path, monkeypatch):
    from typer.testing import CliRunner
    from cli import app

    seen = {}
    monkeypatch.setattr(train, "train", lambda out, ud_dir, components, settings: seen.update(seed=settings.seed) or {})
    r = CliRunner().invoke(app, ["models", "train", "--out", str(tmp_path / "m"), "--ud", str(tmp_path), "--seed", "7"])
    assert r.exit_code == 0, r.output
    assert seen["seed"] == 7
    s = train.Settings(seed=7)
    for comp in ("pos", "depparse"):
        args = train.component_args(comp, tmp_path, tmp_path, s)[1]
        assert args[args.index("--seed") + 1] == "7"
        assert "--seed" not in train.component_args(comp, tmp_path, tmp_path, train.Settings())[1]
