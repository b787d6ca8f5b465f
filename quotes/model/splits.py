"""The split lexicon: how the training treebanks split a token, where they always split it alike.

Stanza's tokenizer decides from a token's letters and their context whether «بأن» is «ب» + «أن»,
and it decides the same token differently from sentence to sentence: on the training trees the
bundled one leaves «بأن» whole 15 times in 37 and cuts «بينما» into «بين» + «ما» 7 times in 8,
though the gold never does either. Where the gold splits a surface token one way in at least
``MIN_SHARE`` of its occurrences, and at least ``MIN_COUNT`` times, that split is the token's
entry; at run time an entry overrides the tokenizer (``quotes.parse.unsplit``), but for a token
that is as often a given name, a reading the treebanks lack (words.tsv ``name_or_clitic``: «باسم»).

The lexicon is built from the model's own training part (``quotes models train`` writes it as
``splits.tsv`` beside the other components), never from a dev or test part, and it is read with
the model it was built for: a model directory without the file has no lexicon.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, Optional

FILE = "splits.tsv"
MIN_COUNT = 3
MIN_SHARE = 0.9

Splits = dict[str, tuple[str, ...]]


def count_splits(sentences: Iterable) -> dict[str, Counter]:
    """Per surface token, how often the gold splits it into which words. Sentences are
    ``udprep.Sentence``; a tree repeated in the data (the news trees count several times over
    in the training part) is counted once."""
    seen: set = set()
    counts: dict[str, Counter] = defaultdict(Counter)
    for s in sentences:
        key = (s.comment("doc"), s.text)
        if key in seen:
            continue
        seen.add(key)
        for tok in s.tokens:
            counts[tok.form][tuple(w.form for w in tok.words)] += 1
    return counts


def build_splits(counts: dict[str, Counter], min_count: int = MIN_COUNT, min_share: float = MIN_SHARE) -> Splits:
    """The entries: each token whose commonest split is at least ``min_share`` of its
    occurrences and seen at least ``min_count`` times."""
    out: Splits = {}
    for form, splits in counts.items():
        words, n = splits.most_common(1)[0]
        if n >= min_count and n / sum(splits.values()) >= min_share and not any(
                c.isspace() for c in form + "".join(words)):
            out[form] = words
    return out


def write_splits(splits: Splits, counts: dict[str, Counter], path: str | Path, source: str = "") -> None:
    """One entry a line: token, its words (space-separated), times seen so, times seen."""
    lines = ["# quotes split lexicon: how the training trees split each token (see quotes/model/splits.py)",
             f"# built from {source or 'the training part'}; entries seen at least {MIN_COUNT} times, "
             f"split alike at least {MIN_SHARE:.0%} of the time",
             "# token\twords\tseen so\tseen"]
    for form in sorted(splits):
        words = splits[form]
        lines.append(f"{form}\t{' '.join(words)}\t{counts[form][words]}\t{sum(counts[form].values())}")
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_splits(path: str | Path) -> Optional[Splits]:
    """The lexicon in ``path``, or None when there is no such file."""
    p = Path(path)
    if not p.exists():
        return None
    out: Splits = {}
    for line in p.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2 or not cols[0] or not cols[1].strip():
            raise ValueError(f"{p}: bad split lexicon line: {line!r}")
        out[cols[0]] = tuple(cols[1].split())
    return out
