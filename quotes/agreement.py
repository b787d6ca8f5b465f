"""Agreement: the gender and number a verb, a participle, a pronoun or a mention carries, and
whether a mention may be whom a verb's dropped subject means. One reader per kind of word, for every
step that asks (the speaker rules, the memory, attribution).

* ``word_agreement``: a verb or participle, for whom it speaks: a lexicon form's ending, else the
  tagger's features, else its letters (a cue's own gender and number);
* ``sure_gender``: a verb's gender only where its letters say it (to tell two subjects apart);
* ``pronoun_agreement``, ``mention_agreement``: an attached pronoun's, a mention's head's;
* ``compatible``: may this mention be the subject of a verb of that gender and number?
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Protocol

from .doc import Word
from .lexicon import active_lexicon
from .normalize import fold, strip_article, strip_conj
from .words import NAME_UPOS, is_a, is_person_noun, is_plural_nisba, is_title_noun

if TYPE_CHECKING:
    from .cues import CueMatch


class Agreeing(Protocol):
    """Whatever carries a gender and a number (a memory's ``Mention``)."""
    gender: Optional[str]
    number: Optional[str]


def _plural_participle(s: str) -> bool:
    """«مؤكدين»: a participle's plural ending; a verb in «ين» is singular («وبين»)."""
    return s.startswith("م") and len(s) > 5 and s.endswith("ين")


def word_agreement(w: Word, surface: str) -> tuple[Optional[str], Optional[str]]:
    """Gender/number of a verb or participle: a lexicon form's ending («قالت»: feminine,
    whatever the tagger says), else parser features, else its ending."""
    known = active_lexicon().agreement(surface)
    if known is not None:
        return known
    g, n = w.feat("Gender"), w.feat("Number")
    s = surface
    while strip_conj(s) != s:
        s = strip_conj(s)
    if s[:1] in ("ي", "ت") and s.endswith(("ون", "وا")) and len(s) >= 4:
        g, n = "Masc", "Plur"  # «ويرون»: an imperfect's plural ending, whatever the tagger's number
    if g is None:
        if s.endswith("ت") or s.endswith("ة") or (s.startswith("ت") and not s.endswith(("ون", "وا"))):
            g = "Fem"
        elif s.endswith(("وا", "ون")) or _plural_participle(s) or s.startswith("ي") or s.endswith("ا"):
            g = "Masc"
    if n is None:
        if s.endswith(("وا", "ون")) or _plural_participle(s):
            n = "Plur"
        elif s.endswith(("ان", "تا")) and len(s) > 4:
            n = "Dual"
        else:
            n = "Sing"
    return g, n


def cue_agreement(cue: "CueMatch") -> tuple[Optional[str], Optional[str]]:
    """Gender/number of the one who speaks a cue: the verb's or participle's, or for a
    noun cue the pronoun on it («بقولها» → feminine singular; «بالقول»: unknown)."""
    if cue.noun:
        pron = cue.agreement_word()
        return (None, None) if pron is None else pronoun_agreement(pron)
    return word_agreement(cue.word, fold(cue.token.text))


def pronoun_agreement(pron: Word) -> tuple[Optional[str], Optional[str]]:
    """Gender/number of an attached pronoun («قولها»، «عنه»): the tagger's, else its letters."""
    g, n = pron.feat("Gender"), pron.feat("Number")
    if g is None and n is None:
        s = fold(pron.text)
        g = "Fem" if s in ("ها", "هن") else "Masc" if s in ("ه", "هم") else None
        n = "Plur" if s in ("هم", "هن") else "Dual" if s == "هما" else "Sing"
    return g, n


def sound_plural(word: str) -> bool:
    """«الناقمون»، «المسؤولون»، «مؤيدين»: a participle or an agent noun (فاعل) with the
    masculine plural ending, whatever the tagger's number («القانون» is neither)."""
    stem = strip_article(fold(word))
    for end in ("ون", "ين"):
        if stem.endswith(end) and len(stem) >= len(end) + 4:
            base = stem[:-len(end)]
            return base.startswith("م") or base[1] == "ا"
    return False


def _person_dual(word: str) -> Optional[str]:
    """«أستاذان»، «الوزيران»، «مسؤولتان»: the nominative dual of a noun of people (a title, a
    source noun, an occupation), whatever the tagger's number. Its gender, else None."""
    stem = strip_article(strip_conj(fold(word)))
    for end, gender in (("تان", "Fem"), ("ان", "Masc")):
        base = stem[:-len(end)]
        if stem.endswith(end) and len(base) >= 3 and (
                is_title_noun(base) or is_person_noun(base) or is_a(base, "occupation")):
            return gender
    return None


def mention_agreement(head: Word) -> tuple[Optional[str], Optional[str]]:
    """Gender/number of the one a mention names, read off its head word: the tagger's, corrected where
    the word's form says more (a dual or plural of people, a plural nisba, a title of address)."""
    g, n = head.feat("Gender"), head.feat("Number")
    if head.upos != "PROPN" and (dual := _person_dual(head.text)):
        return dual, "Dual"  # «بينما رأى أستاذان للفقه …»: not whom a later «وقال» means
    if head.upos != "PROPN" and sound_plural(head.text):
        return g or "Masc", "Plur"  # («متضررون» read as a foreign word: still many)
    if is_a(strip_article(fold(head.text)), "people"):
        return g if g != "Fem" else None, "Plur"  # («متظاهرون» read as a name: a group of people)
    if head.upos in ("X", "PROPN") and is_plural_nisba(head.text):
        return "Masc", "Plur"  # «دبلوماسيون» read as a foreign word or a name: many diplomats, not one name (no name ends so)
    if is_a(strip_conj(fold(head.text)), "address_title"):
        return None, "Sing"  # «سماحة مفتي عام المملكة …»: «سماحة» is feminine, the mufti is not
    if g is None and head.upos not in NAME_UPOS:
        if head.text.endswith("ة"):
            g = "Fem"
    if head.upos in NAME_UPOS:
        n = n or "Sing"
    return g, n


def compatible(m: Agreeing, gender: Optional[str], number: Optional[str]) -> bool:
    if gender and m.gender and gender != m.gender:
        # broken plurals of things agree in the feminine singular
        if not (gender == "Fem" and number == "Sing" and m.number == "Plur"):
            return False
    if number and m.number and number != m.number:
        if not (number == "Sing" and m.number == "Plur" and gender == "Fem"):
            return False
    return True


def sure_gender(verb: Word, surface: str) -> Optional[str]:
    """A verb's gender where its letters say it: a lexicon form's, a perfect's «ت» («أخلت»), a plural's
    «وا»/«ون», an imperfect's «ي» («يقول»، «يفت»); a perfect with none of these letters is masculine («جاء»،
    «أعلن»). A word that opens with «ت» is a feminine imperfect («تحذّر») or a perfect of the forms
    تفعّل/تفاعل («تحدث عبدالسلام العتيبي …»، «تطاول»): only when the tagger's aspect and gender agree
    on one of the two (it reads «تحدث» as a feminine perfect, «تطاول» as a masculine imperfect)."""
    known = active_lexicon().agreement(surface)
    if known is not None:
        return known[0]
    s = strip_conj(fold(verb.text))  # the verb's own letters, its object pronoun apart («سجلتها»)
    aspect = verb.feat("Aspect")
    if len(s) < 3:
        return None
    if s.endswith(("وا", "ون")) or s.startswith("ي"):
        return "Masc"  # (an imperfect's «ي» first: its «ت» at the end is the root's, «ولم يفت العلاق …»)
    if s.endswith("ت"):
        return "Fem"
    if s.startswith("ت"):  # only where the tagger's aspect and gender agree on one reading
        reading = (aspect, verb.feat("Gender"))
        return "Fem" if reading == ("Imp", "Fem") else "Masc" if reading == ("Perf", "Masc") else None
    return "Masc" if aspect == "Perf" else None
