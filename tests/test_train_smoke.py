"""Every training step runs for a few steps on a tiny subset (the full training is not run here)."""
import pytest

from quotes.model import train
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
    nlp = load_pipeline(str(tmp_path))
    doc = nlp("قال الوزير إن الاقتصاد قوي.")
    assert doc.sentences and all(w.deprel for w in doc.sentences[0].words)
    # resumable: a second run finds every component done and trains nothing
    assert train.train(tmp_path, UD, settings=s) == timings


def test_tokenizer_checkpoint_chosen_by_tokens_and_clitics():
    from quotes.model.tokenizer_train import segmentation_score

    stanza_weights = [1, 1, 0.01]  # what Stanza's trainer passes
    late = segmentation_score([0.997, 0.68, 0.977], stanza_weights)
    early = segmentation_score([0.991, 0.73, 0.958], stanza_weights)
    assert late > early  # Stanza's own weights prefer the early one
    assert segmentation_score([0.997, 0.1, 0.977], stanza_weights) == late
