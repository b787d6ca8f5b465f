"""Arabic normalisation, done once and in one place.

Two uses:

* ``prepare(text)`` turns an input document into the text the parser sees
  (diacritics and tatweel removed, exotic spaces made plain, CRLF folded) and
  keeps an offset map so every span found in the parsed text maps back to the
  exact characters of the ORIGINAL input.
* ``fold(s)`` is the matching key used for lexicon look-ups and evaluation:
  undiacritised, alef/hamza-seat variants folded, alef maqsura to yaa,
  taa marbuta to haa.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass
from typing import Callable

# Arabic diacritics (harakat, tanwin, shadda, sukun, dagger alef, Quranic marks).
_DIACRITICS = "".join(
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
)
TATWEEL = "\u0640"
FATHATAN = "\u064b"  # the accusative's nunation («زيفاً»): written, no subject bears it after its verb
TANWEEN = (FATHATAN, "\u064c", "\u064d")  # nunation ً ٌ ٍ: written, only a noun or an adjective bears it
DAMMA = "\u064f"  # on a perfect's first letter the passive («أُعلن»، «ذُكر»): written, no agent
SHADDA = "\u0651"  # the doubling mark: written, it tells «بيّن» (explained) from «بين» (between)
_DROP = set(_DIACRITICS + TATWEEL + "\u200c\u200d\u200e\u200f\ufeff\u061c")
# Curly quotes are rare in the treebanks the parser learnt from; guillemets are
# common there. One character for one, so offsets are unchanged.
_QUOTES = {"“": "«", "”": "»", "„": "«",
           "″": "»"}  # a crawl writes the closing mark after a digit as a double prime: “غالاكسي نوت 5″
_SPACES = {"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
           "\u2002": " ", "\u2003": " ", "\u3000": " ", "\t": " ", "\u2028": "\n", "\u2029": "\n"}
_DIAC_RE = re.compile("[" + re.escape(_DIACRITICS + TATWEEL) + "]")

_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                       "ؤ": "و", "ئ": "ي"})


def strip_diacritics(s: str) -> str:
    """Remove harakat, shadda, sukun, dagger alef and tatweel."""
    return _DIAC_RE.sub("", s)


@lru_cache(maxsize=1 << 16)
def fold(s: str) -> str:
    """Matching key: no diacritics, alef/hamza/yaa/taa-marbuta variants folded.
    (Cached: the rules fold the same few thousand words again and again.)"""
    return strip_diacritics(s).translate(_FOLD)


CONJUNCTIONS = ("و", "ف")


def has_conj(s: str) -> bool:
    """Does the word begin with the conjunction و or ف (which may be its own first letter)?"""
    return s[:1] in CONJUNCTIONS


def strip_conj(s: str, longer_than: int = 3) -> str:
    """The word without a leading و/ف: «وقال» → «قال», «فأكد» → «أكد». Words of
    ``longer_than`` letters or fewer are kept whole («وقف», «فاز» are words, not و + …)."""
    return s[1:] if len(s) > longer_than and has_conj(s) else s


def strip_article(key: str) -> str:
    """A folded word without its article: «الوزارة» → «وزارة» (short words kept whole)."""
    return key[2:] if key.startswith("ال") and len(key) > 3 else key


def is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a" or "\u0671" <= ch <= "\u06d3" or ch in "\u06fa\u06fb\u06fc"


@dataclass
class Prepared:
    """Parser-ready text plus, for every one of its characters, the index of the
    character of the original text it came from (``offsets[len(text)]`` is
    ``len(original)``)."""

    original: str
    text: str
    offsets: list[int]

    @classmethod
    def identity(cls, text: str) -> "Prepared":
        """Text that is already as the parser saw it (gold CoNLL-U)."""
        return cls(text, text, list(range(len(text) + 1)))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the prepared text to the original text."""
        if end <= start:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1 + self._tail(end - 1)

    def _tail(self, i: int) -> int:
        # Characters dropped right after prepared char i (diacritics on the last
        # letter of a word) belong to the span in the original text.
        o = self.offsets[i] + 1
        nxt = self.offsets[i + 1]
        n = 0
        while o + n < nxt and self.original[o + n] in _DROP:
            n += 1
        return n


_MARKS = set('«»"')


def _needs_space(out: list[str], ch: str) -> bool:
    """Quote marks glued to a word, «!», «؟» and «؛» glued to the word before, «،» and «؛» glued
    to the word after, and a sentence stop glued to the next sentence («الصينية.ويهدف», not «بي.سي.سي»), are separated."""
    prev = out[-1]
    if (prev in _MARKS and ch.isalnum()) or (ch in _MARKS and prev.isalnum()):
        return True
    if ch == "(" and is_arabic_letter(prev):
        return True  # «لـ(إيه.بي.سي)»: the bracket opens a name of its own
    if ch in "!؟؛" and is_arabic_letter(prev):
        return True  # «تزوجهن الأب! وقال»، «في كل أمورها؛ وبين»: the tokenizer, which saw few, keeps them on the word
    if prev in "،؛" and is_arabic_letter(ch):
        return True  # «الكهرباء،لافتاً إلى أن»: read as one punctuation token
    if prev in ".؟!" and is_arabic_letter(ch):
        before = out[-2] if len(out) > 1 else ""
        if before in _MARKS or before == ")" or before == " ":
            return True  # («… بلغت ألفاً .وقال مدير …»: a crawl's stop, its space before it, none after)
        word = 0
        for c in reversed(out[:-1]):
            if not is_arabic_letter(c):
                break
            word += 1
        return word >= 3
    return False


ASIDE_REACH = 100  # characters from an aside's opening dash to its closing one
ASIDE_STOPS = "\n.،؛:-–"  # what an aside never runs over: a line or clause end, another dash
AFTER_ASIDE = r"(?![^\s:،.؛,])"  # what may follow a closing dash: a space, the end, a clause's punctuation
_ASIDE = re.compile(r"(?<!\S)[-–](?=[\u0621-\u064a])[^%s]{1,%d}?[\u0621-\u064a][-–]%s"
                    % (re.escape(ASIDE_STOPS), ASIDE_REACH, AFTER_ASIDE))


_TATWEEL_DASH = re.compile(r"(?<!\S)\u0640+(?!\S)|(?<=[اأإآدذرزوؤةى])\u0640+(?=\s)")


def _tatweel_dashes(text: str) -> set[int]:
    """A run of tatweel standing alone between spaces is a dash («الملك عبد العزيز ــ رحمه الله ــ
    أمر …»، «… هدفاً عالياً ــ بحسب مجلس المستشارين …»; 2,175 in the corpus, every one a dash or a
    list bullet): the first of the run is read as «-», which the parser knows, not dropped with
    the tatweel that stretches words. So is a run glued to the end of a word whose last letter joins
    no letter after it («… على نسخة منهاـ فإن …»: nothing to stretch), split from it by a space."""
    return {m.start() for m in _TATWEEL_DASH.finditer(text)}


def _aside_dashes(text: str) -> set[int]:
    """Dashes that open an aside glued to its first word and closed by a dash glued to its
    last («دول الخليج -التي يعتبرونها هامشية- من …»): the tokenizer reads «-التي» as one
    word. The closing dash may touch the clause's punctuation («الثنيان -رئيس لجنة … شقراء-: "…"»،
    «الملك عبدالله -رحمه الله-، فكان»). Not a dash inside a name («كيم يونج –نام،»: nothing closes it)."""
    return {m.start() for m in _ASIDE.finditer(text)}


_GLUED_DASH = re.compile(r"(?<=[\u0621-\u064a])[-–]" + AFTER_ASIDE)


def _closing_dashes(text: str) -> set[int]:
    """Dashes glued to the end of a word, a space or a clause's punctuation after them, that close an aside — another dash
    before them in the same clause, with a space on one side at least (no compound's hyphen:
    «الأمريكية-الإيرانية») — and the opening one if it is glued the same way: «دول الخليج -التي
    يعتبرونها هامشية- من …»، «مثمن عقاري- فضل عدم ذكر اسمه- أن …»، «كان- رحمه الله- متميزاً».
    The tokenizer keeps them on the word («اسمه-» read as a name), so the aside is no aside to
    the rules. A lone dash after a word is left alone: it joins two titles or a title and its holder
    («وفقا للعضو المنتدب- الرئيس التنفيذي …»، «أحد الزبائن من الشباب- سلطان البلوي»)."""
    glued = {m.start() for m in _GLUED_DASH.finditer(text)}
    out: set[int] = set()
    for i in sorted(glued):
        j = i - 1
        while j >= 0 and i - j <= ASIDE_REACH and text[j] not in ASIDE_STOPS:
            j -= 1
        if j < 0 or i - j > ASIDE_REACH or text[j] not in "-–":
            continue
        free = (j == 0 or text[j - 1].isspace()) or (j + 1 == len(text) or text[j + 1].isspace())
        if free:
            out.add(i)
            if j in glued:
                out.add(j)
    return out


_ACRONYM = re.compile(r"(?<![\w.])(?:[\u0621-\u064a\u0640]{1,3}\.){2,}[\u0621-\u064a\u0640]{1,3}(?![\w])")


def _acronym_dots(text: str) -> set[int]:
    """Dots inside a dotted acronym («إيه.بي.سي»، «سي.إن.إن»): the tokenizer
    takes each for a sentence end, so the parser gets the letters alone."""
    return {m.start() + k for m in _ACRONYM.finditer(text) for k, c in enumerate(m.group()) if c == "."}


def _paragraph_spaces(text: str) -> set[int]:
    """«… للمتحرشين \xa0 وقال "الشليل": …»: a no-break space with a space on either side is where a
    crawl lost a paragraph break (it stands between paragraphs, and after a question in a list of
    them); the line break it stands for ends a sentence that has no stop."""
    return {m.start(1) for m in re.finditer(r"(?<= )(\u00a0+)(?= )", text)}


def _opens_after_tatweel(original: str, i: int) -> bool:
    """«بـ»فنون الباحة»»، «لـ»الجزيرة»»: a crawl that mirrors the marks writes the opening one as a
    closing «»» after the tatweel that joins it to its «بـ»/«لـ» (195 of the corpus's 206 «ـ»» open a
    name closed by a «»» further on, the others stand before a space): followed by a letter, it opens."""
    return i > 0 and original[i - 1] == TATWEEL and i + 1 < len(original) and original[i + 1].isalnum()


def _mirrored_quote(original: str, i: int) -> str:
    """«وقال باسم الضامن ”شاهد عيان“ ان …»: a page that mirrors curly quotes writes «”» to open (a
    space before it, a word glued after) and «“» to close (a word glued before, a space or a stop
    after); read by which side the word is on. Else ""."""
    ch = original[i]
    if ch not in "“”":
        return ""
    before = original[i - 1] if i > 0 else " "
    after = original[i + 1] if i + 1 < len(original) else " "
    if ch == "”" and before.isspace() and after.isalnum():
        return "«"
    if ch == "“" and before.isalnum() and (after.isspace() or after in ".,،:؛!؟"):
        return "»"
    return ""


def _presentation_form(ch: str) -> str:
    """The letters an Arabic presentation form stands for («ﺍﻟﻤﻘﺎﻭﻣﺔ» → «المقاومة»; the ligature «ﻻ» →
    «لا», «ﷲ» → «الله»), without the diacritics of its isolated and medial harakat forms: text copied
    from a PDF or an old page writes a paragraph so, and the tokenizer and the cue lexicon know none of
    it. Any other character is returned as it is."""
    if not ("\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufefe"):
        return ch
    return "".join(c for c in unicodedata.normalize("NFKC", ch) if c not in _DROP and not c.isspace())


def prepare(original: str) -> Prepared:
    """Normalise ``original`` for parsing, keeping an exact offset map."""
    out: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(original)
    drop = _acronym_dots(original) if "." in original else set()
    dashed = "-" in original or "–" in original
    asides = _aside_dashes(original) if dashed else set()
    closing = _closing_dashes(original) if dashed else set()
    dashes = _tatweel_dashes(original) if TATWEEL in original else set()
    breaks = _paragraph_spaces(original) if "\u00a0" in original else set()
    while i < n:
        ch = original[i]
        if i in dashes:
            if out and not out[-1].isspace():
                out.append(" ")  # (the space maps to the dash, like those put around quote marks)
                offsets.append(i)
            out.append("-")
            offsets.append(i)
            i += 1
            continue
        if ch in _DROP or i in drop:
            i += 1
            continue
        if ch == "\r":
            if i + 1 < n and original[i + 1] == "\n":
                i += 1  # CRLF -> the LF stands for both
                ch = "\n"
                out.append(ch)
                offsets.append(i)
                i += 1
                continue
            ch = "\n"
        ch = "\n" if i in breaks else _SPACES.get(ch, ch)
        ch = _mirrored_quote(original, i) or _QUOTES.get(ch, ch)
        if ch == "»" and _opens_after_tatweel(original, i):
            ch = "«"
        for ch in _presentation_form(ch):  # (one character, or the letters of a ligature, each mapped to it)
            if out and (_needs_space(out, ch) or i - 1 in asides and is_arabic_letter(ch)
                        or i in closing and is_arabic_letter(out[-1])):
                # «ندعو → « ندعو: a quote mark glued to a word is split off for the
                # tokenizer; the inserted space maps to the next original character
                out.append(" ")
                offsets.append(i)
            out.append(ch)
            offsets.append(i)
        i += 1
    offsets.append(n)
    return Prepared(original, "".join(out), offsets)


_ARABIC_RUN = re.compile(r"[\u0621-\u064a]+")
GLUED_MIN = 4  # letters of the word a cue is glued to


def split_glued_cues(prepared: Prepared, known: Callable[[str], bool], is_cue: Callable[[str], bool]) -> Prepared:
    """«… وبطاقة الأحوالوقال والد الطالب: …»: crawled pages glue a paragraph to the one
    before. A word the vocabulary does not know that is a known word of at least four
    letters followed by a cue form with its «و» («وقال»، «وأضافت») gets a space before
    the «و»; the space maps to the «و» of the original, like the spaces put around quote
    marks. Where the join is not that clear, the text is left as it is."""
    cuts = []
    for m in _ARABIC_RUN.finditer(prepared.text):
        w = m.group()
        if len(w) < GLUED_MIN + 4 or known(w):
            continue
        for k in range(GLUED_MIN, len(w) - 3):
            left, right = w[:k], w[k:]
            if right[0] == "و" and is_cue(right) and known(left):
                cuts.append(m.start() + k)
                break
    if not cuts:
        return prepared
    text, offsets, last = [], [], 0
    for c in cuts:
        text.append(prepared.text[last:c] + " ")
        offsets += prepared.offsets[last:c] + [prepared.offsets[c]]
        last = c
    text.append(prepared.text[last:])
    offsets += prepared.offsets[last:]
    return Prepared(prepared.original, "".join(text), offsets)
