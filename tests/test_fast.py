"""The speed-ups of quotes.model.fast change nothing in what Stanza returns."""
import numpy as np
import pytest
from stanza.models.common import chuliu_edmonds as cle

from quotes.model import fast

from conftest import ROOT

SEED = ROOT / "seeds" / "karabakh-2020-10-23.txt"


def _random_heads(rng, n):
    heads = rng.integers(0, n, size=n)
    heads[0] = 0
    for i in range(1, n):  # no self-loops, as after prepare_scores
        if heads[i] == i:
            heads[i] = (i + 1) % n
    return heads


def test_find_cycles_is_stanzas_tarjan():
    rng = np.random.default_rng(7)
    tarjan = cle.tarjan  # Stanza's own: the speed-ups never replace it outside a pipeline's call
    seen_several = 0
    for _ in range(3000):
        heads = _random_heads(rng, int(rng.integers(2, 60)))
        want, got = tarjan(heads), fast.find_cycles(heads)
        assert len(want) == len(got)
        assert all((a == b).all() for a, b in zip(want, got))
        seen_several += len(want) > 1
    assert seen_several > 100  # the order of several cycles was checked too


def test_find_cycles_examples():
    assert fast.find_cycles(np.array([0, 4, 4, 4, 0])) == []
    (cycle,) = fast.find_cycles(np.array([0, 3, 1, 2]))
    assert cycle.tolist() == [False, True, True, True]
    first, second = fast.find_cycles(np.array([0, 5, 3, 2, 1, 4]))  # 1→5→4→1 and 2↔3
    assert np.flatnonzero(first).tolist() == [1, 4, 5] and np.flatnonzero(second).tolist() == [2, 3]


def test_decoded_trees_are_the_same():
    rng = np.random.default_rng(11)
    matrices = [rng.normal(size=(n, n)).astype(np.float32) for n in rng.integers(2, 70, size=300)]
    with fast.faster_decoder():
        ours = [cle.chuliu_edmonds_one_root(m) for m in matrices]
    theirs = [cle.chuliu_edmonds_one_root(m) for m in matrices]
    assert all((a == b).all() for a, b in zip(ours, theirs))


def _parser_like(rng, n):
    """Scores as a parser gives them: a random tree strongly preferred, plus noise
    strong enough to break it (cycles, several words on the root) now and then."""
    heads = [0] + [int(rng.integers(0, i)) for i in range(1, n)]  # a tree: each word after its head
    order = rng.permutation(n - 1) + 1  # hide the order
    perm = np.concatenate([[0], order])
    m = rng.normal(scale=float(rng.choice([0.5, 1.5, 3.0])), size=(n, n))
    for i in range(1, n):
        m[i, heads[i]] += 4.0
    m = m[np.ix_(perm, perm)]
    m = m - np.log(np.exp(m).sum(axis=1, keepdims=True))  # log-probabilities of heads, as the parser's
    return m.astype(np.float32)


def test_one_root_shortcuts_give_stanzas_trees():
    rng = np.random.default_rng(5)
    original = cle.chuliu_edmonds_one_root  # Stanza's own decoder, untouched
    paths = {"best heads": 0, "unpenalised": 0, "penalised": 0}
    for _ in range(1500):
        m = _parser_like(rng, int(rng.integers(2, 60)))
        best = np.argmax(fast._prepared(m), axis=1)
        if fast._one_root(best) and not fast.find_cycles(best):
            paths["best heads"] += 1
        elif fast._one_root(cle.chuliu_edmonds(m.astype(np.float64))):
            paths["unpenalised"] += 1
        else:
            paths["penalised"] += 1
        with fast.faster_decoder():
            ours = fast.one_root(m)
        assert (ours == original(m)).all()
    assert min(paths.values()) > 50, paths  # every path was taken and checked


@pytest.mark.model
def test_fast_pipeline_parses_exactly_like_stanza(nlp):
    """Plain Stanza, then the fast path with cold and with warm caches."""
    from quotes.model.registry import load_pipeline
    from quotes.normalize import prepare
    from quotes.parse import parse_many

    texts = [prepare(SEED.read_text(encoding="utf-8")),
             prepare("وقال وزير الخارجية إن المحادثات ستستأنف، مضيفاً أن «الطريق ما زال طويلاً».")]

    def rows():
        docs = parse_many(texts, pipe, [0, 1])
        return [(w.text, w.lemma, w.upos, w.feats, w.head, w.deprel, w.start, w.end)
                for d in docs for s in d.sentences for w in s.words]

    pipe = load_pipeline("bundled")  # fast, loaded first: a plain pipeline after it stays plain
    fast_pipe = pipe
    pipe = load_pipeline("bundled", fast=False)
    plain = rows()
    pipe = fast_pipe
    cold, warm = rows(), rows()
    assert len(plain) > 500
    assert cold == plain and warm == plain
    assert pipe.processors["mwt"]._quotes_cache  # the caches were used


@pytest.mark.model
def test_speed_ups_stay_inside_their_pipeline():
    """Nothing of Stanza is replaced module-wide: outside a fast pipeline's own calls,
    Stanza's decoder and character model are Stanza's."""
    from stanza.models.common.char_model import CharacterModel
    from stanza.models.depparse import model as depparse_model

    from quotes.model.registry import load_pipeline

    before = (cle.tarjan, cle.process_cycle, depparse_model.chuliu_edmonds_one_root, CharacterModel.forward)
    pipe = load_pipeline("bundled")
    pipe("قال الوزير إن المحادثات ستستأنف.")
    assert (cle.tarjan, cle.process_cycle, depparse_model.chuliu_edmonds_one_root, CharacterModel.forward) == before
    plain = load_pipeline("bundled", fast=False)
    assert not getattr(plain.processors["depparse"], "_quotes_decoder", False)
    assert not any(getattr(m, "_quotes_unique", False) for m in plain.processors["pos"].trainer.model.modules())


def test_another_stanza_version_runs_plain_stanza(monkeypatch):
    import stanza

    class Pipeline:  # what speed_up would touch, were the version right
        processors = {}

    monkeypatch.setattr(stanza, "__version__", "0.0.1")
    with pytest.warns(RuntimeWarning, match="written for stanza"):
        assert fast.speed_up(Pipeline()) is False


def test_vocab_caches_answer_like_the_vocabularies():
    from stanza.models.common.vocab import CharVocab
    from stanza.models.pos.vocab import FeatureVocab

    data = [[["قال", "Case=Nom|Number=Sing"], ["الوزير", "Case=Gen|Definite=Def"], ["إن", "_"]]]
    chars, feats = CharVocab(data, idx=0), FeatureVocab(data, idx=1)
    plain_chars, plain_feats = CharVocab(data, idx=0), FeatureVocab(data, idx=1)
    fast._cache_char_map(chars, size=3)
    fast._cache_feats(feats, size=3)
    for _ in range(2):  # filled, then answered from the cache (and cleared past its size)
        for word in ("قال", "الوزير", "وقال", "؟", "قال"):
            assert chars.map(list(word)) == plain_chars.map(list(word))
        for unit in ("Case=Nom|Number=Sing", "Case=Gen|Definite=Def", "_", "Gender=Fem"):
            ids = feats.unit2id(unit)
            assert ids == plain_feats.unit2id(unit)
            assert feats.id2unit(ids) == plain_feats.id2unit(ids)
            ids.append(99)  # callers get their own list
            assert feats.unit2id(unit) == plain_feats.unit2id(unit)

