"""Find-content step: what a cue reports.

Evidence, strongest first, combined so one wrong arc does not lose a quote:

* a quoted span «…» “…” "…" after the cue (optionally after a colon) or
  before it (‹"…"، قال X›) — direct;
* a complementiser (أن، إن، بأن، إلى أن، على أن …) after the cue's subject and
  circumstantial phrases — indirect, or mixed/direct by its quote marks; the
  tree confirms it when the clause hangs on the cue;
* a colon after the cue with unmarked speech after it — direct.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from .cues import CueMatch, bare_nominal, makes_known, describes_noun, indefinite_subject_before
from .doc import Doc, Sentence, Token, Word
from .lexicon import active_lexicon
from .normalize import SHADDA, TANWEEN, fold, has_conj, strip_conj
from .speaker import QUOTE_CLOSE, QUOTE_OPEN, TOPIC_REACH, name_particle_at, quoted_addressee, quoted_name_end
from .words import (DASHES, NAME_UPOS, heads_class, is_a, is_a_after_conj, is_a_pair, is_abbreviation_dot, is_according, is_comma, is_complementiser,
                    opens_relative_clause,
                    is_preposition_with_pronoun,
                    is_plural_nisba, is_sentence_end, is_speech_event, is_stop, is_title_noun, names_norm, only_openers,
                    letter_n, separates_clauses, spelt_as, split_preposition_pronoun, token_is_a, withholds_name)

if TYPE_CHECKING:
    from .normalize import Prepared
    from .speaker import SpeakerMatch

OPEN_CLOSE = {"«": "»", "“": "”", "„": "“", "‹": "›"}
STRAIGHT = '"'
PROCLITICS = "وفبلك"  # letters glued before a word (and before a quote mark in front of it)
MAX_GAP = 30
CLAUSAL = {"ccomp", "csubj", "xcomp", "advcl", "obl", "obj", "parataxis", "nmod", "acl", "dep"}


@dataclass
class QuoteMark:
    """A balanced quoted span in the prepared text: [open, close] are the mark positions."""

    open: int
    close: int

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close


@dataclass
class ContentMatch:
    start: int  # prepared-text offsets, end exclusive
    end: int
    type: str  # direct | indirect | mixed
    evidence: list[str]


@dataclass
class Report:
    """A cue and what it reports; ``source`` is set for according-to phrases, whose
    source the phrase itself names («بحسب البيان»)."""

    cue: CueMatch
    content: ContentMatch
    source: Optional["SpeakerMatch"] = None
    credit: Optional["SpeakerMatch"] = None  # a medium credited before it («وبحسب وكالة "رويترز" قال …»): its outlet


def find_reports(doc: Doc, sent: Sentence, cues: list[CueMatch], marks: list[QuoteMark],
                 covered: list[tuple[int, int]]) -> list[Report]:
    """The content of each cue of a sentence that reports one. ``covered``: content
    already reported (prepared offsets); what is found here is added to it."""
    cues_at = {c.index for c in cues}
    participle_at = {c.index for c in cues if c.participle}
    found: list[Report] = []
    for k, c in enumerate(cues):
        prev = cues[k - 1] if k else None
        if c.participle and prev is not None and prev.index == c.index - 1 and not prev.participle:
            continue  # «وتابع قائلاً إن …»: the participle belongs to the verb before it
        content = find_content(doc, sent, c, marks, cues_at, participle_at)
        if content is None and not c.participle and k + 1 < len(cues) and cues[k + 1].participle \
                and cues[k + 1].index == c.index + 1:
            content = find_content(doc, sent, cues[k + 1], marks, cues_at - {cues[k + 1].index},
                                   participle_at)
        if content is None:
            continue
        if c.agentless and any(content.start <= o.token.start < content.end and not o.participle and not o.agentless
                               and find_content(doc, sent, o, marks, cues_at, participle_at) is not None for o in cues):
            continue  # «يذكر أن مصدراً في النادي كشف أن …»: the report inside is the one with a source
        if in_ranges(content.start, covered) or in_ranges(c.token.start, [(x.content.start, x.content.end) for x in found]):
            continue
        found.append(Report(c, content))
        covered.append((content.start, content.end))
    return found


def in_ranges(pos: int, ranges: list[tuple[int, int]]) -> bool:
    """Does offset ``pos`` fall inside one of the [start, end) ranges (content already reported)?"""
    return any(s <= pos < e for s, e in ranges)


def find_quote_marks(text: str, prepared: Optional["Prepared"] = None) -> list[QuoteMark]:
    """Balanced quote spans. Guillemets and curly quotes pair by nesting (not around a long quote
    on a later line: ``_long_inner``); straight quotes pair within a paragraph. Where a paragraph's straight marks balance, a mark
    with a word glued after it opens a quote inside the open one («"وصلنا صباحاً "لاستلام
    الجثة" لكن …"»: the inner pair does not end the quote); where they do not, they pair
    in turn. Unbalanced marks are ignored. ``prepared``: the text's normalisation, whose
    original shows which side of a mark a word was glued to (normalisation spaces marks off)."""
    marks: list[QuoteMark] = []
    stack: list[tuple[str, int]] = []
    line: list[int] = []  # straight marks of the current line
    left_open: Optional[int] = None  # a straight mark that opened a quote on an earlier line
    for i, ch in enumerate(text):
        if ch == "\n":
            pairs, left_open = _pair_line(text, line, left_open, prepared)
            marks += pairs
            line = []
        if ch == "\n" and i + 1 < len(text) and text[i + 1] == "\n":
            left_open = None
            stack.clear()
        if ch in OPEN_CLOSE and not (ch == "“" and stack and stack[-1][0] == "„"):
            stack.append((ch, i))
        elif stack and ch == OPEN_CLOSE[stack[-1][0]]:
            _, o = stack.pop()
            marks.append(QuoteMark(o, i))
            if stack and _long_inner(text, o, i):
                stack = [(c, x) for c, x in stack if "\n" not in text[x:o]]
        elif ch == STRAIGHT:
            line.append(i)
    marks += _pair_line(text, line, left_open, prepared)[0]
    return sorted(marks, key=lambda m: m.open)


def _long_inner(text: str, o: int, c: int) -> bool:
    """Is the pair (o, c), closing inside another quote, too long to be a quote inside a quote
    (``MAX_INNER_WORDS``, or a sentence's end)? Then the outer mark lost its closing mark: for
    guillemets, one open on an earlier line («قال الأسمري: «لا تأخذ وقتا طويلا …» has none, and the
    next paragraph's «وأضاف: «يجب على المراجع …»» is a quote of its own); for straight marks, the
    line's marks pair in turn (``_pair_straight``)."""
    inner = text[o + 1:c]
    return len(inner.split()) > MAX_INNER_WORDS or any(is_sentence_end(ch) for ch in inner)


def _pair_line(text: str, at: list[int], left_open: Optional[int],
               prepared: Optional["Prepared"]) -> tuple[list[QuoteMark], Optional[int]]:
    """The straight marks of one line (crawls break paragraphs with one newline). Balanced,
    they pair on the line. One too many: a first mark that closes («… آخر"») ends the quote an
    earlier line left open; else the last one opens a quote the line does not close
    («وقال: "الفريق سيزداد قوة …» to the line's end), which a later line may close. Returns
    the pairs and the mark still open."""
    if len(at) % 2 == 0:
        return _pair_straight(text, at, prepared), left_open
    if left_open is not None and not _opens(text, at[0], prepared):
        return [QuoteMark(left_open, at[0])] + _pair_straight(text, at[1:], prepared), None
    return _pair_straight(text, at[:-1], prepared), at[-1] if _opens(text, at[-1], prepared) else None


MAX_INNER_WORDS = 8  # a quote inside a quote is a name or a phrase («"لاستلام الجثة"»، «"أوفيد"»)


def _pair_straight(text: str, at: list[int], prepared: Optional["Prepared"]) -> list[QuoteMark]:
    if len(at) % 2:
        return _in_turn(at)
    pairs, open_ = [], []
    for i in at:
        if not open_ or (len(open_) == 1 and _opens(text, i, prepared)):
            open_.append(i)
            continue
        o = open_.pop()
        if open_ and _long_inner(text, o, i):
            return _in_turn(at)  # a long «inner» quote is two quotes whose first lost its closing mark
        pairs.append(QuoteMark(o, i))
    return _in_turn(at) if open_ else pairs  # left open: the sides misled


def _in_turn(at: list[int]) -> list[QuoteMark]:
    """Straight marks paired first with second, third with fourth … (an odd last one ignored)."""
    return [QuoteMark(at[k], at[k + 1]) for k in range(0, len(at) - 1, 2)]


def _opens(text: str, i: int, prepared: Optional["Prepared"] = None) -> bool:
    """A straight mark with a space before it and a word right after it opens a quote."""
    if prepared is not None:
        text, i = prepared.original, prepared.to_original(i, i + 1)[0]
    j = i - 1
    if j >= 0 and text[j] == "ـ":  # «لـ"الاقتصادية"»
        j -= 1
    if j >= 0 and text[j] in PROCLITICS and (j == 0 or text[j - 1].isspace()):
        j -= 1  # «و"حزب الله"»، «ب"داعش"»: a clitic glued before the quote
    before = text[j] if j >= 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isspace() and after.isalnum()


def _is_open_mark(ch: str) -> bool:
    return ch in OPEN_CLOSE or ch == STRAIGHT


def _gap_ok(doc: Doc, sent: Sentence, start: int, stop: int, cues_at: set[int]) -> bool:
    """May tokens (start, stop) stand between a cue and its content?"""
    toks = sent.tokens
    aside = _circumstantial_aside(toks, start, stop)
    if stop - start - 1 - (min(aside[1], stop) - aside[0] if aside else 0) > MAX_GAP:
        return False
    prev_rel = False
    depth = 0  # inside ( … ): a parenthesis is transparent
    dashed = False  # inside - … -
    prev_name = False
    name_end = -1  # inside a short quoted name: «قالت شركة الطيران «سيفاكس إيرلاينز» إنها»
    # «وقال لـ«الشرق الأوسط» فضل البوعنين إن …»: right after the outlet told, the speaker's
    # name stands; a «verb» there («فضل») is a name the tagger misread
    told = quoted_addressee(toks, start + 1, stop)
    in_relative = False
    for tok in toks[start + 1:stop]:
        if aside and aside[0] <= tok.index < aside[1]:
            continue
        if tok.index <= name_end:
            continue
        if tok.text in QUOTE_OPEN and (name_end := quoted_name_end(toks, tok.index, len(toks))):
            prev_name = prev_rel = False
            continue
        abbrev = is_abbreviation_dot(sent.tokens, tok.index)
        # «… جواد ؛ أن "…"»: a semicolon right before «أن» is a comma (no sentence opens with «أنّ»);
        # so is one before a time phrase or a title in apposition and «إن» («قال … ميتش مكونيل؛ أمس
        # الثلاثاء، إن …»، «وقال هاني الطرابلسي؛ الوكيل الملاحي …، إن …»)
        loose = is_a(tok.text, "semicolon") and _semicolon_as_comma(toks, tok.index)
        if is_sentence_end(tok.text) and not abbrev and not loose:
            return False
        if tok.index in cues_at:
            return False
        if is_comma(toks[tok.index - 1].text) and _circumstantial_participle(tok) \
                and _governs_next_clause(toks, tok.index):
            return False  # «وعبر سموه عن عزائه …، سائلا الله أن …»: the participle's own clause (not
            #               «…، متوجها إلى مصر، إن …»: an aside closed by its comma)
        depth += (tok.text == "(") - (tok.text == ")")
        if depth < 0 and tok.index + 1 < stop:
            return False  # a cue inside a parenthesis reaches out only to the clause right after it: «(كما
            #               أوضح الهزاع في حينه) أن العقد …», not «(كما يقولون) وبدون دعم شرفي … أن يكتسح …»
        if tok.text in DASHES:  # «وقال بضعة دبلوماسيين - تحدثوا شريطة عدم الكشف عن هويتهم - إنه»
            dashed = not dashed  # an aside between dashes is transparent, like a parenthesis
            continue
        if dashed:
            prev_name = prev_rel = False
            continue
        according = is_according(tok.text)
        if prev_rel and any(w.upos == "VERB" for w in tok.words) and is_a(toks[tok.index - 1].text, "subordinator") \
                and _governs_next_clause(toks, tok.index):
            return False  # «…، حيث يتاح للمتضرر أن …»، «حيث سبق أن …»: the subordinate verb's own clause
        who = is_a(tok.text, "subject_aside") and _on_named_subject(toks, start, tok.index)  # «ويعمل في …»
        if any(w.upos == "VERB" and not w.deprel.startswith("nsubj") for w in tok.words) and not prev_rel \
                and not in_relative and not who \
                and not (told and tok.index == told + 1 and len(tok.words) == 1) \
                and not is_plural_nisba(tok.text) \
                and not is_a(tok.text, "time") and depth <= 0 and not prev_name and not according \
                and not _indefinite_relative(sent, tok) and not _closed_relative(sent, tok) \
                and not _relative_on_statement(toks, start, tok.index) \
                and not is_speech_event(tok.text) and not _tanween(tok) \
                and not spelt_as(tok.text, "named_passive") and not is_a(tok.text, "name_suffix") \
                and not _given_name_as_verb(toks, tok.index) \
                and not withholds_name(toks, tok.index) \
                and indefinite_subject_before(sent.tokens, tok.index) != start:  # «قال مسؤول يتابع الملف إن»
            # (a «verb» the tree makes a subject is a noun misread: «شاهد عيان»; «رافضاً كشف هويته»
            # withholds a name, an aside)
            return False
        # a name misread as a verb («جان بول فيفريه» → و+يفري+ه) follows other name words
        # («محمد رضا نعمت زاده»: «زاد+ه», a family name's last word, words.tsv ``name_suffix``)
        prev_name = any(w.upos in NAME_UPOS for w in tok.words) or abbrev or is_a(tok.text, "honorific") \
            or is_a(tok.text, "name_suffix") or name_particle_at(toks, tok.index, len(toks))
        prev_rel = token_is_a(tok, "relative") \
            or is_a(tok.text, "subordinator") or according
        # «واضاف سامح الذي كان يحرص على مشاهدة مباريات فريقه …: "…"»: a relative clause on the
        # subject, its verbs included, runs up to a comma or the content
        # (so does «وهو …» on it: «وقال شايي أفييور وهو شاهد عيان استضافته القناة الثانية "…"», words.tsv
        # ``subject_aside``)
        in_relative = (in_relative or who or (opens_relative_clause(tok) and _on_named_subject(toks, start, tok.index))) \
            and not is_comma(tok.text)
    return True


def _given_name_as_verb(toks, k: int) -> bool:
    """«أكدت مصممة الأزياء | سحر رضوان لـ"عين اليوم" أن …»: one bare word read as a verb between a
    common noun (the title) and a name word is a given name («سحر»، «وصل»)."""
    t = toks[k]
    return 0 < k < len(toks) - 1 and len(t.words) == 1 and t.words[0].upos == "VERB" \
        and len(toks[k - 1].words) == 1 and toks[k - 1].words[0].upos == "NOUN" \
        and len(toks[k + 1].words) == 1 and toks[k + 1].words[0].upos in NAME_UPOS


SUBJECT_REACH = 6  # tokens from a cue to a relative pronoun on its named subject


def _on_named_subject(toks, cue: int, rel: int) -> bool:
    """Does the relative pronoun at ``rel`` follow, a comma aside, a name or a title close after
    the cue («واضاف سامح الذي …»، «قالت يوانا تساليكي، التي …»)?"""
    k = rel - 1
    if k > cue and is_comma(toks[k].text):
        k -= 1
    if is_a(toks[rel].text, "subject_aside"):
        k = _before_origin(toks, cue, k)  # «يقول بسام من الجنسية اليمنية ويعمل في …: …»
        if _named_subject_between(toks, cue, k + 1):
            return True  # («يقول شمس الدين | من الهند ويعمل …»: a name the tagger reads as common nouns)
    return cue < k and rel - cue <= SUBJECT_REACH and (
        any(w.upos in NAME_UPOS for w in toks[k].words) or is_title_noun(toks[k].text)
        or (k == cue + 1 and len(toks[k].words) == 1 and not fold(toks[k].text).startswith("ال")))
    # («واضاف سامح الذي …»: one bare word right after the cue, then «الذي», is a name whatever its tag:
    # a definite relative takes no indefinite noun)


ORIGIN_MAX = 2  # nominal words after «من» in where a speaker is from («من الجنسية اليمنية»)


def _before_origin(toks, cue: int, k: int) -> int:
    """The token before «من» + one or two nominal words ending at ``k`` (where the one named is from:
    «بسام | من الجنسية اليمنية»، «شمس الدين | من الهند»), else ``k``."""
    for n in range(1, ORIGIN_MAX + 1):
        m = k - n
        if m - 1 <= cue or fold(toks[m].text) != "من":
            continue
        if all(len(t.words) == 1 and t.words[0].upos in ("NOUN", "PROPN", "ADJ", "X") for t in toks[m + 1:k + 1]):
            return m - 1
    return k


def _tanween(tok: Token) -> bool:
    """Does the token carry nunation in the original text («بلهجة تحدٍّ»)? Only a noun or an
    adjective does: a «verb» with it is the tagger's mistake."""
    return any(m in tok.written for m in TANWEEN)


ASIDE_MAX = 50  # tokens of a circumstantial phrase between commas before the complementiser


def _governs_next_clause(toks, k: int) -> bool:
    """Does a complementiser come after the word at ``k`` before any comma or sentence end (so
    the clause is that word's: «، سائلا الله أن …»), not after an aside closed by a comma
    («، متوجها إلى مصر، إن …»)?"""
    for t in toks[k + 1:]:
        if is_complementiser(t):
            return True
        if is_comma(t.text) or is_stop(t):
            return False
    return False


def _circumstantial_aside(toks, start: int, stop: int) -> Optional[tuple[int, int]]:
    """«وأوضح ميدفيديف، خلال اجتماع حكومي عقد لمناقشة …، أن …»: a circumstantial phrase
    between two commas, right before the complementiser, is transparent whatever it holds
    (verbs of its own relative clauses, any length). «وقال مسؤول إسرائيلي رفيع المستوى، اشترط عدم
    الكشف عن هويته، أول من أمس، إن …»، «قال ضابط …، فضل عدم الكشف عن اسمه، لـ«الشرق الأوسط»: …»:
    the source's wish to stay unnamed (a verb of words.tsv ``anonymity`` + «عدم») is an aside too,
    whatever follows it (the rest of the gap is checked as usual). Its token range [first, last)."""
    bare = next((b for k in range(start + 1, stop) if (b := _unnamed_bare(toks, k)) is not None), None)
    if bare is not None:
        return bare
    for k in range(start + 1, stop - 1):
        unnamed = k + 3 < len(toks) and is_comma(toks[k].text) and is_a(toks[k + 1].text, "anonymity") \
            and "عدم" in (fold(toks[k + 2].text), fold(toks[k + 3].text) if is_a(toks[k + 2].text, "adverb") else "")
        if not unnamed and not (is_comma(toks[k].text) and is_a(toks[k + 1].text, "circumstantial_prep")):
            continue
        for e in range(k + 2, min(len(toks) - 1, k + 2 + ASIDE_MAX)):
            if is_sentence_end(toks[e].text):
                return None
            if is_comma(toks[e].text):
                return (k, e + 1) if unnamed or is_complementiser(toks[e + 1]) else None
        return None
    return None


UNNAMED_MAX = 4  # tokens from «عدم» to the name or identity withheld («عدم الكشف عن هويته»)


def _unnamed_bare(toks, k: int) -> Optional[tuple[int, int]]:
    """«وقال مسؤول في وزارة الخارجية الأميركية | فضل عدم الكشف عن هويته | "نتخذ …"»: with no commas, the
    source's wish to stay unnamed runs from the verb (words.tsv ``anonymity``) and «عدم» to the name or
    identity it withholds (``identity``); an aside all the same. Its token range [first, last), else None."""
    if not (is_a(toks[k].text, "anonymity") and k + 1 < len(toks) and fold(toks[k + 1].text) == "عدم"):
        return None
    # (not bounded by the gap's end: the walk to the content meets the aside's first words first)
    for e in range(k + 2, min(len(toks), k + 2 + UNNAMED_MAX)):
        if is_a(toks[e].text, "identity"):
            return (k, e + 1)
    return None


MODAL_REACH = 5  # tokens before a relative pronoun in which its clause's modal («ينبغي على») comes


def _modal_outside_relative(sent: Sentence, cue_index: int) -> bool:
    """Is the cue in a relative clause («الذي أعلن») on a noun that a word taking a
    complementiser governs («ينبغي على المدير الذي أعلن …، أن …»)? The أن after the
    relative clause is then that word's, not the cue's."""
    toks = sent.tokens
    if cue_index == 0 or not token_is_a(toks[cue_index - 1], "relative"):
        return False
    for t in reversed(toks[max(0, cue_index - 1 - MODAL_REACH):cue_index - 1]):
        if is_comma(t.text) or is_sentence_end(t.text):
            return False
        if is_a_after_conj(t.text, "noun_before_complementiser"):
            return True
    return False


def _indefinite_relative(sent: Sentence, tok: Token) -> bool:
    """«في بيان أصدرته أمس»، «في كلمة ألقاها»، «في تصريحات أدلى بها»: a verb right after
    an indefinite noun, with a pronoun that points back to it (on the verb or on the
    preposition after it), is a relative clause on that noun, not a new clause."""
    if tok.index == 0:
        return False
    k = tok.index - 1
    prev = sent.tokens[k]
    adjective = k > 0 and len(prev.words) == 1 and prev.words[0].upos == "ADJ" and not fold(prev.text).startswith("ال")
    if adjective:
        k -= 1  # «في أول مؤتمر صحافي | يعقده منذ …»: the noun's indefinite adjective between (then only
        prev = sent.tokens[k]  # with the pronoun that points back or a statement's noun: «صور لعربات أمريكية |
        #                        دمرت في …» goes on)
    if len(prev.words) != 1 and not (len(prev.words) == 2 and prev.words[0].upos == "ADP"):
        return False
    noun = prev.words[-1]
    if noun.upos != "NOUN" or fold(noun.text).startswith("ال") or noun.deprel in ("nsubj", "root"):
        return False
    if len(tok.words) > 1 and tok.words[-1].upos == "PRON":
        return True
    nxt = sent.tokens[tok.index + 1] if tok.index + 1 < len(sent.tokens) else None
    if nxt is not None and split_preposition_pronoun(nxt):
        return True
    # «في تصريحات أذيعت اليوم»، «في مؤتمر عقد أمس»: a verb with no pronoun after the noun of a
    # preposition says what happened to it (its subject is the noun), not what was said
    before = sent.tokens[k - 1] if k > 0 else None
    governed = len(prev.words) == 2 or (before is not None and len(before.words) == 1 and before.words[0].upos == "ADP")
    # (past an adjective, only a statement's noun: «في بيان صحافي | زودت "الرياض" بنسخة منه بأنه …»)
    return governed and (not adjective or is_speech_event(noun.text)) and len(tok.words) == 1 \
        and tok.words[0].upos == "VERB" and tok.words[0].feat("Aspect") == "Perf"


STATEMENT_RELATIVE_REACH = 8  # tokens from a relative clause's verb to the pronoun on its statement


def _relative_on_statement(toks, cue: int, k: int) -> bool:
    """«وقال بيان لوزارة الداخلية | تلقت «الشرق الأوسط» نسخة منه | إن …»، «وقال بيان للوزارة نشرته على
    موقعها إن …»: when the cue's subject is an indefinite statement (بيان، تقرير، رسالة), a verb after
    it whose pronoun points back to it — on the verb, or on a preposition before the clause — is a
    relative clause on the statement, however long its genitive or preposition."""
    subject = toks[cue + 1] if cue + 1 < k else None
    if subject is None or len(subject.words) != 1 or not is_a(fold(subject.text), "speech_event") \
            or fold(subject.text).startswith("ال"):
        return False
    t = toks[k]
    verb = next((w for w in t.words if w.upos == "VERB"), None)
    if verb is None or verb.feat("Aspect") != "Perf":
        return False
    if len(t.words) > 1 and t.words[-1].upos == "PRON":
        return True
    for u in toks[k + 1:k + 1 + STATEMENT_RELATIVE_REACH]:
        if is_complementiser(u) or (is_stop(u) and u.text not in QUOTE_OPEN and u.text not in QUOTE_CLOSE) \
                or any(w.upos == "VERB" for w in u.words):
            return False
        if split_preposition_pronoun(u):
            return True
    return False


RELATIVE_MAX = 8  # tokens of a relative clause closed by a comma before the complementiser


def _closed_relative(sent: Sentence, tok: Token) -> bool:
    """«وقال اوباما … خلال استقباله … ومنظمات غير حكومية تعمل في افريقيا، ان "…"»: a verb right
    after an indefinite noun phrase opens a relative clause on it (Arabic needs no relative
    pronoun there) when a comma closes the clause right before a complementiser."""
    toks = sent.tokens
    prev = toks[tok.index - 1] if tok.index else None
    if prev is None or len(prev.words) != 1 or prev.words[0].upos not in ("NOUN", "ADJ") \
            or fold(prev.text).startswith("ال") or is_a(prev.text, "time") or has_conj(fold(tok.text)):
        return False
    for k in range(tok.index + 1, min(len(toks) - 1, tok.index + 1 + RELATIVE_MAX)):
        t = toks[k]
        if is_comma(t.text):
            return is_complementiser(toks[k + 1])
        if is_stop(t) or is_complementiser(t) or any(w.upos == "VERB" for w in t.words):
            return False
    return False


def _content_end(doc: Doc, sent: Sentence, from_tok: int, cues_at: set[int], participle_at: set[int],
                 speech: bool = False, cue: Optional[CueMatch] = None) -> int:
    """Index (exclusive) of the last token of a reported clause starting at from_tok
    (``speech``: unmarked direct speech, where «، حسب …» belongs to the speaker; ``cue``: the
    finite verb whose complementiser clause this is)."""
    toks = sent.tokens
    end = len(toks)
    for i in range(from_tok + 1, len(toks)):
        t = toks[i]
        prev = toks[i - 1]
        if is_sentence_end(t.text) and not is_a(t.text, "semicolon") and i + 1 < len(toks) and not _is_punct(toks[i + 1]) \
                and not is_abbreviation_dot(toks, i) \
                and (toks[i + 1].start > t.end or _spaced_before(prev, t, toks[i + 1])) and not _quoted_here(doc, toks, from_tok, i) \
                and not (speech and _question_goes_on(toks, i, cues_at)):
            end = i  # a sentence end the splitter missed (not «91.54»: no space after it)
            break
        if is_sentence_end(t.text) and not is_a(t.text, "semicolon") and i + 2 < len(toks) \
                and toks[i + 1].text in QUOTE_CLOSE and _inside_quote(toks[from_tok:i + 1]) \
                and not _inside_quote(toks[from_tok:i + 2]) and not _is_punct(toks[i + 2]) \
                and toks[i + 2].start > toks[i + 1].end:
            end = i + 2  # «… "فأنا أقسم بأنني سأبلغكم بنفسي!" وتزوجت بينكت سميث …»: the quote closes a sentence
            break
        if not speech and not separates_clauses(prev.text) and _credit_with_verb(toks, i):
            end = i  # «… إنه يعتزم الاستقالة | بحسب ما ذكرته صحيفة "نيكي" اليوم»: no comma needed
            break
        if separates_clauses(prev.text) and (i in participle_at or (_closing_according(toks, i) and not speech)
                                         or (not speech and _circumstantial_participle(t) and not _quoted_here(doc, toks, from_tok, i)
                                             and not _masculine_after_feminine_cue(cue, t))
                                         or ((is_a(t.text, "comment_opener")
                                              or (i + 1 < len(toks) and is_a_pair(t.text, toks[i + 1].text, "comment_opener")))
                                             and not (i + 1 < len(toks) and is_a_pair(t.text, toks[i + 1].text, "speaker_condition"))
                                             and not _quoted_here(doc, toks, from_tok, i) and not _answers_concession(toks, from_tok, i))):
            # («…، إلا إذا كانت هناك عقود سابقة»: unless, the speaker's own condition; words.tsv speaker_condition)
            end = i - 1
            break
        if i + 1 < len(toks) and is_a_pair(t.text, toks[i + 1].text, "gloss") and not _quoted_here(doc, toks, from_tok, i):
            end = i - 1 if is_a(prev.text, "gloss_lead") else i  # «… صوت لصالح زيادة أسعار الفائدة | في
            break                                                  # إشارة إلى أن البنك لا يتعجل …»: the writer's gloss
        if i in cues_at and i not in participle_at and is_a(prev.text, "pronoun_link") and _reports_clause(toks, i):
            end = i - 1  # «… تعزيز الأمن في المحطة لكنه نبه إلى أنه …»: a new report of the same speaker
            break
        if _contrast_then_report(toks, i, cues_at, participle_at, after_comma=separates_clauses(prev.text)) \
                and not _quoted_here(doc, toks, from_tok, i) and not _answers_concession(toks, from_tok, i):
            end = i - 1 if separates_clauses(prev.text) else i  # «… لكنها لم تذكر أي تفاصيل …»، «…، ولكن
            break                                               # الواقع يقول، إن …»: the narrator goes on
        if (i in participle_at or is_a(t.text, "act_participle")) and not separates_clauses(prev.text) \
                and (_reports_clause(toks, i) or _circumstantial_after(toks, i, from_tok)) \
                and not _quoted_here(doc, toks, from_tok, i):
            end = i  # «… في حي السامر والنهضة مؤكداً أن …»: a participle with its own clause, no comma
            break
        if separates_clauses(prev.text) and _subject_then_report(toks, i, cues_at, participle_at) \
                and not _quoted_here(doc, toks, from_tok, i):
            end = i - 1  # «…، وآخرون أكدوا أن …»، «…، ومقولات أخرى أشارت إلى أن …»: another source's report
            break
        if separates_clauses(prev.text) and _links_new_report(toks, i, cues_at, participle_at):
            end = i - 1  # «…، فيما أوضح شكري أن …»، «…، حيث أشار إلى أن …»
            break
        linked = None if separates_clauses(prev.text) or is_a(t.text, "negator") else _linked_cue(toks, i, cues_at, participle_at)
        if linked is not None and _own_clause_follows(toks, linked) and not _quoted_here(doc, toks, from_tok, i):
            end = i  # «… وإبلاغ البلدية كما أكد بأن الجهود …»، «… في الوقت الذي تشير المصادر إلى أن …»
            break
        if separates_clauses(prev.text) and _opened_new_report(toks, i, cues_at, participle_at):
            end = i - 1  # «…، من جهته قال الرئيس الكيني …: إن …»: a side opener, then a new speaker's verb
            break
        if _topic_then_report(toks, i, cues_at, participle_at) and not _quoted_here(doc, toks, from_tok, i):
            end = i - 1 if separates_clauses(prev.text) else i  # «…، أما عن مسلسل «مريم» فقال سلامة إن …»
            break
        if separates_clauses(prev.text) and _fronted_new_report(toks, i, cues_at, participle_at):
            end = i - 1  # «…، وفي رده على سؤال حول …، قال: «…»»
            break
        if is_a(t.text, "according") and any(is_a(x.text, "own_words") for x in toks[i + 1:i + 3]):
            end = i  # «… للتوقيع لنادي الهلال حسب قوله»
            break
        if i + 2 < len(toks) and is_a_pair(t.text, toks[i + 1].text, "own_words_link") and is_a(toks[i + 2].text, "own_words") \
                and (i + 3 == len(toks) or is_sentence_end(toks[i + 3].text)
                     or (is_comma(toks[i + 3].text) and i + 4 in cues_at)):
            end = i  # «… لمواقعنا الدفاعية، على حد قولها.»، «… على حد وصفه، وأضاف: …» (not «… عن «مغامرة»
            #          على حد وصفه، والتعرف …»: his word for one thing, the clause goes on)
            break
        if i in cues_at and i not in participle_at and has_conj(fold(t.text)) and _colon_follows(toks, i):
            end = i  # «… رخصة الإقامة وقال: …»، «… فقال عنه: إنه …»: a new report in direct speech
            break
        if i in cues_at and i not in participle_at \
                and _starts_new_report(sent, i, quoted=_quoted_here(doc, toks, from_tok, i)):
            end = i  # «… دعمه لبلاتيني أبلغ ديريك رويترز أنه …»
            break
        if i in cues_at and i not in participle_at and (has_conj(fold(t.text)) or fold(t.text).startswith("ل")) \
                and (separates_clauses(prev.text) or prev.text == "." or _lone_dash(toks, from_tok, i - 1)
                     or _speech_closed_before(toks, from_tok, i)) \
                and not _characterises(toks, i) and not _plural_without_nun(t):  # «…، وأضاف …»، «…، لتؤكد أنها …»
            #     («… هذه البؤر" ونبهت الوزارة إلى …»: the quote closed, a new report with no stop before it)
            end = i if prev.text in QUOTE_CLOSE else i - 1
            break
        if cue is not None and i in cues_at and i not in participle_at and _same_speaker_goes_on(toks, i, cue) \
                and not _quoted_here(doc, toks, from_tok, i):
            end = i  # «ويوضح … خيار "الزعفران والهيل" ويرى أن "الهيل" أفضل»: a new report of the same speaker
            break
        if cue is not None and i in cues_at and i not in participle_at and _same_speaker_after_qad(toks, i, cue) \
                and not _quoted_here(doc, toks, from_tok, i):
            end = i - 2  # «وأبلغها أن أختها قد عينت …، وقد أوضح لها أن …»: the same speaker's next report
            break
        if _frame_name_acts(toks, from_tok, i) and not _quoted_here(doc, toks, from_tok, i):
            end = i - 1 if separates_clauses(prev.text) else i  # «… بالنظام العام وحيا العبادي المتظاهرين»:
            break                                               # the frame's own name, the narrator's verb
        if cue is not None and separates_clauses(prev.text) and _act_of_speaker(toks, i, cue) \
                and not _quoted_here(doc, toks, from_tok, i):
            end = i - 1  # «…، وشكر كل من ساهم في خدمة المحافظة»: what the speaker did next
            break
        if separates_clauses(prev.text) and _consequence_report(t) and (
                _reports_clause(toks, i) or any(k in participle_at for k in range(i + 1, i + 1 + CONSEQUENCE_REACH))):
            end = i - 1  # «… ومن يقول غير ذلك جاحد، ليرد عليه المالكي قائلاً …»
            break
    # trailing punctuation is not content, but the dash that closes an aside the content opened is
    while end > from_tok and is_a(toks[end - 1].text, "trailing_punct") and not _closes_aside(toks, from_tok, end - 1):
        end -= 1
    return end


def _closes_aside(toks: list[Token], start: int, k: int) -> bool:
    """Is token k a dash closing an aside opened after token ``start`` («… من يقتل السوريين -اليوم-.»)?"""
    return toks[k].text in DASHES and sum(t.text in DASHES for t in toks[start:k]) % 2 == 1


SPEECH_CLOSED_MIN_WORDS = 5  # words in marks closed right before a new cue: the speaker's own words, not a name


def _speech_closed_before(toks, from_tok: int, i: int) -> bool:
    """«… مشيرة إلى أن ذلك "يستهدف الاستيلاء على أراضي … هذه البؤر" ونبهت الوزارة إلى …»: a mark that
    closes the speaker's own words (five words at least: not a quoted name or title, «على موقع
    «سبوتفاي» وأبلغ السلطات …») right before a cue with «و» in the perfect: a new report, no stop
    before it."""
    if i < 2 or toks[i - 1].text not in QUOTE_CLOSE or _inside_quote(toks[from_tok:i]) \
            or not any(w.upos == "VERB" and w.feat("Aspect") == "Perf" for w in toks[i].words):
        return False  # (a perfect: the narrator's; «…" وتعتبر العمود الفقري …» goes on with the clause)
    for j in range(i - 2, from_tok - 1, -1):
        if toks[j].text in QUOTE_OPEN:
            return sum(any(c.isalnum() for c in t.text) for t in toks[j + 1:i - 1]) >= SPEECH_CLOSED_MIN_WORDS
    return False


def _lone_dash(toks, from_tok: int, k: int) -> bool:
    """Is token ``k`` a dash with no other in the clause before it: a stop («… بشمال البلادـ وقال مسؤول
    …»: a crawl's tatweel), not one closing an aside («… - ولله الحمد - ونقلت الحالة …»)?"""
    return toks[k].text in DASHES and not any(t.text in DASHES for t in toks[from_tok:k])


def _circumstantial_after(toks: list[Token], i: int, from_tok: Optional[int] = None) -> bool:
    """A participle right after the clause, with no comma and words after it, says what the speaker
    did next: in the masculine accusative («… بعد رفع العقوبات عنها مؤكدا قدرة ايران …»), not an
    adjective agreeing with an indefinite accusative («لم يعد أمرا مستبعدا») nor a verb's predicate
    («يعد مظهرا من مظاهر …»); in any form with «إلى» after it («… أن 17 متمردا قتلوا مشيرة إلى سقوط
    …»; not «لافتة للنظر»). One with nothing after it says nothing («لجعل شاي البابونج مفيدا، يجدر …»).
    A cue's feminine participle (``from_tok``: where its clause starts) with «بـ» or «على» after it,
    once the clause has had its verb («… يمنحها عائد أفضل من مساعدات الضمان الاجتماعي مطالبة
    بتمديد …»); before the verb it is a predicate («أن الأسواق مطالبة بتوفير …»), and with a manner
    phrase a passive one («معلنة بشكل شفاف»). The feminine of a speaker's next act (words.tsv
    ``act_participle``) too, with anything after it, after a word that is no bare indefinite
    («… ضمن مسلسل «العراب» واصفة العمل بالضخم»; not «مادة سائلة»)."""
    t, prev = toks[i], toks[i - 1]
    if len(t.words) != 1 or i + 1 >= len(toks) or _is_punct(toks[i + 1]):
        return False
    if fold(toks[i + 1].text) == fold("إلى"):
        return True
    if t.text.endswith("ة") and _after_clause_verb(toks, from_tok, i) and (
            is_a(t.text, "act_participle")  # «… ضمن مسلسل «العراب» واصفة العمل بالضخم …»
            or (toks[i + 1].words[0].upos == "ADP" and fold(toks[i + 1].words[0].text) in (fold("على"), "ب")
                and not is_a(toks[i + 1].text, "manner_head"))):  # «… الاجتماعي مطالبة بتمديد …»
        return True
    return fold(t.text).endswith("ا") and not (fold(prev.text).endswith("ا") and bare_nominal(prev)) \
        and not any(w.upos in ("VERB", "AUX") for w in prev.words)


def _after_clause_verb(toks: list[Token], from_tok: Optional[int], i: int) -> bool:
    """Has the clause from ``from_tok`` had its verb before the word at ``i``, and is the word right
    before it no verb and no bare indefinite (which a feminine word after it would describe: «مادة
    سائلة»، «حالات إيجابية مؤكدة»)?"""
    prev = toks[i - 1]
    return from_tok is not None and not bare_nominal(prev) \
        and any(w.upos == "VERB" for u in toks[from_tok:i - 1] for w in u.words) \
        and not any(w.upos in ("VERB", "AUX") for w in prev.words)


def _plural_without_nun(t: Token) -> bool:
    """«… أن يسهموا في تحصين الشباب، ويحثوهم على …»: an imperfect plural that has lost its «ن»
    (يفعلوا، يفعلوهم) is subjunctive or jussive, governed by a particle before it: it goes on
    with the clause in progress, never opens a report of its own."""
    verb = next((w for w in t.words if w.upos == "VERB"), None)
    if verb is None:
        return False
    k, lemma = fold(verb.text), fold(verb.lemma or "")
    pronoun = verb is not t.words[-1] and t.words[-1].upos == "PRON"
    return k.startswith("ي") and len(k) >= 4 and (k.endswith("وا") or (
        pronoun and k.endswith("و") and lemma[-1:] not in ("و", "ا", "ى", "ي")))
    #   (not «وتوقعوا»: a perfect of تفعّل; not «ويدعوهم»: «يدعو» keeps its «و» in the singular)


def _question_goes_on(toks, i: int, cues_at: set[int]) -> bool:
    """In speech after a colon, a question mark (words.tsv ``question_mark``) the splitter left
    inside the sentence, followed by another question, goes on with the same speech («وقال: … بأي
    ذنب قتلت هذه النفوس؟ ولمصلحة من تقع هذه الأعمال؟ ومن يدعمها ويقف خلفها؟»): the journalist asks
    nothing. Not before a reporting word, a colon or a quote mark: another report."""
    if not is_a(toks[i].text, "question_mark"):
        return False
    for k in range(i + 1, len(toks)):
        t = toks[k]
        if k in cues_at or t.text == ":" or t.text in QUOTE_OPEN or t.text in QUOTE_CLOSE:
            return False
        if is_sentence_end(t.text):
            return is_a(t.text, "question_mark")
    return False


APPOSITION_MAX = 15  # tokens of a title in apposition after a semicolon, before the complementiser


def _semicolon_as_comma(toks, k: int) -> bool:
    """After the semicolon at k, the rest of the speaker's phrase, then «أن»/«إن»: time words and
    commas («… ميتش مكونيل؛ أمس الثلاثاء، إن …»), or a title in apposition closed by a comma
    («وقال هاني الطرابلسي؛ الوكيل الملاحي لمجموعة … في السعودية، إن …»); no verb, no stop."""
    titled = False
    for t in toks[k + 1:k + 1 + APPOSITION_MAX]:
        if is_complementiser(t):
            return fold(t.text).startswith("ان") and (not titled or is_comma(toks[t.index - 1].text))
        if is_sentence_end(t.text) or any(w.upos == "VERB" for w in t.words):
            return False
        titled = titled or not (is_a(t.text, "time") or is_comma(t.text))
    return False


def _colon_follows(toks, i: int) -> bool:
    """Does a colon come right after the cue at i, or after a preposition with a pronoun only
    («فقال عنه: …»، «وقال لهم: …»)?"""
    k = i + 1
    if k < len(toks) and is_preposition_with_pronoun(toks[k]):
        k += 1
    return k < len(toks) and toks[k].text == ":"


def _answers_concession(toks: list[Token], from_tok: int, i: int) -> bool:
    """«… أن 70% من السلاح … كان من إسرائيل، ورغم أن علاقات الدولتين تأثرت …، إلا أن الحرب الأهلية …
    أعادت الدفء»: «إلا» after a concession (words.tsv ``concession``: رغم، بالرغم، على الرغم) inside the
    clause is its main clause, the same sentence of the speaker's, not the writer's comment."""
    return is_a(toks[i].text, "contrast") and any(
        is_a(t.text, "concession") for t in toks[from_tok:i])


def _closing_according(toks: list[Token], i: int) -> bool:
    """«بحسب»، «وفق»، or one with «ما» glued after it («حسبما أفادت به وكالة رويترز»): after a comma,
    the credit that closes a reported clause («بحسب» with «و» before it opens another); not one
    whose noun is a norm («…، وفقاً للمادة العاشرة من نظام …، فضلاً عن …»: the ruling goes on)."""
    t = toks[i]
    if i + 1 < len(toks) and names_norm(toks, i + 1):
        return False
    if i + 2 < len(toks) and fold(toks[i + 1].text) in ("ما", "لما") and is_a(toks[i + 2].text, "norm_verb"):
        return False  # «…، وفقاً لما نصت عليه الاستراتيجية الوطنية …، فإنها تأمل …»: a norm too
    return is_a(t.text, "according") or (is_according(t.text) and not has_conj(fold(t.text)))


def _credit_with_verb(toks: list[Token], i: int) -> bool:
    """«بحسب ما ذكرته صحيفة …»، «حسبما أفادت به الوكالة»، «وفق ما أعلنته الوزارة»: «according to what X
    said», with a verb that makes something known (``cues.makes_known``), credits the clause before it
    to a source even with no comma before it («… يعتزم الاستقالة بحسب ما ذكرته صحيفة "نيكي"»)."""
    t = toks[i]
    if not is_according(t.text) or has_conj(fold(t.text)):
        return False
    k = i + 1 if fold(t.text).endswith("ما") and not is_a(t.text, "according") else i + 2
    if k - 1 >= len(toks) or (k == i + 2 and fold(toks[i + 1].text) not in ("ما", "لما")):
        return False
    return k < len(toks) and any(w.upos == "VERB" for w in toks[k].words) and makes_known(toks[k])


def _spaced_before(prev: Token, t: Token, nxt: Token) -> bool:
    """«… نحو التميز .ويأتي برنامج …»: a crawl's full stop with its space before it, none after,
    and a word of Arabic after it ends the sentence as well (not «91.54»، «د.أحمد»)."""
    return t.start > prev.end and nxt.start == t.end and "\u0621" <= nxt.text[0] <= "\u064a"


def _circumstantial_participle(t: Token) -> bool:
    """«…، مقدراً عدد …»، «…، مستعرضاً …»: an indefinite accusative participle (مُفعِّلاً) after a
    comma says what the speaker did next, not more of what was said; not a passive participle
    (مفعولاً: «…، محدوداً في الاقتصاد»، «…، مدفوعاً بـ …» go on with the clause). The simple
    verb's participle (فاعلاً: «…، حامداً الله …»، «…، واصفًا …»; «عادًّا» with its doubled letter) only with its nunation in the
    original text: without it «ساهما» is as well a dual verb going on with the clause."""
    k = fold(t.text)
    if is_a(k, "act_participle"):
        return True  # «…، واصفا ما حصل بأنه …»: with its nunation or without (words.tsv act_participle)
    split = len(t.words) == 2 and fold(t.words[1].text) == "هما"  # «متهما» read as مت + هما
    if (len(t.words) != 1 and not split) or t.words[0].upos not in ("ADJ", "NOUN", "VERB", "X") or not k.endswith("ا") \
            or is_a(t.text, "adverb"):
        return False  # («مجدداً»، «مراراً»: adverbs)
    if k.startswith("م") and len(k) >= 5:
        return not (len(k) == 6 and k[3] == "و")
    return (len(k) == 5 or (len(k) == 4 and SHADDA in t.written)) and k[1] == "ا" and _tanween(t)
    #       (a doubled root's «فاعّاً»: «…، عادًّا تلك الخطوة …»)


def _masculine_after_feminine_cue(cue: Optional[CueMatch], t: Token) -> bool:
    """«وأضافت لينا أن … إلا أن البغدادي رفض هذا، عارضًا عليها أن …»: a participle agrees with whom it
    describes, so a masculine one (ending «ـاً») after a feminine singular cue («وأضافت»، «قالت») is what a
    man in the clause did, still the speaker's account, not her next act."""
    if cue is None or cue.noun:
        return False
    known = active_lexicon().agreement(cue.token.text)
    return known == ("Fem", "Sing") and fold(t.text).endswith("ا") and not fold(t.text).endswith(("تا", "ها"))


CONSEQUENCE_REACH = 5  # tokens after «ليرد» in which a participle («قائلاً») says a report follows


def _consequence_report(t: Token) -> bool:
    """«ليرد»، «لتؤكد»: «لـ» of consequence on a reporting verb. After a comma, with a
    complementiser after it or a participle soon («…، ليرد عليه المالكي قائلاً بأن …»), the
    narrative goes on with a new report, never more of the clause before («…، لتبلغ المنطقة
    مكانتها» goes on: no report follows)."""
    if len(t.words) != 2 or fold(t.words[0].text) != "ل" or t.words[1].upos != "VERB":
        return False
    hit = active_lexicon().match_form(t.words[1].text)
    return hit is not None and not hit[1]


CONTRAST_SUBJECT_MAX = 3  # tokens of a subject between «ولكن» and the reporting verb after it


def _contrast_then_report(toks, i: int, cues_at: set[int], participle_at: set[int], after_comma: bool) -> bool:
    """A contrast right before a reporting verb ends the reported clause: «لكنه/لكنها» with the
    speaker as its pronoun, the verb negated or not («… لكنها لم تذكر أي تفاصيل عن …»), or, after a
    comma, «ولكن» + a short subject («…، ولكن الواقع يقول، إن …»): what comes is another report or
    the narrator's note on this one, not more of it."""
    t = toks[i]
    if (after_comma and is_a(t.text, "contrast")) or is_a(t.text, "pronoun_link"):
        # «…، بيد أنه عاد ليقول: «…»»، «… ولكنه عاد وقال: …»: the speaker (a pronoun on «أن» or on the
        # contrast) went back to say more — a report of its own, however the cue is joined
        k = i + 1
        if k < len(toks) and is_complementiser(toks[k]) and len(toks[k].words) > 1 and toks[k].words[-1].upos == "PRON":
            k += 1
        if k < len(toks) and is_a(toks[k].text, "resumptive_verb"):
            return k + 1 in cues_at and k + 1 not in participle_at
    if is_a(t.text, "pronoun_link"):
        k = i + 1
        if k < len(toks) and is_a(toks[k].text, "negator"):
            k += 1
        return k in cues_at and k not in participle_at
    if not after_comma or fold(t.text) not in ("لكن", "ولكن"):
        return False
    for k in range(i + 1, min(len(toks), i + 2 + CONTRAST_SUBJECT_MAX)):
        if k in cues_at:
            return k > i + 1 and k not in participle_at
        u = toks[k]
        if is_stop(u) or is_complementiser(u) or not all(w.upos in ("NOUN", "PROPN", "ADJ", "DET", "X") for w in u.words):
            return False
    return False


def _provided_that(toks, j: int, cue: CueMatch) -> bool:
    """«على أن» + a verb after a cue that takes no «على» («ستدعو … إلى مناظرة … على أن يدعى الباقون
    …»، «أبلغ الجهاز اللاعبين بمنح راحة … على أن يستأنف الفريق …»، «والعمل على أن تكون …»): provided
    that, or another word's clause, not what the cue reports. A noun of saying right before it
    takes it («وختم حديثه بتأكيده على أن …»)."""
    if j < 1 or toks[j - 1].text != "على" or "علي" in cue.entry.preps or j + 1 >= len(toks):
        return False  # (as written: «الشيخ علي أن …» is a name)
    if len(toks[j].words) > 1 or not any(w.upos in ("VERB", "AUX") for w in toks[j + 1].words):
        return False  # «…، على أنه يعد …»: a subject after it, the statement's «that»
    before = strip_conj(fold(toks[j - 2].text)) if j >= 2 else ""
    return not (is_a(before, "saying") or is_a(before, "renewed_cue")
                or is_a(before[1:], "saying"))  # («بتأكيده»: the noun with its «بـ»)


def _same_speaker_goes_on(toks, i: int, cue: CueMatch) -> bool:
    """«و» + a reporting verb with no subject of its own, its clause right after it, in the aspect
    of the cue whose clause runs on («وكشفت أن … وذكرت أن …»، «وتقول إنها … وتعتقد أن …»): the same
    speaker's next report; so is a call of the speaker's gender and number with its preposition
    (``_calls_for``). In another aspect it goes on with the clause's own subject («وقال إن
    المجلس يدين … ويؤكد أن …»: the council, not the speaker)."""
    t = toks[i]
    if cue.participle or not has_conj(fold(t.text)) or len(t.words) != 2 or t.words[1].upos != "VERB" \
            or not (_reports_clause(toks, i) or _calls_for(toks, i, cue)):
        return False
    aspect = t.words[1].feat("Aspect")
    return aspect is not None and aspect == cue.word.feat("Aspect")


def _calls_for(toks, i: int, cue: CueMatch) -> bool:
    """A call or demand cue (cues.tsv category ``demand``) in the reporting cue's gender and number,
    its preposition right after it or after one word, its object («… باتت مستحيلة ودعا البرلمان لنزع
    الحصانة …»، «… القتلى المدنيين ودعا إلى العودة …»): the speaker's own call, no more of the clause."""
    hit = active_lexicon().match_form(toks[i].text)
    if hit is None or hit[1] or hit[0].category != "demand" or not _agrees_with_cue(toks[i].words[1], cue, ("Gender", "Number")):
        return False
    for t in toks[i + 1:i + 3]:
        first = fold(t.words[0].text)
        if first in hit[0].preps or (t.words[0].upos == "ADP" and first in ("ل", fold("إلى"))):
            return True
        if is_stop(t) or any(w.upos == "VERB" for w in t.words):
            return False
    return False


def _act_of_speaker(toks, i: int, cue: CueMatch) -> bool:
    """«و» + a finite verb of what the speaker does next (words.tsv ``act_verb``: «وتمنت»، «وقدم
    شكره») in the cue's gender and number: no more of the reported clause («…، تمنت الإمارة فنالتها»
    in a man's words is his, and so is a verb in another gender)."""
    key = fold(toks[i].text)
    if not has_conj(key) or len(toks[i].words) != 2 or toks[i].words[1].upos != "VERB":
        return False
    if not (is_a(key[1:], "act_verb") or (i + 1 < len(toks) and is_a_pair(key[1:], toks[i + 1].text, "act_verb"))):
        return False
    return _agrees_with_cue(toks[i].words[1], cue, ("Gender", "Number"))


def _frame_name_acts(toks, from_tok: int, i: int) -> bool:
    """«و» + a finite verb whose subject, right after it, is a name the report's frame gave before
    the clause («وقال رئيس الحكومة حيدر العبادي إن … وحيا العبادي المتظاهرين …»): a speaker does
    not name himself in his own words; the narrator goes on. (The frame's tag says it is a name; the
    tagger may read it otherwise here: «وتعجب هريدي» as an adjective.)"""
    t = toks[i]
    if i + 1 >= len(toks) or not has_conj(fold(t.text)) or len(t.words) != 2 or t.words[1].upos != "VERB":
        return False
    nxt = toks[i + 1]
    if len(nxt.words) != 1 or len(fold(nxt.text)) < 3 \
            or nxt.words[0].deprel != "nsubj" or nxt.words[0].head != t.words[1].id or is_a(nxt.text, "sacred_god"):
        return False  # (its subject in the tree: not «ويضع أورفيتو كمستثمر …», the object; not «ونحمد الله»)
    return any(fold(f.text) == fold(nxt.text) and any(w.upos in NAME_UPOS for w in f.words)
               and not (k > 0 and _names_a_body(toks[k - 1].text)) for k, f in enumerate(toks[:from_tok]))


def _names_a_body(text: str) -> bool:
    """A body's head noun, «ل»/«ب» on it or not («لشركة»، «وزارة»): the name after it is the body's."""
    key = fold(text)
    return heads_class(key, "institution") or (key[:1] in "لب" and heads_class(key[1:], "institution"))


def _same_speaker_after_qad(toks, i: int, cue: CueMatch) -> bool:
    """«وأبلغها أن أختها قد عينت …، وقد أوضح لها أن …»: after a comma, «وقد» (words.tsv
    ``verb_particle`` with «و»/«ف») and a reporting verb in the cue's aspect, gender and number, its
    clause right after it (the one told between): the same speaker's next report, no more of this
    clause (not «…، وقد أعلنوا أنه …» after «ولفت»: a plural, others' report inside the clause)."""
    if cue.participle or cue.noun or i < 2 or not separates_clauses(toks[i - 2].text) \
            or not is_a(toks[i - 1].text, "verb_particle") or not has_conj(fold(toks[i - 1].text)):
        return False
    t = toks[i]
    if len(t.words) != 1 or t.words[0].upos != "VERB":
        return False
    k = i + 1 if i + 1 < len(toks) and is_preposition_with_pronoun(toks[i + 1]) else i
    return _reports_clause(toks, k) and _agrees_with_cue(t.words[0], cue, ("Aspect", "Gender", "Number"))


def _agrees_with_cue(w: Word, cue: CueMatch, feats: tuple[str, ...]) -> bool:
    """Does the tagger give ``w`` each of ``feats``, the same as the cue's (none where it gives none)?"""
    return all(w.feat(f) is not None and w.feat(f) == cue.word.feat(f) for f in feats)


def _reports_clause(toks, i: int) -> bool:
    """Does a complementiser or a colon follow the cue at ``i`` (after at most one
    preposition or a comma: «مشيراً إلى أن»، «وأوضحت، أن»)?"""
    for k in (i + 1, i + 2):
        if k < len(toks) and (is_complementiser(toks[k]) or toks[k].text == ":"):
            return True
        if k < len(toks) and not (toks[k].words[0].upos == "ADP" and len(toks[k].words) == 1) \
                and not (k == i + 1 and is_comma(toks[k].text)):
            return False
    return False


def _characterises(toks, i: int) -> bool:
    """«…، واعتبرتها الأكثر دقة …»: a cue with its object pronoun on it and no clause of its own
    goes on with what the one before said of the same thing; it opens no new report («…، وأبلغها
    أن …» does, and so does one whose own subject the tree sees right after it)."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    verb = next((w for w in t.words if w.upos == "VERB"), None)
    # («، وطالبهم بتوفير …»: a call of its own; «…، فاعتبره بعض علماء الأزهر «…»»: a subject of its own
    # right after it that names people, another's report; not «وأبلغهم تطمينات …», its object misread)
    return len(t.words) > 2 and t.words[-1].upos == "PRON" and not _reports_clause(toks, i) \
        and nxt is not None and nxt.words[0].upos != "ADP" \
        and not (verb is not None and any(w.deprel == "nsubj" and w.head == verb.id for w in nxt.words)
                 and (is_a(nxt.text, "quantifier") or is_title_noun(nxt.text) or any(w.upos == "PROPN" for w in nxt.words)))


OWN_CLAUSE_REACH = 6  # tokens from a linked cue to its own complementiser (its subject between)


def _own_clause_follows(toks, k: int) -> bool:
    """After the cue at ``k``, its own complementiser comes within a few tokens, with only its
    subject or a preposition between (no verb, no punctuation): a new report."""
    for t in toks[k + 1:k + 1 + OWN_CLAUSE_REACH]:
        if is_complementiser(t):
            return True
        if is_stop(t) or any(w.upos == "VERB" for w in t.words):
            return False
    return False


SUBJECT_FIRST_MAX = 3  # tokens of a subject set before its reporting verb after «و» and a comma


def _subject_then_report(toks, i: int, cues_at: set[int], participle_at: set[int]) -> bool:
    """After a comma, «و» + a noun opens a clause whose subject stands first, and a reporting verb
    right after that subject, with its own complementiser, is a new report («…، وآخرون أكدوا أن …»)."""
    t = toks[i]
    if len(t.words) != 2 or t.words[0].upos != "CCONJ" or t.words[1].upos not in ("NOUN", "PROPN"):
        return False
    for k in range(i + 1, min(len(toks), i + 1 + SUBJECT_FIRST_MAX)):
        if k in cues_at:
            return k not in participle_at and _own_clause_follows(toks, k)
        if len(toks[k].words) != 1 or toks[k].words[0].upos not in ("NOUN", "PROPN", "ADJ"):
            return False
    return False


def _links_new_report(toks, i: int, cues_at: set[int], participle_at: set[int]) -> bool:
    """A linking word (one to three tokens) right before a reporting verb."""
    return _linked_cue(toks, i, cues_at, participle_at) is not None


def _linked_cue(toks, i: int, cues_at: set[int], participle_at: set[int]) -> Optional[int]:
    """The index of the reporting verb (not a participle) right after a linking word of one to
    three tokens at ``i`` («كما أكد»، «في الوقت الذي تشير»), else None."""
    for width in (1, 2, 3):
        if i + width >= len(toks):
            return None
        words = " ".join(fold(t.text) for t in toks[i:i + width])
        if is_a_after_conj(words, "report_link") or (width == 1 and is_a_after_conj(words, "negator")):
            k = i + width
            return k if k in cues_at and k not in participle_at else None
    return None


def _opened_new_report(toks, i: int, cues_at: set[int], participle_at: set[int]) -> bool:
    """A side opener or sentence adverb («من جهته»، «بدوره»، «من جانبها،») right before a
    reporting verb: the narrative turns to another report."""
    for k in range(i + 1, min(len(toks), i + 4)):
        if k in cues_at and k not in participle_at:
            return only_openers(toks[i:k]) and any(not is_comma(t.text) for t in toks[i:k])
    return False


def _topic_then_report(toks, i: int, cues_at: set[int], participle_at: set[int]) -> bool:
    """«أما» (words.tsv ``topic``) and its topic, then a reporting verb with «ف» that answers it
    («…، أما المواطن محمد سلمان فيرى أن …»، «…، أما عن الروماني سان مارتيان فقال: …»، «أما الوزير
    فقد أكد …»): the narrative turns to another topic and another report."""
    if not is_a_after_conj(toks[i].text, "topic"):
        return False
    for k in range(i + 1, min(len(toks), i + 1 + TOPIC_REACH)):
        t = toks[k]
        if is_sentence_end(t.text) or t.text == ":" or is_complementiser(t):
            return False
        if fold(t.text) == "فقد":
            return k + 1 in cues_at and k + 1 not in participle_at
        if fold(t.text).startswith("ف") and (k in cues_at or not all(w.upos == "PROPN" for w in t.words)):
            return k in cues_at and k not in participle_at  # the «ف» that answers «أما» (not «فهد»)
        if any(w.upos == "VERB" for w in t.words):
            return False
    return False


FRONTED_REACH = 25  # tokens of a circumstantial phrase fronted before a new report's cue


def _fronted_new_report(toks, i: int, cues_at: set[int], participle_at: set[int]) -> bool:
    """«و» + a circumstantial phrase up to a comma, then a reporting verb: a new report
    («…، وفي رده على سؤال حول ما إذا …، قال: …»، «…، وعن مشاريعه المستقبلية قال: …»)."""
    t = toks[i]
    if not has_conj(fold(t.text)) or len(t.words) < 2 or not is_a(t.words[1].text, "circumstantial_prep"):
        return False
    for k in range(i + 1, min(len(toks), i + 1 + FRONTED_REACH)):
        if is_sentence_end(toks[k].text):
            return False
        if k in cues_at and k not in participle_at and not token_is_a(toks[k - 1], "relative"):
            # the «و» opened the fronted phrase: the cue has none of its own («…، ومن ذلك …، وتؤكد …»
            # goes on with the same clause); a cue in a relative clause inside the phrase («وعند
            # سؤاله حول تصريحات خامنئي والتي أكد فيها أن …، أجاب كيري: …») is passed over
            # («…، وعن سرقة النص قال سلامة بأنه …»: its subject between the cue and its clause, or
            # a comma: «…، وعن غنائه باللهجة المصرية لأول مرة قال، إن …»; not
            # «… وكلما طالبها ولدي بقطعة تخبره أنها …», a cue with its object on it, nor «ووفق مواقف
            # مختلفة أكدت لنا أن …», a relative clause on an indefinite noun)
            return not has_conj(fold(toks[k].text)) and (
                is_comma(toks[k - 1].text) or _reports_clause(toks, k)
                or (k + 2 < len(toks) and is_comma(toks[k + 1].text) and is_complementiser(toks[k + 2]))
                or (len(toks[k].words) == 1 and not bare_nominal(toks[k - 1]) and _own_clause_follows(toks, k)))
    return False


def _starts_new_report(sent: Sentence, i: int, quoted: bool = False) -> bool:
    """A reporting verb inside a clause that opens a new report of its own: its
    subject follows it (verb–subject order) and a complementiser comes soon. (``quoted``:
    inside quote marks still open, where a verb after «و» is the speaker's own words.)"""
    toks = sent.tokens
    if i + 1 >= len(toks) or i == 0:
        return False
    prev, nxt = toks[i - 1], toks[i + 1]
    if is_a(prev.text, "relative") or is_a(prev.text, "subordinator") or is_complementiser(prev):
        return False
    if nxt.words[0].upos in ("ADP", "PRON", "CCONJ", "SCONJ", "PUNCT") or is_complementiser(nxt):
        return False
    after_comma = is_comma(prev.text)  # «…، أوضح ظريف أمس أن …»: any noun may be the subject
    # «… تونس الغد وأشار الصيد في كلمة … أن …»: after «و», a definite noun too (a surname the
    # tagger reads as a common noun)
    joined = has_conj(fold(toks[i].text)) and fold(nxt.text).startswith("ال") and not quoted
    named = any(w.upos in NAME_UPOS for w in nxt.words)
    if not (named or ((after_comma or joined) and any(w.upos == "NOUN" for w in nxt.words))
            or (after_comma and len(nxt.words) == 1 and nxt.words[0].upos == "ADJ")) \
            or is_a(nxt.text, "time"):  # («…، أفاد ملطاني بأن …»: a surname read as an adjective)
        return False  # a name right after the verb: «أبلغ جوردون ديريك رويترز أنه …»
    # then a complementiser, or a colon after a comma («…، أجاب كيري: «…»»); after «و» alone,
    # its own: no comma and no other cue before it («… وتتابع الغزو الفكري …، مبينا أن …»)
    for t in toks[i + 2:i + 12]:
        if is_complementiser(t) or ((after_comma or joined) and t.text == ":"):
            return True  # («… روائح زكية ويضيف العم العمري: في الماضي …»)
        if joined and not after_comma and not named and (is_comma(t.text) or active_lexicon().match_form(t.text)):
            return False
    return False


MAX_QUOTE_RUN = 1500  # characters a quote opened in a clause may run past its sentence


CLOSING_MARKS = QUOTE_CLOSE | {"″"}  # (a crawl's double prime closes too: «“25″»)


def _quoted_here(doc: Doc, toks, from_tok: int, i: int) -> bool:
    """Is token ``i`` inside a quote opened since ``from_tok`` that closes later on its line? A
    mark no closing mark follows on its line opens no quote («وقالت البعثة إن «شهد تموز الماضي
    مقتل 844 مدنيا … وأوضحت، أن «حصيلة الجرحى …»: the crawl lost the closing marks; the next
    report still starts)."""
    if not _inside_quote(toks[from_tok:i]):
        return False
    line_end = doc.text.find("\n", toks[i].start)
    rest = doc.text[toks[i].start:line_end if line_end >= 0 else len(doc.text)]
    return any(c in rest for c in CLOSING_MARKS)


def _inside_quote(toks) -> bool:
    """Has a quote opened among these tokens and not closed yet? Marks are counted inside
    tokens too: scraped text glues them to words («“25″»; a double prime closes there)."""
    text = "".join(t.text for t in toks)
    opened = sum(text.count(m) for m in ("«", "“")) - sum(text.count(m) for m in ("»", "”", "″"))
    return opened > 0 or text.count('"') % 2 == 1


def _through_open_quote(doc: Doc, start: int, stop: int, marks: list[QuoteMark]) -> int:
    """A clause that opens a quote and reaches its sentence's end goes on to the
    closing mark («… تضمن النقاط التالية: «أن النسبة … (91.54)؛ حيث … حفظ».»):
    a multi-sentence quote inside a reported clause."""
    text = doc.text
    for m in marks:
        if start <= m.open < stop <= m.close and m.close - stop <= MAX_QUOTE_RUN and "\n" not in text[stop:m.close] \
                and (text[m.open] != STRAIGHT or _straight_pair_faces_in(doc.prepared, m)):
            return m.close + 1
    return stop


def _straight_pair_faces_in(prepared: "Prepared", m: QuoteMark) -> bool:
    """In the original text, a word glued after the opening straight mark and none of
    its side of a space before the closing one: «الأولوية ". وقال "إن …» is a closing mark
    and an opening one the pairing took for a pair."""
    orig = prepared.original
    o = prepared.to_original(m.open, m.open + 1)[0]
    c = prepared.to_original(m.close, m.close + 1)[0]
    return o + 1 < len(orig) and orig[o + 1].isalnum() and c > 0 and not orig[c - 1].isspace()


def classify(text: str, start: int, end: int, marks: list[QuoteMark]) -> tuple[str, int, int]:
    """direct if one quote pair wraps [start, end); mixed if marks fall inside; else indirect."""
    for m in marks:
        if m.open == start and m.close == end - 1:
            return "direct", start + 1, end - 1
    inside = [m for m in marks if start <= m.open < end or start <= m.close < end]
    if inside:
        return "mixed", start, end
    return "indirect", start, end


CONTRAST_SPEECH_WORDS = 4


def _stands_alone(doc: Doc, sent: Sentence, m: QuoteMark) -> bool:
    """A quote right after a cue (no colon) is its content only when it is speech,
    not a quoted name: several words, and nothing but punctuation after it in
    its sentence (a name in quotes is followed by the rest of the clause)."""
    inner = doc.text[m.open + 1:m.close]
    if sum(any(c.isalnum() for c in w) for w in inner.split()) < 3:
        return False  # (words, not a dash between them: «صراع «شيعي ـ شيعي»» is a quoted name)
    after = [t for t in sent.tokens if t.start > m.close]
    if not after or is_a(after[0].text, "speech_end") or is_a(inner.rstrip()[-1:], "speech_end"):
        return True  # «“… ولم يفعل شيئا.”»: a quote that ends its own sentence is speech
    if is_a(after[0].text, "subordinator"):
        return True  # «بغضب "… امام ستاد الدفاع الجوي" حيث قتل …»: the narrative goes on after the speech
    # «"…"، حسب تقرير»، «"…"، وعن راموس قال …» or «"…" (،) مشيرا الى ان …»: the sentence moves on
    comma = is_comma(after[0].text)
    if comma and len(after) < 2:
        return False
    nxt = after[1].text if comma else after[0].text
    cue = active_lexicon().match_form(nxt)  # (entry, is_participle)
    if cue is not None and cue[1]:
        return True
    if comma and _circumstantial_participle(after[1]):
        return True  # «فقال "…"، مستعيدا فكرة …»: what the speaker did next
    # «"سأجري محادثات …"، الا انه اوضح …»، «"…"، لكنه أكد …»: a contrast moves the narrative on too
    # (after a clause of four words or more: «تحقيق «إف بي آي»، لكنه …» is a quoted name)
    return comma and (is_a(nxt, "according") or fold(nxt).startswith("و")
                      or (is_a(nxt, "contrast") and len(inner.split()) >= CONTRAST_SPEECH_WORDS))


def _names_after_noun(toks, m: QuoteMark) -> bool:
    """«… وفي إسرة تحرير «مجلة السينما اليوم» وكتب عدة سيناريوهات»: marks right after a noun or a
    preposition, holding no verb, hold a name it takes, not speech before the cue that follows (not
    «… وأن هذه المخطوطة «قد تكون كتبت بعد وفاة النبي بقليل»، قال ديفيد توماس»: a clause of his)."""
    before = next((t for t in reversed(toks) if t.end <= m.open), None)
    if before is None or any(w.upos in ("VERB", "AUX") for t in toks if m.open < t.start < m.close for w in t.words):
        return False
    return before.words[-1].upos in ("NOUN", "ADP")


def _marks_between(marks: list[QuoteMark], start: int, end: int, names: frozenset[int] = frozenset()) -> bool:
    """Does a quote open between ``start`` and ``end``, other than a short quoted name opening at
    one of ``names`` («… إلى محطة التلفزيون الإسبانية «تي في أي»، «…»»: the channel's name)?"""
    return any(start <= m.open < end and m.open not in names for m in marks)


def _quoted_names(toks, i: int, j: int) -> frozenset[int]:
    """Where a short quoted name opens that closes right before the comma before token ``j``
    (the quote's opening mark): «… الإسبانية «تي في أي»، «…»» (not «لـ«الشرق الأوسط» عن «…»»)."""
    if j < 2 or not is_comma(toks[j - 1].text):
        return frozenset()
    last = j - 2
    while last > i and is_a(toks[last].text, "time"):
        last -= 1  # («لشبكة "سكاي نيوز" الاثنين، "…"»: the day he told it)
    return frozenset(toks[k].start for k in range(i + 1, last)
                     if toks[k].text in QUOTE_OPEN and quoted_name_end(toks, k, len(toks)) == last)


def _is_punct(tok: Token) -> bool:
    return all(w.upos == "PUNCT" for w in tok.words) or not any(c.isalnum() for c in tok.text)


def _mark_after(marks: list[QuoteMark], pos: int) -> Optional[QuoteMark]:
    for m in marks:
        if m.open >= pos:
            return m
    return None


NAMED_SUBJECT_MAX = 3  # tokens of a subject named between a cue and an unclosed mark


def _named_subject_between(toks, i: int, j: int) -> bool:
    """«وقال الحميقاني «تمت السيطرة …»: between the cue and the mark, only its subject (one to three
    nominal words, a family name the tagger may read as a common noun; no verb, no preposition, no
    punctuation)."""
    between = toks[i + 1:j]
    return 0 < len(between) <= NAMED_SUBJECT_MAX and all(
        len(t.words) == 1 and t.words[0].upos in ("PROPN", "X", "NOUN", "ADJ") for t in between)


def _unclosed_mark(doc: Doc, toks, k: int, marks: list[QuoteMark]) -> bool:
    """Is token ``k`` a lone opening mark no closing mark pairs, with no closing mark of any
    kind after it on its line?"""
    if k >= len(toks) or len(toks[k].text) != 1 or not _is_open_mark(toks[k].text) \
            or _mark_opening_at(marks, toks[k].start) is not None:
        return False
    line_end = doc.text.find("\n", toks[k].end)
    rest = doc.text[toks[k].end:line_end if line_end >= 0 else len(doc.text)]
    return not any(c in rest for c in QUOTE_CLOSE)


def _closing_mark_of_clause(toks, j: int, start: int, stop: int, marks: list[QuoteMark]) -> Optional[int]:
    """«مضيفاً "إن قتل الآمنين … لله تعالى"، موجهاً تعازيه …»: where the marks close that open right
    before the complementiser at ``j``, when they close inside the clause [start, stop) and a comma or
    a stop follows them (not a name in marks: «"ان بي سي نيوز" و"ماريست"»); else None."""
    if j == 0 or not _is_open_mark(toks[j - 1].text[:1]):
        return None
    opened = _mark_opening_at(marks, toks[j - 1].start)
    if opened is None or not start < opened.close < stop:
        return None
    after = _token_after(toks, opened.close)
    return opened.close if after is not None and (is_comma(after.text) or is_sentence_end(after.text)) else None


def _quote_closed_before_cue(toks, k: int, stop: int, marks: list[QuoteMark], cues_at: set[int]) -> Optional[int]:
    """«وإذ أقر عدلي بأنه "سيكون هناك … زيادة في الإيرادات" تساءل "هل …"»: a clause that opens with a quote
    mark at ``k`` ends where the mark closes (before ``stop``) when another reporting verb follows it: that
    verb's report begins there (not after a quoted name, ``QUOTED_NAME_MAX`` words or fewer). The end
    just after the closing mark, else None."""
    if k >= len(toks) or not _is_open_mark(toks[k].text[:1]):
        return None
    opened = _mark_opening_at(marks, toks[k].start)
    if opened is None or opened.close >= stop \
            or sum(opened.open < t.start < opened.close and not _is_punct(t) for t in toks) <= QUOTED_NAME_MAX:
        return None  # («بأن «بي بي سي» زاد …»، «أن «جبهة النصرة» أعلنت …»: a quoted name, the verb's subject)
    after = _token_after(toks, opened.close)
    return opened.close + 1 if after is not None and after.index in cues_at else None


QUOTED_NAME_MAX = 4  # words of a name in quote marks («"ان بي سي نيوز"»)


def _token_after(toks, pos: int):
    """The first token that starts after character ``pos`` (a closing mark), or None."""
    return next((t for t in toks if t.start > pos), None)


def _mark_opening_at(marks: list[QuoteMark], pos: int) -> Optional[QuoteMark]:
    """The quote whose opening mark stands at ``pos``, if one was paired."""
    m = _mark_after(marks, pos)
    return m if m is not None and m.open == pos else None


def _tree_supports(sent: Sentence, cue: CueMatch, first_tok: int, last_tok: int) -> bool:
    """Does a clause inside tokens [first_tok, last_tok) hang on the cue word (directly
    or through its preposition)?"""
    ids = {w.id for t in sent.tokens[first_tok:last_tok] for w in t.words}
    cue_ids = {w.id for w in cue.token.words}
    for t in sent.tokens[first_tok:last_tok]:
        for w in t.words:
            if w.head in cue_ids and w.deprel.split(":")[0] in CLAUSAL:
                return True
            # the complementiser's clause head is in the span, its head the cue
            if w.head not in ids and w.head in cue_ids:
                return True
    return False


NEXT_LINE_MIN_WORDS = 3  # unmarked speech on the line after a colon


def _next_line_speech(doc: Doc, sent: Sentence, marks: list[QuoteMark]) -> Optional[ContentMatch]:
    """A cue whose sentence ends with its colon («قال الشاعر أبو تمام:») introduces the
    speech on the next line: the quote opened there, else that line (brackets as marks)."""
    text = doc.text
    s = sent.end
    while s < len(text) and text[s].isspace():
        s += 1
    if s >= len(text) or "\n" not in text[sent.end:s]:
        return None
    m = _mark_after(marks, s)
    if m is not None and m.open == s:
        a, b = m.inner
        return ContentMatch(a, b, "direct", ["colon", "next-line", "quote-marks"])
    e = text.find("\n", s)
    e = len(text) if e < 0 else e
    while e > s and (text[e - 1].isspace() or is_a(text[e - 1], "trailing_punct")):
        e -= 1
    if len(text[s:e].split()) < NEXT_LINE_MIN_WORDS:
        return None
    if text[s] == "(" and text[e - 1] == ")" and text.count(")", s, e) == 1:
        return ContentMatch(s + 1, e - 1, "direct", ["colon", "next-line", "parentheses"])
    return ContentMatch(s, e, "direct", ["colon", "next-line", "unmarked"])


def _unmarked_end(doc: Doc, sent: Sentence, first: int, cues_at: set[int], participle_at: set[int]) -> int:
    """End (exclusive) of unmarked speech starting at token ``first``: the clause's end, or
    earlier, where the narrative goes on after a comma with «و» + a verb («…، وجاء مدير الصندوق …»)."""
    toks = sent.tokens
    end = _content_end(doc, sent, first, cues_at, participle_at, speech=True)
    return next((k for k in range(first + 1, end - 1) if is_comma(toks[k].text) and has_conj(fold(toks[k + 1].text))
                 and any(w.upos == "VERB" for w in toks[k + 1].words)), end)


def _misread_subject(sent: Sentence, cue: CueMatch) -> bool:
    """«قال تجمع لاهالي معتقلين "سلفيين" في غزة في بيان امس ان …»: the word after the cue is
    tagged a verb, but the tree makes it the cue's subject and the clause goes on to a
    complementiser before any comma (or right after the first comma or colon: «وقال ينس فيدمان
    …، إن …»): a noun the tagger misread, not unmarked speech; so is a word
    with a name's «بن» after it."""
    toks = sent.tokens
    if cue.index + 2 < len(toks) and len(toks[cue.index + 2].words) == 1 and is_a(toks[cue.index + 2].text, "name_link"):
        return True  # «يقول يزيد بن فهد الرشيد، …: "…"»: a first name spelt like a verb, «بن» after it
    w = toks[cue.index + 1].words[0]
    if w.deprel != "nsubj" or w.head != cue.word.id:
        return False
    rest = toks[cue.index + 2:]
    for k, t in enumerate(rest):
        if is_complementiser(t):
            return True
        if (is_comma(t.text) or t.text == ":") and k + 1 < len(rest) and is_complementiser(rest[k + 1]):
            return True  # «وقال ينس فيدمان رئيس البنك المركزي الألماني، إن …»: the name and its title, then
            #              the complementiser right after the comma or colon that closes them
        if is_comma(t.text) or is_sentence_end(t.text) or t.text == ":":
            return False
    return False


def _first_person(w) -> bool:
    """A verb in the first person: so tagged, or an imperfect whose person prefix is «ن» or «أ»
    («نتشرف»، «أؤكد»), which the tagger may call third."""
    return w.feat("Person") == "1" or (w.feat("Aspect") == "Imp" and fold(w.text)[:1] in ("ن", "ا"))


def find_content(doc: Doc, sent: Sentence, cue: CueMatch, marks: list[QuoteMark],
                 cues_at: set[int], participle_at: set[int]) -> Optional[ContentMatch]:
    toks = sent.tokens
    i = cue.index
    # 0. «وقالت نحن …»: the speaker's own words, first person, with neither colon nor marks
    if not cue.participle and i + 1 < len(toks) and is_a(toks[i + 1].text, "speech_pronoun"):
        end = _unmarked_end(doc, sent, i + 1, cues_at, participle_at)
        if end > i + 2:
            return ContentMatch(toks[i + 1].start, toks[end - 1].end, "direct", ["first-person", "unmarked"])
    # 0b. «وأضاف جرى اقتحام المبنى …»، «وأضاف، نتشرف في محافظة تنومة …»: a speech verb with no
    # subject, a finite verb right after it (or after a comma) and no complementiser: the clause is
    # what was said, unmarked
    v = i + 2 if i + 1 < len(toks) and is_comma(toks[i + 1].text) else i + 1
    first_person = v < len(toks) and _first_person(toks[v].words[0])
    if not cue.noun and is_a(cue.entry.lemma, "speech_verb") \
            and v + 1 < len(toks) and v not in cues_at and not has_conj(fold(toks[v].text)) \
            and toks[v].words[0].upos == "VERB" and toks[v].words[0].feat("VerbForm") != "Part" \
            and (not any(is_complementiser(t) for t in toks[v:v + 5]) or first_person) \
            and not _misread_subject(sent, cue):  # (a first person speaks, whatever clause it governs: «نتشرف … بأن نكون»)
        end = _unmarked_end(doc, sent, v, cues_at, participle_at)
        if end > v + 1:
            typ, s, e = classify(doc.text, toks[v].start, toks[end - 1].end, marks)
            if first_person:
                typ = "direct"  # the speaker's own words, as «وقالت نحن …» above
            return ContentMatch(s, e, typ, ["verb-after-cue", "unmarked"])
    # 1. walk right from the cue over subject / circumstantial phrases
    for j in range(i + 1, len(toks)):
        tok = toks[j]
        if not _gap_ok(doc, sent, i, j, cues_at - {i}):
            break
        if tok.text == ":" or (len(tok.text) == 1 and _is_open_mark(tok.text)):
            colon = tok.text == ":"
            if colon and is_a_after_conj(toks[j - 1].text, "list_opener"):
                break  # «أسماء الأشخاص الخمسة المتهمين، وهم: …»: a list, no speech
            k = j + 1 if colon else j
            nxt = doc.text[toks[k].start] if k < len(toks) else None
            if nxt is not None and _is_open_mark(nxt):
                m = _mark_opening_at(marks, toks[k].start)
                first_char = doc.text[m.inner[0]:m.inner[1]].lstrip()[:1] if m is not None else ""
                if first_char and (is_comma(first_char) or is_sentence_end(first_char)):
                    m = None  # «… "خطراً على أمن إسرائيل". وأطلقت …"»: a closing mark taken for an opening
                    #           one; no speech opens with a full stop or a comma
                if m is not None and (
                        colon or (_stands_alone(doc, sent, m)
                                  and not _marks_between(marks, cue.token.end, m.open, _quoted_names(toks, i, j)))):
                    s, e = m.inner
                    return ContentMatch(s, e, "direct", ["colon" if colon else "adjacent", "quote-marks"])
            if not colon and (j == i + 1 or (_named_subject_between(toks, i, j) and k + 1 < len(toks)
                                             and not is_complementiser(toks[k + 1]))) \
                    and _unclosed_mark(doc, toks, k, marks):
                # «وتابع "بعثت برسالة إلى أوبك …\n"لن نطلب …"»: a mark right after the cue that its
                # line never closes opens speech running to the line's end (the next paragraph
                # opens a mark of its own, the wire's style for a quote over paragraphs)
                end = _content_end(doc, sent, k + 1, cues_at, participle_at, speech=True)
                if end > k + 1:
                    return ContentMatch(toks[k + 1].start, toks[end - 1].end, "direct", ["adjacent", "unclosed-mark"])
            if colon and k >= len(toks):
                return _next_line_speech(doc, sent, marks)  # «وقال الوزير:\n«…»»
            if colon and k < len(toks) and is_complementiser(toks[k]):
                continue  # «وقال …: إن …» is reported speech
            if colon and k + 1 < len(toks) and len(toks[k].text) == 1 and _is_open_mark(toks[k].text) \
                    and _mark_opening_at(marks, toks[k].start) is None:
                k += 1  # «وقال: "الفريق سيزداد قوة …»: a mark the line never closes is not content
            if colon and k < len(toks):
                end = _content_end(doc, sent, k, cues_at, participle_at, speech=True)
                if end > k:
                    s, e = toks[k].start, toks[end - 1].end
                    if doc.text[s] == "(" and doc.text[e - 1] == ")" and doc.text.count(")", s, e) == 1:
                        # «كتب: (مساكين بعض المسؤولين …)»: brackets as quote marks
                        return ContentMatch(s + 1, e - 1, "direct", ["colon", "parentheses"])
                    return ContentMatch(s, e, "direct", ["colon", "unmarked"])
            if colon:
                break
            continue
        if is_complementiser(tok) and not letter_n(toks, j):  # («(آي إن إي) … أن»: the letter N)
            if j > 0 and (is_a_after_conj(toks[j - 1].text, "noun_before_complementiser")
                          or is_a_after_conj(toks[j - 1].text, "clause_governor")
                          or (j > 1 and is_a_pair(toks[j - 2].text, toks[j - 1].text, "clause_governor"))):
                break  # «… لاسيما أن …»، «… والذي من المرجح أن …»، «… بالإضافة إلى أن …»: another word's clause
            if _modal_outside_relative(sent, i):
                break  # «ينبغي على المدير الذي أعلن … أن يدرك …»: the clause is the modal's
            if _provided_that(toks, j, cue):
                break  # «ستدعو القناة … إلى مناظرة … على أن يدعى الباقون …»: provided that
            if j + 1 >= len(toks) or (_is_punct(toks[j + 1]) and not _is_open_mark(toks[j + 1].text[:1])) \
                    or is_complementiser(toks[j + 1]):
                continue  # «سي إن إن»: a complementiser starts a clause
            start_tok = j + 1
            if start_tok >= len(toks):
                break
            end = _content_end(doc, sent, start_tok, cues_at, participle_at, cue=cue)
            if end <= start_tok:
                break
            start, stop = toks[start_tok].start, toks[end - 1].end
            if all(_is_punct(t) for t in toks[end:]):  # the clause reaches its sentence's end
                stop = _through_open_quote(doc, start, stop, marks)
            stop = _quote_closed_before_cue(toks, start_tok, stop, marks, cues_at) or stop
            close = _closing_mark_of_clause(toks, j, start, stop, marks)
            if close is not None:  # all of it is the speaker's words
                typ, s, e = "direct", start, close
            else:  # a closing quote mark glued after the last token belongs to the content
                typ, s, e = classify(doc.text, start, stop, marks)
            evidence = ["complementiser"]
            if _tree_supports(sent, cue, j, end):
                evidence.append("tree")
            if typ != "indirect":
                evidence.append("quote-marks")
            if not any(ch.isalnum() for ch in doc.text[s:e]):
                break
            return ContentMatch(s, e, typ, evidence)
    # 2. a quote before the cue: ‹"…"، قال X›
    if i >= 1 and not cue.participle:
        k = i - 1
        while k >= 0 and (is_comma(toks[k].text) or toks[k].text in ("-", ":")):
            k -= 1
        if k >= 0 and k < i - 0:
            end_char = toks[k].end - 1
            for m in marks:
                if m.close == end_char and m.open < toks[k].end and len(doc.text[m.open + 1:m.close].split()) >= 3 \
                        and not _names_after_noun(toks, m):
                    s, e = m.inner
                    return ContentMatch(s, e, "direct", ["quote-before-cue", "quote-marks"])
    # 3. a call or demand with a nominal object: «دعا إلى وقف …»، «طالب بالإفراج عن …» (not in the
    # article's headline, the editor's summary of a call the article reports)
    if cue.entry.category == "demand" and not _headline(doc, sent) and not describes_noun(sent, cue):
        return _nominal_demand(doc, sent, cue, marks, cues_at, participle_at)
    return None


HEADLINE_MAX = 20  # tokens of a headline


def _headline(doc: Doc, sent: Sentence) -> bool:
    """Is the sentence the document's headline: its first line, short, with no full stop, a line
    break right after it (not a first paragraph that ends with its stop)?"""
    toks = sent.tokens
    return sent.index == 0 and not doc.text[:sent.start].strip() and len(toks) <= HEADLINE_MAX \
        and not is_sentence_end(toks[-1].text) and doc.text[sent.end:].lstrip(" \t\r")[:1] == "\n"


def _nominal_demand(doc: Doc, sent: Sentence, cue: CueMatch, marks: list[QuoteMark], cues_at: set[int],
                    participle_at: set[int]) -> Optional[ContentMatch]:
    """What is called for: the object of the cue's preposition (إلى، بـ، على),
    after the subject and circumstantial phrases, to the end of the clause."""
    toks = sent.tokens
    preps = cue.entry.preps
    for j in range(cue.index + 1, min(len(toks), cue.index + MAX_GAP + 2)):
        if not _gap_ok(doc, sent, cue.index, j, cues_at - {cue.index}):
            return None
        t = toks[j]
        if fold(t.text) in preps:
            start_tok, cut = j + 1, 0  # «إلى وقف …»
        elif len(t.words) > 1 and fold(t.words[0].text) in preps and t.words[0].upos == "ADP" \
                and len(t.words[0].text) == 1 and not fold(t.text).startswith(fold(t.words[0].text) * 2) \
                and not is_a(t.text, "compound_preposition") and not is_a(t.text, "title_link") \
                and not is_preposition_with_pronoun(t):
            # («ربما بسبب صغر حجمه»: not «طالب بـ»; «وطالب المتحدث باسم الوزارة …»: a title, no call;
            # «وهو ما صرح به مدير الكرة»: «به» points back, it calls for nothing)
            start_tok, cut = j, 1  # «بوقف …»: the clitic stays outside
        else:
            continue
        if start_tok >= len(toks) or _is_punct(toks[start_tok]):
            return None
        end = _content_end(doc, sent, start_tok, cues_at, participle_at)
        # what is called for is a noun phrase: a comma and «و» + a verb go on with the narrative
        # («طالب … بزيادة السعر ليصل إلى 40 سنتا، ووقعت مصادمات …»)
        # (a verb of what the speaker does next, words.tsv ``act_verb``, whatever the tagger makes of
        # it: «وحث أسر النزلاء على زيارة أبنائهم، وشكر وزارة …», «شكر» read as a noun)
        end = next((k for k in range(start_tok + 1, end - 1) if is_comma(toks[k].text) and len(toks[k + 1].words) > 1
                    and toks[k + 1].words[0].upos == "CCONJ" and (
                        toks[k + 1].words[1].upos == "VERB" or is_a_after_conj(toks[k + 1].text, "act_verb"))), end)
        if end <= start_tok:
            return None
        s, e = toks[start_tok].start + cut, toks[end - 1].end
        if not any(ch.isalnum() for ch in doc.text[s:e]):
            return None
        typ, s, e = classify(doc.text, s, e, marks) if '"' in doc.text[s:e] or "«" in doc.text[s:e] \
            else ("indirect", s, e)
        return ContentMatch(s, e, typ, ["demand", "nominal"])
    return None

