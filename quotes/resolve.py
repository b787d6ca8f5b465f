"""Resolve-speaker step: who the speaker really is.

A document-level memory of mentions (subjects of verbs outside reported
content, and resolved speakers) answers:

* pro-drop (وأضافت …): the most recent mention that agrees with the cue in
  gender and number;
* nominal (ولفتت الوزارة …): the most recent fuller mention with that head noun;
* name (وأشار بوتين …): the most recent fuller mention containing that name;
* relative (…، والذي قال …): the noun phrase the relative clause hangs on.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .doc import Doc, Sentence, Word
from .normalize import fold, strip_article
from .speaker import NAME_UPOS, SpeakerMatch, _is_stop
from .words import is_a


@dataclass
class Mention:
    name: str  # the fullest text known for this entity (original text)
    keys: list[str]  # folded tokens of the mention
    gender: Optional[str]
    number: Optional[str]
    is_name: bool
    sentence: int
    span: tuple[int, int] = (0, 0)  # prepared offsets of the mention itself


def _content_key(key: str) -> str:
    """A folded word without its article or a preposition fused to it:
    «لليمن»، «اليمن» → «يمن»; «بالوزارة» → «وزارة»."""
    if key.startswith("لل") and len(key) > 4:
        return key[2:]
    if key[:1] in "بولكف" and key[1:3] == "ال" and len(key) > 5:
        return key[3:]
    return _canon(strip_article(key))


def _canon(word: str) -> str:
    """One spelling for titles that name the same role («ناطق» = «متحدث»)."""
    return "متحدث" if is_a(word, "spokesperson") else word


def _plural_participle(s: str) -> bool:
    """«مؤكدين»: a participle's plural ending; a verb in «ين» is singular («وبين»)."""
    return s.startswith("م") and len(s) > 5 and s.endswith("ين")


def word_agreement(w: Word, surface: str) -> tuple[Optional[str], Optional[str]]:
    """Gender/number of a verb or participle: parser features, else its ending."""
    g, n = w.feat("Gender"), w.feat("Number")
    s = surface
    while len(s) > 3 and s[0] in "وف":
        s = s[1:]
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


def mention_agreement(head: Word) -> tuple[Optional[str], Optional[str]]:
    g, n = head.feat("Gender"), head.feat("Number")
    if g is None and head.upos not in NAME_UPOS:
        if head.text.endswith("ة"):
            g = "Fem"
    if head.upos in NAME_UPOS:
        n = n or "Sing"
    return g, n


def compatible(m: Mention, gender: Optional[str], number: Optional[str]) -> bool:
    if gender and m.gender and gender != m.gender:
        # broken plurals of things agree in the feminine singular
        if not (gender == "Fem" and number == "Sing" and m.number == "Plur"):
            return False
    if number and m.number and number != m.number:
        if not (number == "Sing" and m.number == "Plur" and gender == "Fem"):
            return False
    return True


@dataclass
class Memory:
    doc: Doc
    mentions: list[Mention] = field(default_factory=list)
    # (sentence index, cue token index) → the speaker of that cue's quote, and the cue's gender
    by_cue: dict[tuple[int, int], tuple[Mention, Optional[str]]] = field(default_factory=dict)

    def mention_from(self, sent: Sentence, sm: SpeakerMatch) -> Mention:
        toks = sm.tokens(sent)
        first = toks[0]
        conj = len(first.words) > 1 and first.words[0].upos == "CCONJ" and fold(first.words[0].text) in ("و", "ف")
        span = self.doc.span(first.start + (1 if conj else 0), toks[-1].end)  # «ومارادونا» → «مارادونا»
        g, n = mention_agreement(sm.head)
        keys = [fold(t.text) for t in toks]
        if conj:
            keys[0] = keys[0][1:]
        return Mention(span.text, keys, g, n,
                       any(w.upos in NAME_UPOS for t in toks for w in t.words), sent.index,
                       (toks[0].start, toks[-1].end))

    def add(self, m: Mention) -> None:
        self.mentions.append(m)

    def resolve_explicit(self, m: Mention) -> tuple[Mention, str]:
        """Map a short name or a definite description to its fullest earlier mention."""
        if len(m.keys) <= 2:
            if m.is_name:
                for prev in reversed(self.mentions):
                    if len(prev.keys) > len(m.keys) and all(k in prev.keys for k in m.keys if not is_a(k, "time")):
                        return self._merge(m, prev), "name"
            if m.keys[0].startswith("ال") and not m.is_name:
                wanted = [_canon(strip_article(k)) for k in m.keys]
                for prev in reversed(self.mentions):
                    have = [_canon(strip_article(k)) for k in prev.keys]
                    if len(prev.keys) <= len(m.keys):
                        continue
                    # «الوزارة» → «وزارة الدفاع …»; «الرئيس الروسي» only → «الرئيس الروسي فلاديمير بوتين»;
                    # «المفتي» → «الدكتور شوقي علام، مفتي مصر» (a named mention's title, anywhere)
                    if len(wanted) == 1:
                        if wanted[0] in have[:2] or (prev.is_name and wanted[0] in have):
                            return self._merge(m, prev), "nominal"
                    elif all(k in have for k in wanted):
                        return self._merge(m, prev), "nominal"
        elif not m.is_name and m.keys:
            # a longer description: «المبعوث الأممي لليمن» → «المبعوث الدولي إلى اليمن إسماعيل ولد
            # الشيخ أحمد»: the same head noun in a named mention, and most of its other words
            wanted = [_content_key(k) for k in m.keys if not is_a(k, "time")]
            for prev in reversed(self.mentions):
                if not prev.is_name or len(prev.keys) <= len(m.keys):
                    continue
                have = {_content_key(k) for k in prev.keys}
                rest = [k for k in wanted[1:] if len(k) > 1]
                if wanted and wanted[0] in have and 2 * sum(k in have for k in rest) >= len(rest):
                    return self._merge(m, prev), "nominal"
        return m, "explicit"

    def resolve_continuing(self, m: Mention) -> Optional[Mention]:
        """«وتابع مدرب برشلونة السابق …» right after «جيراردو مارتينو مدرب الأرجنتين»
        spoke: a cue that continues (تابع، أضاف) with a description headed by a common
        noun is the last source going on, when that source is named and has the same
        title (a place name inside the description, «برشلونة», does not make it a name)."""
        if not m.keys or not self.mentions:
            return None
        last = self.mentions[-1]
        head = _content_key(m.keys[0])
        if last.is_name and len(last.keys) > len(m.keys) and head in {_content_key(k) for k in last.keys} \
                and compatible(last, m.gender, m.number):
            return self._merge(m, last)
        return None

    def _merge(self, m: Mention, prev: Mention) -> Mention:
        return Mention(prev.name, prev.keys, prev.gender or m.gender, prev.number or m.number,
                       prev.is_name or m.is_name, m.sentence, m.span)

    def cue_speaker(self, sent: Sentence, cue_index: int, gender: Optional[str]) -> Optional[Mention]:
        """«وأكد الصباغ أن …، موضحاً أنها …»: a circumstantial participle says what the
        last one named said. When that is the speaker of a cue before it in the sentence
        whose verb agrees with the participle, the verbs' endings are enough; the
        speaker's own tags need not agree (a name like «رأفت» tagged as a plural). The
        parser's head for the participle is not used: it often skips the subject in
        between («وأكد كيري …، وهو ما أكده شكري، قائلاً»)."""
        if not self.mentions:
            return None
        last = self.mentions[-1].name
        for (s, k), (m, g) in self.by_cue.items():
            if s == sent.index and k < cue_index and m.name == last and (gender is None or g is None or g == gender):
                return m
        return None

    def resolve_prodrop(self, gender: Optional[str], number: Optional[str]) -> Optional[Mention]:
        for prev in reversed(self.mentions):
            if compatible(prev, gender, number):
                return prev
        if number == "Sing":
            # «أكدت قيادات ميدانية … وأوضح أن …»: with no singular source about, a plural
            # of sources (مصادر، قيادات) is also referred to in the singular (المصدر)
            for prev in reversed(self.mentions):
                if prev.number == "Plur" and prev.keys and is_a(strip_article(prev.keys[0]), "person_noun"):
                    return prev
        return None


def relative_antecedent(sent: Sentence, cue_word: Word, rel_token: int) -> Optional[SpeakerMatch]:
    """The noun phrase a relative clause (الذي قال) hangs on."""
    if cue_word.deprel.startswith("acl") and cue_word.head:
        h = sent.word(cue_word.head)
        if h.upos in ("NOUN", "PROPN", "X") and h.token < rel_token:
            return _np_before(sent, rel_token, h)
    return _np_before(sent, rel_token, None)


def _np_before(sent: Sentence, end: int, head: Optional[Word]) -> Optional[SpeakerMatch]:
    toks = sent.tokens
    k = end - 1
    while k >= 0 and (_is_stop(toks[k]) or is_a(toks[k].text, "time")):
        k -= 1
    last = k
    while k >= 0 and not _is_stop(toks[k]) and not (k < last and len(toks[k + 1].words) > 1
                                                    and toks[k + 1].words[0].upos == "CCONJ") and (
            all(w.upos in ("NOUN", "PROPN", "ADJ", "X", "DET", "NUM") for w in toks[k].words)
            or toks[k].words[-1].upos in NAME_UPOS  # a name the clitic splitter cut («ب+اشينيان»)
            or (len(toks[k].words) == 1 and k < last and any(w.upos in NAME_UPOS for w in toks[k + 1].words))):
        k -= 1
    first = k + 1
    if first > last:
        return None
    if head is None:
        head = next((w for t in toks[first:last + 1] for w in t.words if w.upos in ("NOUN", "PROPN", "X")),
                    toks[first].words[0])
    return SpeakerMatch(first, last, head, "relative")
