"""Word vectors from SaudiNewsNet for the tagger and parser.

The text is split the way the tokenizer + MWT expander split it: punctuation
apart, and clitics (و ف ب ل ك س before, pronoun suffixes after) split off a
word when the corpus itself shows the remainder standing alone far more often
than the whole (a frequency test, so names such as «وليد» stay whole).
"""
from __future__ import annotations

import json
import re
import zipfile
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

from ...normalize import strip_diacritics

_TOKEN_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+|[0-9\u0660-\u0669]+(?:[.,][0-9\u0660-\u0669]+)*|[A-Za-z]+|\S")
PROCLITICS = "وفبلكس"
ENCLITICS = ("هما", "هم", "هن", "ها", "كما", "كم", "كن", "نا", "ني", "ه", "ك", "ي")


def iter_articles(corpus_dir: str | Path) -> Iterator[dict]:
    for zpath in sorted(Path(corpus_dir).glob("*.zip")):
        with zipfile.ZipFile(zpath) as z:
            for name in z.namelist():
                if name.endswith(".json"):
                    yield from json.loads(z.read(name))


def raw_tokens(text: str) -> list[str]:
    return _TOKEN_RE.findall(strip_diacritics(text))


class CliticSplitter:
    """Frequency-licensed clitic splitting."""

    def __init__(self, counts: Counter, ratio: float = 2.0, min_count: int = 20):
        self.counts = counts
        self.ratio = ratio
        self.min_count = min_count
        self.cache: dict[str, list[str]] = {}

    def _ok(self, whole: str, part: str) -> bool:
        c = self.counts.get(part, 0)
        return len(part) >= 2 and c >= self.min_count and c >= self.ratio * self.counts.get(whole, 0)

    def split(self, tok: str) -> list[str]:
        if tok in self.cache:
            return self.cache[tok]
        out = [tok]
        if len(tok) >= 3 and tok[0] in PROCLITICS:
            rest = tok[1:]
            if tok[0] == "ل" and rest.startswith("ل") and self._ok(tok, "ا" + rest):
                out = ["ل"] + self.split("ا" + rest)
            elif self._ok(tok, rest):
                out = [tok[0]] + self.split(rest)
        if out == [tok]:
            for e in ENCLITICS:
                if tok.endswith(e) and len(tok) - len(e) >= 2:
                    host = tok[: -len(e)]
                    cands = [host] + ([host[:-1] + "ة"] if host.endswith("ت") else [])
                    best = next((h for h in cands if self._ok(tok, h)), None)
                    if best:
                        out = [best, e]
                        break
        self.cache[tok] = out
        return out


def corpus_sentences(corpus_dir: str | Path, limit: int | None = None) -> list[list[str]]:
    docs = []
    for i, art in enumerate(iter_articles(corpus_dir)):
        if limit is not None and i >= limit:
            break
        text = (art.get("title") or "") + "\n" + (art.get("content") or "")
        docs.append(raw_tokens(text))
    counts = Counter(t for d in docs for t in d)
    splitter = CliticSplitter(counts)
    return [[p for t in d for p in splitter.split(t)] for d in docs]


def train_vectors(corpus_dir: str | Path, out_vec: str | Path, dim: int = 100, min_count: int = 5,
                  epochs: int = 5, workers: int = 2, limit: int | None = None, seed: int = 1) -> dict:
    from gensim.models import Word2Vec

    sents = corpus_sentences(corpus_dir, limit)
    model = Word2Vec(sentences=sents, vector_size=dim, window=5, min_count=min_count, sg=1,
                     epochs=epochs, workers=workers, seed=seed)
    model.wv.save_word2vec_format(str(out_vec), binary=False)
    return {"documents": len(sents), "tokens": sum(map(len, sents)), "vocab": len(model.wv)}


def to_stanza_pretrain(vec_file: str | Path, out_pt: str | Path, max_vocab: int) -> int:
    """Convert word2vec text vectors (sorted by frequency) to Stanza's pretrain .pt."""
    from stanza.models.common.pretrain import Pretrain

    pt = Pretrain(str(out_pt), str(vec_file), max_vocab=max_vocab)
    pt.load()
    return len(pt.vocab)


def coverage(pretrain_words: Iterable[str], words: Iterable[str]) -> float:
    vocab = set(pretrain_words)
    words = list(words)
    return sum(w in vocab for w in words) / max(1, len(words))
