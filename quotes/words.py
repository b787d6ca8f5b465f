"""Closed-class word lists (``quotes/data/words.tsv``), folded for matching."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from .normalize import fold


@lru_cache(maxsize=1)
def word_classes() -> dict[str, frozenset[str]]:
    text = resources.files("quotes").joinpath("data/words.tsv").read_text(encoding="utf-8")
    classes: dict[str, set[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("class\t"):
            continue
        cls, word = line.split("\t")
        classes.setdefault(cls, set()).add(fold(word))
    return {k: frozenset(v) for k, v in classes.items()}


def is_a(word: str, cls: str) -> bool:
    return fold(word) in word_classes().get(cls, frozenset())


def token_is_a(tok, cls: str) -> bool:
    """A token in the class, whole or by one of its words («والذي» → و + الذي)."""
    return is_a(tok.text, cls) or any(is_a(w.text, cls) for w in tok.words)


def is_a_after_conj(word: str, cls: str) -> bool:
    """In the class, alone or with و/ف before it («وبحسب»، «ويذكر»، «وتبين»)."""
    key = fold(word)
    return is_a(key, cls) or (key[:1] in ("و", "ف") and is_a(key[1:], cls))


def is_according(word: str) -> bool:
    """«بحسب»، «وفق»، the same with و/ف before it («وبحسب»، «فوفقاً») or «ما»
    glued after it («حسبما»)."""
    key = fold(word)
    return is_a_after_conj(key, "according") or (
        len(key) > 4 and key.endswith("ما") and is_a_after_conj(key[:-2], "according"))
