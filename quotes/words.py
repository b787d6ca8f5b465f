"""Closed-class words and the shared Arabic predicates built on them.

The word lists live in ``quotes/data/words.tsv`` (one ``class<TAB>word`` a line,
matched after ``fold``); every rule asks here rather than keeping a list of its own.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Optional

from .normalize import fold, has_conj, strip_article, strip_conj, strip_diacritics


class UnknownWordClass(KeyError):
    """A rule asked for a word class that ``words.tsv`` does not define (a typo)."""


@lru_cache(maxsize=2)
def _classes(written: bool) -> dict[str, frozenset[str]]:
    """Each class's words of ``words.tsv``: folded for matching, or as written (diacritics
    aside, hamza seats kept)."""
    key = strip_diacritics if written else fold
    text = resources.files("quotes").joinpath("data/words.tsv").read_text(encoding="utf-8")
    classes: dict[str, set[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("class\t"):
            continue
        cls, word = line.split("\t")
        classes.setdefault(cls, set()).add(key(word))
    return {k: frozenset(v) for k, v in classes.items()}


def word_classes() -> dict[str, frozenset[str]]:
    return _classes(False)


def hamza_says_otherwise(word: str, cls: str) -> bool:
    """The word folds to a member of the class, but its hamza seat, written, makes it another
    word: «إمام» (an imam) is not «أمام» (in front of). A word written without the hamza
    («امام») stays ambiguous: no."""
    w = strip_diacritics(word)
    return w[:1] in ("أ", "إ") and is_a(w, cls) and w not in _classes(True).get(cls, frozenset())


def spelt_as(word: str, cls: str) -> bool:
    """Is the word, with «و»/«ف» before it or not, one of the class's words as written
    (diacritics aside, no folding: «يدعى» is not «يدعي»)?"""
    w = strip_diacritics(word)
    written = _classes(True).get(cls)
    if written is None:
        members(cls)  # raises for an unknown class
    return w in written or (has_conj(w) and w[1:] in written)


def members(cls: str) -> frozenset[str]:
    """The folded words of a class; an unknown class raises (a misspelt name must not
    silently match nothing)."""
    try:
        return word_classes()[cls]
    except KeyError:
        raise UnknownWordClass(f"no word class {cls!r} in quotes/data/words.tsv") from None


def is_a(word: str, cls: str) -> bool:
    return fold(word) in members(cls)


def token_is_a(tok, cls: str) -> bool:
    """A token in the class, whole or by one of its words («والذي» → و + الذي)."""
    return is_a(tok.text, cls) or any(is_a(w.text, cls) for w in tok.words)


def is_preposition_with_pronoun(tok) -> bool:
    """«بها»، «به»، «له»، «عنه»: a preposition with a pronoun, split or not."""
    key = fold(tok.text)
    return is_a(key, "prep_pronoun") or (len(key) > 1 and key[0] in "بل" and is_a(key[1:], "enclitic")) \
        or (len(tok.words) > 1 and all(w.upos in ("ADP", "PRON") for w in tok.words))


def is_a_after_conj(word: str, cls: str) -> bool:
    """In the class, alone or with و/ف before it («وبحسب»، «ويذكر»، «وتبين»)."""
    key = fold(word)
    return is_a(key, cls) or (has_conj(key) and is_a(key[1:], cls))


def heads_class(word: str, cls: str) -> bool:
    """In the class with or without the article, a «و»/«ف» before it or not, «و» kept when it is
    the word's own first letter («وزارة»، «الوزارة»، «والوزارة»، «وجهاء»)."""
    key = fold(word)
    keys = {key, strip_article(key)}
    if has_conj(key):
        keys |= {key[1:], strip_article(key[1:])}
    return any(is_a(k, cls) for k in keys)


def is_according(word: str) -> bool:
    """«بحسب»، «وفق»، the same with و/ف before it («وبحسب»، «فوفقاً») or «ما»
    glued after it («حسبما»)."""
    key = fold(word)
    if is_a(key, "not_according"):
        return False  # «ليس في سوريا فحسب»: «only»
    return is_a_after_conj(key, "according") or (
        len(key) > 4 and key.endswith("ما") and is_a_after_conj(key[:-2], "according"))


DASHES = ("-", "–", "—")
NAME_UPOS = {"PROPN", "X"}  # the tags of a name's words (foreign script is X): one place for every module


def is_comma(text: str) -> bool:
    return text in members("comma")


def separates_clauses(text: str) -> bool:
    """A comma, or a semicolon the splitter left inside a sentence («…، خاصة إذا كنا وسطاء في الحروب؛
    هو أننا …»): it separates clauses of one report, and what may open a new report after a comma
    may after it."""
    return is_comma(text) or is_a(text, "semicolon")


def is_sentence_end(text: str) -> bool:
    return text in members("sentence_end")


DOTTED_LETTERS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")


def dotted_letters(word: str) -> bool:
    """«أ.د» (أستاذ دكتور)، «م.م»: single letters joined by dots, an abbreviated title."""
    return DOTTED_LETTERS.fullmatch(word) is not None


def is_abbreviation_dot(tokens, k: int) -> bool:
    """The dot of an abbreviated title («م.»، «د.»: a one-letter honorific; «أ.د.»: letters joined
    by dots) or of an initial («أو. بي. سينغ»: ``latin_letter``), not a sentence end."""
    if tokens[k].text != "." or k == 0:
        return False
    prev = tokens[k - 1].text
    spaced = k + 1 < len(tokens) and tokens[k + 1].start > tokens[k].end  # («بي.إم.دبليو» is one name)
    return (len(prev) == 1 and is_a(prev, "honorific")) or dotted_letters(prev) or (dotted_initial(tokens, k - 1) and spaced)


def dotted_initial(tokens, k: int) -> bool:
    """Is token ``k`` an initial (words.tsv ``latin_letter``), or «إن» (the letter N, too ambiguous to
    list) after an initial and its dot («سي. إن. إن.»)?"""
    if is_initial(tokens[k].text):
        return True
    return fold(tokens[k].text) == "ان" and k >= 2 and tokens[k - 1].text == "." and dotted_initial(tokens, k - 2)


def is_initial(word: str) -> bool:
    """A Latin letter as Arabic writes it in initials (words.tsv ``latin_letter``: «بي»، «أو»)."""
    return is_a(word, "latin_letter")


def in_initials(tokens, k: int) -> bool:
    """Is token ``k`` a spelt letter after another («يو بي آي»: «آي» is I, not the quantifier «أي»; words.tsv
    ``latin_letter``)? (Not after «في», which is also V: «في أي وقت».)"""
    return k > 0 and is_initial(tokens[k].text) and is_initial(tokens[k - 1].text) \
        and fold(tokens[k - 1].text) != "في"


def withholds_name(tokens, k: int) -> bool:
    """Is the verb at ``k`` followed by a name or identity withheld («لم يذكر اسمه»، «رافضاً كشف
    هويته»: words.tsv ``identity``)? Then it reports nothing."""
    return k + 1 < len(tokens) and is_a(tokens[k + 1].text, "identity")


def is_complementiser(tok) -> bool:
    """أن، إن، بأن … alone or with an enclitic pronoun («أنه»، «إنها»)."""
    return is_complementiser_word(tok.text)


def is_complementiser_word(word: str) -> bool:
    """``is_complementiser`` for a word's text (before there are tokens)."""
    key = fold(word)
    if key in members("complementiser"):
        return True
    return any(key.endswith(suf) and key[: -len(suf)] in members("complementiser") for suf in members("enclitic"))


def is_stop(tok) -> bool:
    """Punctuation that ends a noun phrase. A word of letters is no stop, whatever the tagger
    says: «م»، «د» are abbreviated titles it took for punctuation, «أم» of «"أم أحمد"» a name's
    first word."""
    if tok.text.isalpha():
        return False
    return tok.text in members("phrase_stop") or any(w.upos == "PUNCT" for w in tok.words)


def is_person_noun(word: str) -> bool:
    """A generic source noun or title (مسؤول، مصدر، قيادي، مدير), with or without the
    article («القيادي»)."""
    key = fold(word)
    return key in members("person_noun") or (key.startswith("ال") and len(key) > 3 and key[2:] in members("person_noun"))


def is_title_noun(word: str) -> bool:
    """A person noun or an occupation a name may follow («الكاتب»، «اللاعب»، «المدرب»): a
    word that describes a person, though not one that keeps a «في …» phrase in the speaker."""
    key = fold(word)
    return is_person_noun(key) or is_a(strip_article(key), "occupation")


def is_a_pair(first: str, second: str, cls: str) -> bool:
    """Two words that are one entry of the class («من جهته»، «مع العلم»)."""
    return is_a(fold(first) + " " + fold(second), cls)


def only_openers(tokens) -> bool:
    """Nothing but sentence adverbs, side openers and commas («بدوره»، «من جهته،»، «من
    جانبها»): what may stand before a sentence-initial verb."""
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if is_a(t.text, "adverb") or is_comma(t.text):
            i += 1
        elif i + 1 < len(tokens) and is_a_pair(t.text, tokens[i + 1].text, "side_opener"):
            i += 2
        else:
            return False
    return True


def is_nisba(word: str) -> bool:
    """A definite adjective of relation, masculine («المصري»، «الأمريكي»، «الأممي»): it says
    which one, where a genitive («الخارجية»، «الوزراء») says of what."""
    key = fold(word)
    return key.startswith("ال") and key.endswith("ي") and len(key) > 4


def is_relation_adjective(word: str) -> bool:
    """An adjective of relation in any gender and number, with or without the article («السعودي»،
    «السعودية»، «السعوديون»، «السعوديين»; not «الهيئة», whose «ي» is the stem's)."""
    key = fold(word)
    return key.endswith(("ي", "يون", "يين")) or (key.endswith("يه") and not key.endswith("ييه"))


def is_plural_nisba(word: str) -> bool:
    """A plural adjective of relation («يابانيين»، «السعوديون»): what a tagger may read as a
    verb («مسؤولين يابانيين كبار») though no verb form ends so."""
    key = fold(word)
    return key.endswith(("يين", "يون")) and len(strip_article(key)) > 5


POSSESSIVE = ("هما", "هم", "ها", "ه")


def statement_word(key: str) -> Optional[str]:
    """The noun of a speech event or a document (words.tsv ``speech_event``, ``document``) that the
    folded word ``key`` is, bare or with a possessive pronoun on it («بيانها» → «بيان»), else None."""
    return member_with_pronoun(key, "speech_event") or member_with_pronoun(key, "document")


def is_speech_event(word: str) -> bool:
    """A noun of an occasion of speech (بيان، كلمة، تصريحات), also with the speaker's
    pronoun on it («كلمته»، «بيانها»، «تصريحاتهم»)."""
    return member_with_pronoun(word, "speech_event") is not None


def member_with_pronoun(word: str, cls: str) -> Optional[str]:
    """The (folded) member of ``cls`` that ``word`` is, bare or with a possessive pronoun on it
    («بيانها» → «بيان»، «رسالتها» → «رساله»: «ة» written «ت» before the pronoun), else None."""
    key = fold(word)
    if key in members(cls):
        return key
    for p in POSSESSIVE:
        if key.endswith(p) and len(key) > len(p) + 2:
            stem = key[:-len(p)]
            if stem in members(cls):
                return stem
            if stem.endswith("ت") and fold(stem[:-1] + "ة") in members(cls):
                return fold(stem[:-1] + "ة")
            if stem.endswith("اي") and stem[:-1] + "ء" in members(cls):  # «لقائه»: the hamza sits on
                return stem[:-1] + "ء"  # ya before the pronoun (folded «ي»), on the line in «لقاء»
    return None


def is_free_relative(text: str) -> bool:
    """«ما»، «من»: a relative with no antecedent («ما قاله الوزير»), never a speaker."""
    return is_a(text, "free_relative")


def opens_relative_clause(tok) -> bool:
    """«الذي»، «التي»، «والذي» (whole or by one of its words): a relative pronoun with an antecedent, not a
    free relative («ما»، «من») nor «بينما»، «فيما» split as «بين/في» + «ما» (while: ``report_link``)."""
    return token_is_a(tok, "relative") and not is_free_relative(tok.text) and not is_a_after_conj(tok.text, "report_link")


def is_elative(key: str) -> bool:
    """«اعلى»، «اكبر»، «اخر» (folded, no article): the أفعل form, four letters with a hamza's alif
    first, which heads the noun after it as its genitive."""
    return len(key) == 4 and key[0] == "ا"


def names_norm(toks, first: int) -> bool:
    """The noun at ``first`` is a norm (``norm``: «الخطة»، «للجدول»، «الشروط»، «للمادة العاشرة»), with
    its article and a «ل»/«ب» taken off; after an elative («وفق أعلى المواصفات»: «أفعل», four
    letters) the noun it heads. What a thing is done in accordance with names no source."""
    key = _bare(toks[first])
    noun = strip_article(key)
    if is_elative(noun) and first + 1 < len(toks):
        key = _bare(toks[first + 1])
        noun = strip_article(key)
    # (its article taken off, or none to take: «آلية» folds to «اليه», which only looks like one)
    return is_a(noun, "norm") or is_a(key, "norm")


def _bare(t) -> str:
    key = fold(t.text)
    if key.startswith("لل"):
        key = key[2:]
    elif key.startswith(("ل", "ب")) and len(t.words) > 1:
        key = key[1:]
    return key


def split_preposition_pronoun(t) -> bool:
    """A preposition the splitter parted from its pronoun, as the tagger reads it («منه»، «عنها»: ADP +
    PRON), the pronoun pointing back to something named before."""
    return len(t.words) == 2 and t.words[0].upos == "ADP" and t.words[1].upos == "PRON"


def kana_lemma(w) -> bool:
    """Is the word's lemma «كان» or one of its sisters (words.tsv ``kana``)?"""
    return is_a(strip_conj(fold(w.lemma)), "kana")


BYLINE_MAX = 10  # tokens of a byline or dateline before its colon


def byline_end(tokens) -> Optional[int]:
    """The colon closing a byline or a dateline at a sentence's start («فهد العتيبي- سبق- الطائف: رفعت
    …»، «* كابل - «الشرق الأوسط»: قتل …»: a few words with no verb and no complementiser, then a
    colon), else None. An outlet's name the tagger reads as a verb («سبق»: preceded) is no verb."""
    k = next((i for i, t in enumerate(tokens[:BYLINE_MAX + 1]) if t.text == ":"), None)
    if not k or any(w.upos in ("VERB", "AUX") for t in tokens[:k] if not is_a(t.text.strip("".join(DASHES)), "outlet")
                 for w in t.words) \
            or any(is_complementiser(t) for t in tokens[:k]):
        return None
    return k


def letter_n(tokens, k: int) -> bool:
    """Is token ``k`` «إن» spelling the letter N inside initials («سي إن إن»، «(آي إن إي)»: words.tsv
    ``latin_letter``), not the complementiser: after an initial and before another letter, or the
    second N of «سي إن إن»? (Not «في أن»: «في» is also V, but nothing spelt follows; and a third
    «إن» is the complementiser: «وقالت شبكة سي إن إن إن الرئيس …».)"""
    if k == 0 or fold(tokens[k].text) != "ان":
        return False
    if k >= 2 and tokens[k - 1].text == "." and dotted_initial(tokens, k - 2) \
            and k + 1 < len(tokens) and tokens[k + 1].text == ".":
        return True  # «سي. إن. إن.»: the letters written with their dots
    nxt = fold(tokens[k + 1].text) if k + 1 < len(tokens) else ""
    if is_initial(tokens[k - 1].text):
        return is_initial(nxt) or nxt == "ان"
    return k > 1 and fold(tokens[k - 1].text) == "ان" and is_initial(tokens[k - 2].text) \
        and fold(tokens[k - 2].text) != "في"


def time_phrase_at(tokens, j: int, limit: int) -> int:
    """The number of tokens of a time of two or three words at ``j`` («أول من أمس»، «أول أمس»: words.tsv
    ``time_phrase``), else 0."""
    return next((n for n in (3, 2) if j + n <= limit
                 and is_a(" ".join(fold(t.text) for t in tokens[j:j + n]), "time_phrase")), 0)


TOLD_MAX = 6  # tokens of «ل» + the one told between a passive «قيل» and its colon or complementiser


def told_phrase_end(toks, k: int) -> Optional[int]:
    """«قيل لبشر الحافي -رحمه الله-: …»: a «ل» + noun phrase (the one told: no verb in it) right after
    a passive of saying, up to the colon or complementiser that opens what was said; its last index."""
    if k >= len(toks) or not (fold(toks[k].words[0].text) == "ل" and len(toks[k].words) > 1
                              or fold(toks[k].text).startswith("ل") and len(fold(toks[k].text)) > 2):
        return None  # (the tokenizer may leave the «ل» on: «لبشر»)
    for j in range(k + 1, min(len(toks), k + TOLD_MAX + 1)):
        if toks[j].text == ":" or is_complementiser(toks[j]):
            return j - 1
        if any(w.upos == "VERB" for w in toks[j].words) or is_sentence_end(toks[j].text):
            return None
    return None
