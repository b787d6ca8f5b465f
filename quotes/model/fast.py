"""Exact speed-ups for Stanza inference (stanza is pinned, see pyproject).

Profiling the bundled pipeline on SaudiNewsNet articles (bench/) showed two
costs that are not neural work:

* the parser's tree decoding (Chu-Liu-Edmonds with one root) spends most of
  its time in a pure-Python Tarjan search for cycles, called once per
  contraction — about 30 dependents per sentence, each search walking every
  node. ``find_cycles`` returns the same cycles in the same order in one pass
  over the head array, so the decoded trees are identical (and
  ``process_cycle`` contracts a cycle without ``np.pad``). ``one_root``
  skips the contractions altogether for the nine sentences in ten whose best
  tree has one word on the root anyway;
* the multiword-token expander runs its character seq2seq over every
  clitic-bearing token, although its output depends on the token's text
  alone and news repeats the same few thousand tokens (وقال، بأن، للصحفيين).
  ``cache_mwt`` remembers each token's expansion and sends only unseen tokens
  that its training dictionary does not answer to the model;
* the tagger's and parser's character model encodes every word of a batch,
  although a batch of news repeats في، من، أن hundreds of times: it now
  encodes each distinct word once (``use_unique_words``);
* the lemmatizer, likewise context-free, remembers its answers
  (``cache_lemmas``, Stanza's own ``store_results`` with a bound);
* the tagger's and parser's vocabularies remember their lookups: characters
  → ids per word, feature strings ↔ ids (``cache_vocabs``).

``speed_up(nlp)`` installs them all on one pipeline — never module-wide, so a plain
Stanza pipeline in the same process stays plain — after checking that the installed
Stanza is the version they were written for; outputs do not change (tests compare
against Stanza's own code).
"""
from __future__ import annotations

import warnings
from contextlib import contextmanager

import numpy as np

STANZA_VERSION = "1.15.0"  # the version whose internals the speed-ups reach into (pinned in pyproject)

MWT_CACHE_SIZE = 200_000
LEMMA_CACHE_SIZE = 200_000


def find_cycles(tree) -> list:
    """The cycles of a head array (``tree[i]`` is the head of node i, node 0
    the root), as boolean masks ordered by their lowest node — exactly what
    ``stanza.models.common.chuliu_edmonds.tarjan`` returns: its search starts
    from nodes in index order and can enter a cycle only from one of the
    cycle's own nodes, so each cycle comes out when its lowest node is reached."""
    heads = tree.tolist()
    n = len(heads)
    state = [0] * n  # 0 unseen, 1 on the current walk, 2 finished
    found = []
    for s in range(n):
        if state[s]:
            continue
        walk = []
        v = s
        while state[v] == 0:
            state[v] = 1
            walk.append(v)
            v = heads[v]
        if state[v] == 1:
            cycle = walk[walk.index(v):]
            if len(cycle) > 1:
                found.append(cycle)
        for u in walk:
            state[u] = 2
    found.sort(key=min)
    out = []
    for cycle in found:
        mask = np.zeros(n, dtype=bool)
        mask[cycle] = True
        out.append(mask)
    return out


def process_cycle(tree, cycle, scores):
    """``chuliu_edmonds.process_cycle`` (contract one cycle into a node) with
    the same values, built without ``np.pad``, which cost half its time."""
    cycle_locs = np.flatnonzero(cycle)
    cycle_scores = scores[cycle, tree[cycle]]
    cycle_score = cycle_scores.sum()
    noncycle = np.logical_not(cycle)
    noncycle_locs = np.flatnonzero(noncycle)
    n = len(noncycle_locs)
    metanode_head_scores = scores[cycle][:, noncycle] - cycle_scores[:, None] + cycle_score
    metanode_dep_scores = scores[noncycle][:, cycle]
    metanode_heads = np.argmax(metanode_head_scores, axis=0)
    metanode_deps = np.argmax(metanode_dep_scores, axis=1)
    subscores = np.zeros((n + 1, n + 1), dtype=scores.dtype)
    subscores[:n, :n] = scores[np.ix_(noncycle_locs, noncycle_locs)]
    subscores[-1, :-1] = metanode_head_scores[metanode_heads, np.arange(n)]
    subscores[:-1, -1] = metanode_dep_scores[np.arange(n), metanode_deps]
    return subscores, cycle_locs, noncycle_locs, metanode_heads, metanode_deps


def one_root(scores):
    """``chuliu_edmonds.chuliu_edmonds_one_root`` with a shortcut. Stanza makes
    every arc from the root so costly that its decoder picks one, then contracts
    cycle after cycle — about one contraction per word, since no word may take
    the root as its best head any more. When every word's best head already
    forms a tree with exactly one word on the root, that tree is the best of all
    trees, so also the best with one root, which is what the decoder returns:
    return it at once. Else the best tree without the root penalty (Stanza's
    own ``chuliu_edmonds``, which contracts only the real cycles) is the answer
    for the same reason when it has one word on the root. Only the rest (about
    one sentence in ten of news) goes through the penalised decoder."""
    from stanza.models.common.chuliu_edmonds import chuliu_edmonds, chuliu_edmonds_one_root

    prepared = _prepared(scores)
    tree = np.argmax(prepared, axis=1)
    if _one_root(tree) and not find_cycles(tree):
        return tree
    tree = chuliu_edmonds(prepared)  # prepares its (already prepared) copy again: same values
    if _one_root(tree):
        return tree
    return chuliu_edmonds_one_root(scores)  # Stanza's own (its module's name is never replaced)


def _one_root(tree) -> bool:
    return np.count_nonzero(tree[1:] == 0) == 1


def _prepared(scores):
    """A float64 copy of the scores as Stanza's decoder prepares them (no
    self-loops, node 0 its own head)."""
    from stanza.models.common.chuliu_edmonds import prepare_scores

    s = scores.astype(np.float64)
    prepare_scores(s)
    return s


@contextmanager
def faster_decoder():
    """Inside the block, Stanza's Chu-Liu-Edmonds decoder uses ``find_cycles`` and
    ``process_cycle`` (it looks them up in its module at every call) and the parser
    ``one_root``; on leaving, Stanza's own functions are back. Only quotes' own
    pipelines run their parser inside it (``speed_up``)."""
    from stanza.models.common import chuliu_edmonds
    from stanza.models.depparse import model as depparse_model
    saved = chuliu_edmonds.tarjan, chuliu_edmonds.process_cycle, depparse_model.chuliu_edmonds_one_root
    chuliu_edmonds.tarjan, chuliu_edmonds.process_cycle = find_cycles, process_cycle
    depparse_model.chuliu_edmonds_one_root = one_root
    try:
        yield
    finally:
        chuliu_edmonds.tarjan, chuliu_edmonds.process_cycle, depparse_model.chuliu_edmonds_one_root = saved


def use_faster_decoder(nlp) -> None:
    """The pipeline's parser decodes inside ``faster_decoder`` (this pipeline only)."""
    proc = nlp.processors.get("depparse")
    if proc is None or getattr(proc, "_quotes_decoder", False):
        return
    proc._quotes_decoder = True
    for name in ("process", "bulk_process"):
        original = getattr(proc, name)

        def call(*args, _original=original, **kwargs):
            with faster_decoder():
                return _original(*args, **kwargs)

        setattr(proc, name, call)


def _expand(proc, texts: list[str]) -> list[str]:
    """The expander's answer for these token texts: the same steps as
    ``MWTProcessor.process`` (seq2seq, then the training dictionary where it
    knows the token), run on a document of just these tokens; the seq2seq only
    sees the tokens the dictionary does not answer."""
    import stanza
    import torch

    if proc.config.get("dict_only"):
        return proc.trainer.predict_dict(texts)
    known = {}
    if proc.config.get("ensemble_dict", False):
        # the dictionary's expansion replaces the seq2seq's wherever it has one,
        # so the seq2seq runs only on the tokens it does not know
        known = {t: e for t in texts if (e := proc.trainer.dict_expansion(t)) is not None}
    todo = [t for t in texts if t not in known]
    preds = []
    if todo:
        probe = stanza.Document([[{"id": 1, "text": t, "misc": "MWT=Yes"}] for t in todo])
        batch = proc.build_batch(probe)
        with torch.no_grad():
            for b in batch.to_loader():
                preds += proc.trainer.predict(b, never_decode_unk=True, vocab=batch.vocab)
    new = dict(zip(todo, preds))
    return [known[t] if t in known else new[t] for t in texts]


def cache_mwt(nlp, size: int = MWT_CACHE_SIZE) -> None:
    """Wrap the pipeline's multiword-token expander with a cache of expansions
    by token text (bounded: cleared when it reaches ``size``)."""
    proc = nlp.processors.get("mwt")
    if proc is None or getattr(proc, "_quotes_cache", None) is not None:
        return
    cache: dict[str, str] = {}
    proc._quotes_cache = cache

    def process(document):
        texts = document.get_mwt_expansions(evaluation=True)
        todo = [t for t in dict.fromkeys(texts) if t not in cache]
        new = dict(zip(todo, _expand(proc, todo))) if todo else {}
        if texts:
            document.set_mwt_expansions([new[t] if t in new else cache[t] for t in texts],
                                        process_manual_expanded=False)
        if len(cache) + len(new) > size:
            cache.clear()
        cache.update(new)
        return document

    proc.process = process


def _char_encode(model, chars, wordlens):
    """``CharacterModel.forward`` up to the per-word vectors (eval mode)."""
    import torch
    from torch.nn.utils.rnn import PackedSequence, pack_padded_sequence, pad_packed_sequence

    embs = model.char_emb(chars)
    n = embs.size(0)
    layers, hidden = model.num_dir * model.args["char_num_layers"], model.args["char_hidden_dim"]
    output = model.charlstm(pack_padded_sequence(embs, wordlens, batch_first=True), wordlens,
                            hx=(model.charlstm_h_init.expand(layers, n, hidden).contiguous(),
                                model.charlstm_c_init.expand(layers, n, hidden).contiguous()))
    if model.attn:
        reps = output[0]
        weights = torch.sigmoid(model.char_attn(reps.data))
        reps, _ = pad_packed_sequence(PackedSequence(reps.data * weights, reps.batch_sizes), batch_first=True)
        return reps.sum(1)
    h, _ = output[1]
    return h[-2:].transpose(0, 1).contiguous().view(n, -1)


def _unique_words_forward(original):
    """``CharacterModel.forward`` that, at inference, runs the character LSTM
    once per distinct word of the batch (news repeats في، من، أن… hundreds of
    times) and copies the vectors out."""
    import torch
    from torch.nn.utils.rnn import pack_sequence, pad_packed_sequence
    from stanza.models.common.utils import tensor_unsort

    def forward(self, chars, chars_mask, word_orig_idx, sentlens, wordlens):
        if self.training:
            return original(self, chars, chars_mask, word_orig_idx, sentlens, wordlens)
        uniq, inverse = torch.unique(chars, dim=0, return_inverse=True)
        lens = (uniq != 0).sum(1)
        order = torch.argsort(lens, descending=True, stable=True)
        enc = _char_encode(self, uniq[order], lens[order].tolist())
        res = torch.empty_like(enc)
        res[order] = enc
        res = tensor_unsort(res[inverse], word_orig_idx)
        res = pack_sequence(res.split(sentlens))
        if self.pad:
            res = pad_packed_sequence(res, batch_first=True)[0]
        return res

    forward._quotes = True
    return forward


def use_unique_words(nlp) -> None:
    """The tagger's and parser's character models (this pipeline's instances only)
    encode each distinct word of a batch once."""
    import types

    from stanza.models.common.char_model import CharacterModel
    for name in ("pos", "depparse"):
        proc = nlp.processors.get(name)
        model = getattr(getattr(proc, "trainer", None), "model", None)
        if model is None:
            continue
        for module in model.modules():
            if isinstance(module, CharacterModel) and not getattr(module, "_quotes_unique", False):
                module.forward = types.MethodType(_unique_words_forward(CharacterModel.forward), module)
                module._quotes_unique = True


def cache_lemmas(nlp, size: int = LEMMA_CACHE_SIZE) -> None:
    """Let the lemmatizer remember its seq2seq answers by (word, tag) — Stanza's
    own ``store_results`` — but bounded: past ``size`` remembered pairs its
    dictionary goes back to the shipped one."""
    proc = nlp.processors.get("lemma")
    trainer = getattr(proc, "trainer", None) if proc is not None else None
    if trainer is None or getattr(proc, "store_results", None) is not False or not hasattr(trainer, "pos_dict"):
        return
    pristine = {k: dict(v) for k, v in trainer.pos_dict.items()}
    shipped = sum(map(len, pristine.values()))
    proc.store_results = True
    original = proc.process

    def process(document):
        out = original(document)
        if sum(map(len, trainer.pos_dict.values())) - shipped > size:
            trainer.pos_dict = {k: dict(v) for k, v in pristine.items()}
        return out

    proc.process = process


VOCAB_CACHE_SIZE = 500_000


def _memoised(fn, size: int, key=lambda x: x, copy: bool = False):
    """``fn`` remembering its answers by ``key(argument)`` (cleared at ``size``);
    ``copy`` hands out a fresh list each time, so callers may change it."""
    cache: dict = {}

    def call(x):
        k = key(x)
        value = cache.get(k)
        if value is None:
            if len(cache) >= size:
                cache.clear()
            value = cache[k] = fn(x)
        return list(value) if copy else value

    return call


def cache_vocabs(nlp, size: int = VOCAB_CACHE_SIZE) -> None:
    """The tagger's and parser's vocabularies, as pure functions of their input,
    remember their answers: a word's characters → ids (``map``, once per word
    of every batch), a feature string → ids (``unit2id``, which parses
    «Case=Gen|Definite=Def|…» each time) and ids → a feature string
    (``id2unit``). News repeats the same words and features all the time."""
    for name in ("pos", "depparse"):
        proc = nlp.processors.get(name)
        vocab = getattr(proc, "vocab", None) if proc is not None else None
        if vocab is None or getattr(vocab, "_quotes_cached", False):
            continue
        vocab._quotes_cached = True
        try:
            chars, feats = vocab["char"], vocab["feats"]
        except KeyError:
            continue
        _cache_char_map(chars, size)
        _cache_feats(feats, size)


def _cache_char_map(vocab, size: int) -> None:
    vocab.map = _memoised(vocab.map, size, key=tuple, copy=True)


def _cache_feats(vocab, size: int) -> None:
    to_unit = vocab.id2unit
    cached_to_unit = _memoised(to_unit, size, key=tuple)

    def id2unit(id):  # one id (a vocabulary of one feature) is not a sequence
        return cached_to_unit(id) if isinstance(id, (list, tuple)) else to_unit(id)

    vocab.unit2id = _memoised(vocab.unit2id, size, copy=True)
    vocab.id2unit = id2unit


def speed_up(nlp) -> bool:
    """All of the above on one loaded pipeline (idempotent); nothing changes for any
    other pipeline or for Stanza's modules outside this pipeline's calls. The speed-ups
    reach into Stanza's internals as of ``STANZA_VERSION``: with another Stanza, a
    warning says so and the pipeline stays plain Stanza (returns False)."""
    import stanza
    if stanza.__version__ != STANZA_VERSION:
        warnings.warn(f"quotes' Stanza speed-ups were written for stanza {STANZA_VERSION}, not "
                      f"{stanza.__version__}: running plain Stanza (same parses, slower)", RuntimeWarning, stacklevel=2)
        return False
    use_faster_decoder(nlp)
    use_unique_words(nlp)
    cache_mwt(nlp)
    cache_lemmas(nlp)
    cache_vocabs(nlp)
    return True
