"""The cue lexicon (``quotes/data/cues.tsv``): lemma → surface forms, category."""
from __future__ import annotations

import csv
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

from .normalize import fold, strip_conj

PERFECT_SUFFIXES = ("", "ت", "وا", "ا", "تا", "ن")
IMPERFECT_AFFIXES = (("ي", ""), ("ت", ""), ("ي", "ون"), ("ي", "وا"), ("ي", "ان"), ("ت", "ان"),
                     ("ي", "ن"), ("ت", "ون"))
# a participle reports as a circumstantial phrase («مؤكداً أن …»، «مشيرين إلى …»), which is accusative:
# the bare and nominative forms are nouns, adjectives and predicates («مطالب» demands, «مظهر»
# appearance, «مفيد» useful, «هم مطالبون بـ» they are required to) and are not generated
PARTICIPLE_SUFFIXES = ("ا", "ة", "ين", "ات", "تين")
# who speaks, by the ending the form was made with (gender, number); None where the form does not say
M, F = "Masc", "Fem"
PERFECT_AGREEMENT = {"": (M, "Sing"), "ت": (F, "Sing"), "وا": (M, "Plur"), "ا": (M, "Dual"), "تا": (F, "Dual"),
                     "ن": (F, "Plur")}
IMPERFECT_AGREEMENT = {("ي", ""): (M, "Sing"), ("ت", ""): (F, "Sing"), ("ي", "ون"): (M, "Plur"), ("ي", "وا"): (M, "Plur"),
                       ("ي", "ان"): (M, "Dual"), ("ت", "ان"): (F, "Dual"), ("ي", "ن"): (F, "Plur")}
PARTICIPLE_AGREEMENT = {"ا": (M, "Sing"), "ة": (F, "Sing"), "ين": (M, "Plur"), "ات": (F, "Plur"), "تين": (F, "Dual")}


@dataclass(frozen=True)
class CueEntry:
    lemma: str
    category: str
    kind: str
    preps: tuple[str, ...]  # folded when the lexicon is read
    finite_forms: frozenset[str]
    participle_forms: frozenset[str]
    agreements: tuple[tuple[str, str, str], ...] = ()  # (form, gender, number) of the regular forms


class Lexicon:
    def __init__(self, entries: list[CueEntry]):
        self.entries = entries
        self.by_form: dict[str, tuple[CueEntry, bool]] = {}
        self.by_lemma: dict[str, CueEntry] = {}
        self._agreement: dict[str, Optional[tuple[str, str]]] = {}
        for e in entries:
            self.by_lemma[fold(e.lemma)] = e
            for f, g, n in e.agreements:
                if self._agreement.get(f, (g, n)) != (g, n):
                    self._agreement[f] = None  # two readings: the form does not say
                else:
                    self._agreement[f] = (g, n)
            for f in e.finite_forms:
                self.by_form.setdefault(f, (e, False))
            for f in e.participle_forms:
                self.by_form.setdefault(f, (e, True))

    def match_form(self, surface: str) -> Optional[tuple[CueEntry, bool]]:
        """(entry, is_participle) for a surface token, with و/ف allowed before it."""
        return _lookup(self.by_form, surface)

    def agreement(self, surface: str) -> Optional[tuple[str, str]]:
        """Gender and number of the one who speaks, read off a regular form's ending
        («قالت» → feminine singular, «يقولون» → masculine plural), with و/ف allowed before it."""
        return _lookup(self._agreement, surface)

    def match_lemma(self, lemma: str) -> Optional[CueEntry]:
        return self.by_lemma.get(fold(lemma))


def _lookup(table: dict, surface: str):
    """A form's entry in ``table``: the folded surface, else the surface without its و/ف."""
    key = fold(surface)
    return table.get(key if key in table else strip_conj(key))


def _inflect(perfect: str, imperfect: str, participle: str, extra: str):
    finite, part, agree = set(), set(), []
    if perfect != "-":
        finite.update(perfect + s for s in PERFECT_SUFFIXES)
        agree += [(perfect + s, *a) for s, a in PERFECT_AGREEMENT.items()]
    if imperfect != "-":
        finite.update(p + imperfect + s for p, s in IMPERFECT_AFFIXES)
        agree += [(p + imperfect + s, *a) for (p, s), a in IMPERFECT_AGREEMENT.items()]
    if participle != "-":
        part.update(participle + s for s in PARTICIPLE_SUFFIXES)
        agree += [(participle + s, *a) for s, a in PARTICIPLE_AGREEMENT.items()]
    if extra != "-":
        for f in extra.split():
            (part if f.startswith("~") else finite).add(f.lstrip("~"))
    return (frozenset(fold(f) for f in finite), frozenset(fold(f) for f in part),
            tuple((fold(f), g, n) for f, g, n in agree))


def parse_lexicon(text: str) -> Lexicon:
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(rows, delimiter="\t")
    entries = []
    for r in reader:
        finite, part, agree = _inflect(r["perfect"], r["imperfect"], r["participle"], r["extra"])
        entries.append(CueEntry(r["lemma"], r["category"], r["kind"],
                                tuple(fold(p) for p in r["preps"].split()) if r["preps"] != "-" else (),
                                finite, part, agree))
    return Lexicon(entries)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    text = resources.files("quotes").joinpath("data/cues.tsv").read_text(encoding="utf-8")
    return parse_lexicon(text)


_ACTIVE: ContextVar[Optional[Lexicon]] = ContextVar("quotes_lexicon", default=None)


def active_lexicon() -> Lexicon:
    """The lexicon of the extraction under way (``use_lexicon``), else the bundled one.
    Every step asks here, so a lexicon passed to ``extract_doc`` reaches all of them."""
    return _ACTIVE.get() or default_lexicon()


@contextmanager
def use_lexicon(lexicon: Optional[Lexicon]):
    """Make ``lexicon`` the active one inside the block (per thread and task)."""
    token = _ACTIVE.set(lexicon)
    try:
        yield lexicon or default_lexicon()
    finally:
        _ACTIVE.reset(token)
