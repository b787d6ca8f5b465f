"""«According to» constructions: بحسب البيان، وفق ما أوردته رويترز، نقلاً عن …

The reported content is the clause the phrase is attached to: the clause
before it when it closes the sentence («…، بحسب البيان»), the clause after it
when it opens the sentence («فبحسب إحصاءات …، يبلغ …»). The source is the
noun phrase after the marker (after «ما» + verb in «وفق ما أوردته X»).
Used only where no reporting verb of the sentence already reports that clause.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

from .content import ContentMatch, QuoteMark, Report, classify
from .cues import CueMatch, makes_known
from .doc import Doc, Sentence
from .lexicon import CueEntry, active_lexicon
from .normalize import fold, has_conj, strip_conj
from .speaker import QUOTE_CLOSE, QUOTE_OPEN, SpeakerMatch, is_addressee, noun_phrase_end, quoted_addressee, quoted_name_end, trim_phrase
from .words import (DASHES, NAME_UPOS, byline_end, heads_class, is_a, is_a_pair, is_according, is_comma, is_complementiser, is_complementiser_word,
                    is_sentence_end, is_free_relative, is_stop, is_title_noun, member_with_pronoun, names_norm, opens_relative_clause,
                    separates_clauses, statement_word, token_is_a)


@dataclass
class AccordingMatch:
    marker: int  # token index of the marker
    content: tuple[int, int]  # prepared offsets
    type: str
    speaker: Optional[SpeakerMatch]
    entry: Optional[CueEntry] = None  # the marker's lexicon entry when it is a reporting verb («كما ذكرت …»)
    credits: Optional[int] = None  # a credit, no quote: where the cue of the report it credits starts


def _source_after(sent: Sentence, i: int) -> Optional[SpeakerMatch]:
    toks = sent.tokens
    j = i + 1
    # «وفقاً لـ»، «نقلاً عن»: a preposition may stand alone
    if j < len(toks) and fold(toks[j].text) in ("ل", "عن", "الي"):
        j += 1
    # «وفق ما أوردته X»، «بحسب ما ذكرت X»، «وفقاً لما ذكره X»، «حسبما ذكر X»: skip «ما» and the verb
    glued = fold(toks[i].text).endswith("ما") and not is_a(toks[i].text, "according")
    if glued or (j < len(toks) and fold(toks[j].text) in ("ما", "لما", "عما")):
        j += 0 if glued else 1
        if j + 2 < len(toks) and len(toks[j].words) == 1 and fold(toks[j + 1].text) == "في" \
                and not is_stop(toks[j + 2]):
            j += 2  # «حسبما نشر في الجريدة الرسمية»، «حسبما ورد في تقريرها»: where it was published is the source
        elif j < len(toks) and is_a(toks[j].text, "norm_verb"):
            return None  # «وفقا لما نصت عليه الاستراتيجية …»: what a text stipulates, no source
        elif j < len(toks) and (any(w.upos == "VERB" for w in toks[j].words) or (
                len(toks[j].words) > 1 and toks[j].words[-1].upos == "PRON")):
            if not makes_known(toks[j]):
                return None  # «وفق ما يتطلبه الموقف»، «حسب ما خطط له»: what something requires, no source
            j += 1  # (the verb with the pronoun that points back to «ما», however tagged: «لما أعلنته مجلة …»)
            if j < len(toks) and len(toks[j].words) == 2 and [w.upos for w in toks[j].words] == ["ADP", "PRON"]:
                cue = active_lexicon().match_form(toks[j - 1].text)
                if cue is not None and cue[0].category == "relay":
                    return None  # «وفق ما نقلت عنه وكالة …»: from him, whom the clause names; a relay
                j += 1  # «لما أفادت به بعض وسائل الإعلام»: or a preposition's pronoun points back to «ما»
            while j < len(toks) and is_a(toks[j].text, "time"):
                j += 1  # «بحسب ما ذكرت أمس وزارة المالية»: the source after the time («… ما ذكر أمس في مؤتمر
                #         صحافي»: none, not «أمس»)
    if j >= len(toks):
        return None
    close = quoted_name_end(toks, j, len(toks))
    if close:
        return SpeakerMatch(j, close, toks[j + 1].words[0], "surface")
    t = toks[j]
    if is_stop(t) or not any(w.upos in ("NOUN", "PROPN", "X", "ADJ") for w in t.words):
        return None
    if len(t.words) == 2 and t.words[1].upos == "PRON" and t.words[0].upos == "NOUN" \
            and (member_with_pronoun(t.text, "saying_noun") or statement_word(fold(t.text))):
        # «وحسب أقواله فقد تم …»، «بحسب تصريحاته»: the one the pronoun stands for
        return SpeakerMatch(j, j, t.words[1], "relay-pronoun")
    if len(t.words) == 1 and is_a(t.text, "saying_noun") and j + 1 < len(toks) and not is_stop(toks[j + 1]) \
            and any(w.upos in ("NOUN", "PROPN", "X") for w in toks[j + 1].words):
        j, t = j + 1, toks[j + 1]  # «حسب تأكيد | الجوازات»، «وفق تصريح | لخبير أمني»: who said it, not the saying
    end = noun_phrase_end(sent, j, len(toks))
    link = next((k for k in range(j + 1, end + 1) if is_a(toks[k].text, "according_link")), None)
    if link is not None:
        end = link - 1  # «وبحسب ميد | فإن هذا التراجع …»: the clause it reports begins at «فإن»
    first, last = trim_phrase(sent, j, end)
    head = next((w for w in t.words if w.upos in ("NOUN", "PROPN", "X")), t.words[-1])
    return SpeakerMatch(first, last, head, "surface")


CREDIT_MAX = 3  # tokens between an opening phrase and the next report's cue: a credit for that report

SOURCE_MAX = 6  # tokens of the source of an according-to phrase with no comma before it


def _closing_source(sent: Sentence, i: int, src: SpeakerMatch) -> Optional[int]:
    """«… ويتم تنفيذ المزيد حسب مصادر أمنية إسرائيلية.»: with no comma before it, an
    according-to phrase closes the clause before it only when it ends the sentence and
    its source is one («حسب الطقوس الإسلامية» is no source): someone named, a source
    noun, a group of people or an institution. The source's last token index (taking in its
    own prepositional phrase: «… وفق العاملين في المجال الإنساني.»), else None."""
    toks = sent.tokens
    rest = toks[src.last + 1:]
    last = src.last
    run = _title_run(toks, src)
    if run is not None:  # «… بحسب “جان شارل بريزار” الخبير في تمويل الإرهاب.»: the source and its title
        return run if i >= 3 else None
    goes_on = active_lexicon().match_form(rest[1].text) if len(rest) > 1 else None
    goes_on = goes_on is not None and goes_on[0].category == "add"  # «… بحسب أبيس الذي أضاف …»
    if rest and is_a(rest[0].text, "relative"):
        rest = []  # «… وفق الأمم المتحدة التي قدرت عدد …»: a relative clause on the source closes with it
    if len(rest) > 1 and is_comma(rest[0].text) and is_title_noun(rest[1].text):
        rest = []  # «… «…» بحسب عبد الحكيم مجاهد، العضو السابق في طالبان الذي …»: the source's title in
        #            apposition, and what hangs on it, close with it
    own = [t for t in rest if not is_sentence_end(t.text)]
    words = [w for t in own for w in t.words]
    if words and words[0].upos == "ADP" and len(own) <= SOURCE_MAX and all(
            w.upos in ("ADP", "NOUN", "PROPN", "ADJ", "X", "DET") for w in words):
        rest, last = [], own[-1].index  # «… وفق العاملين | في المجال الإنساني.»: the source's own phrase
    if i < 3 or any(not is_sentence_end(t.text) for t in rest) \
            or last - src.first >= (TITLE_RUN if _named_with_title(toks[src.first:last + 1]) else SOURCE_MAX):
        return None
    if goes_on and is_a(toks[src.last + 1].text, "relative") and last == src.last:
        return last  # «… بحسب أبيس الذي أضاف أن …»: who adds to a report made one, whatever the tagger read
        #              (not any saying: «… طبقا للمفهوم التركي الذي يقول: …»)
    return last if _names_a_source(toks[src.first:last + 1]) else None


TITLE_RUN = 16  # tokens of a title and its holder's name after an according-to marker


def _title_run(toks, src: SpeakerMatch) -> Optional[int]:
    """«…، بحسب الباحث | في معهد العلاقات الدولية … سيباستيان أبيس.»، «… بحسب “جان شارل بريزار” |
    الخبير في تمويل الإرهاب.»: the words after an according-to source up to the sentence's end
    are one noun phrase (no verb, no comma; quote marks around a name in it may stand) that
    either ends on a name after a title or is a title after a name: the source runs on over
    them (who it is, named whole). Their last token index, else None."""
    end = len(toks)
    while end > src.last + 1 and is_sentence_end(toks[end - 1].text):
        end -= 1
    run = toks[src.last + 1:end]
    marks = [t for t in run if t.text in QUOTE_OPEN or t.text in QUOTE_CLOSE]  # (a quoted name inside, «وكاتب “…”»)
    if not run or len(run) > TITLE_RUN or any(is_comma(t.text) for t in run) \
            or not _of_a_noun_phrase([t for t in run if t not in marks]):
        return None
    if is_title_noun(strip_conj(fold(toks[src.first].text))) and run[-1].words[-1].upos in NAME_UPOS:
        return run[-1].index  # a title, then its holder's name
    named = toks[src.last].words[-1].upos in NAME_UPOS or toks[src.last].text in QUOTE_CLOSE
    if named and is_title_noun(fold(run[0].text)):
        return run[-1].index  # a name (or a quoted name), then its title
    return None


def _named_with_title(src_toks) -> bool:
    """«جول محمد بيدار نائب حاكم إقليم باداخشان شمال شرق البلاد»: two name words and a title, no verb and
    no punctuation: one person named whole, however long the title's field runs."""
    return sum(any(w.upos in NAME_UPOS for w in t.words) for t in src_toks) >= 2 \
        and any(is_title_noun(strip_conj(fold(t.text))) for t in src_toks) \
        and not any(any(w.upos in ("VERB", "AUX", "PUNCT") for w in t.words) for t in src_toks)


def _names_a_medium(src_toks) -> bool:
    """Does a credited source name a medium or an outlet («وكالة "رويترز"»، «صحيفة نيويورك تايمز»، «لموقع
    المؤسسة»، «رويترز»), not a person or a body that speaks for itself?"""
    return any(heads_class(x, "media") or heads_class(x, "outlet") for x in _without_lam(src_toks[0].text))


def _names_a_source(src_toks) -> bool:
    """Is the phrase a source: someone named, a source noun, a group of people, an institution, a
    medium, an outlet or a document («… بحسب تقرير الصحف المملوكة للدولة.»; a norm such as «قرار» is
    left out before: ``names_norm``) (with or without the «لـ» of «وفقا لـ»), and no clause (not «… بحسب الأديان
    السماوية كلها كان إبليس الذي …»)?"""
    if any(is_complementiser(t) or any(w.upos in ("VERB", "AUX") for w in t.words) for t in src_toks):
        return False
    return any(w.upos in NAME_UPOS for t in src_toks for w in t.words) or any(
        any(heads_class(x, c) for c in ("person_noun", "people", "institution", "media", "outlet", "document"))
        for x in _without_lam(src_toks[0].text))  # «… بحسب ما ذكرت وزارة المالية.»: «وزارة» keeps its «و»


def _without_lam(word: str) -> tuple[str, ...]:
    """A source's first word as written and, when it opens with the «لـ» of «وفقا لـ», without it
    («لمسؤولين» → «مسؤولين»، «للبوابة» → «البوابة»)."""
    key = fold(word)
    words = (word, word[1:]) if key.startswith("ل") else (word,)
    return words + ("ال" + key[2:],) if key.startswith("لل") else words


LINK_REACH = 25  # tokens from an opening phrase's source to the «، فإن» that opens its clause


def _link_after(toks, last: int) -> Optional[int]:
    """«ووفقا للمؤشر الإحصائي في وزارة العدل، اطلعت عليه "الوطن"، فإن …»: the index of the «فإن»
    (words.tsv ``according_link``, after a comma) that opens the clause an opening phrase reports,
    when it comes before the sentence ends or another complementiser; else None."""
    for k in range(last + 1, min(len(toks), last + 1 + LINK_REACH)):
        t = toks[k]
        if is_a(t.text, "according_link"):
            # after a comma, or right after more of the source's noun phrase («ووفقا لتقديرات هيئة
            # الاتصالات | وتقنية المعلومات فإن …»)
            gap = toks[last + 1:k]
            return k if is_comma(toks[k - 1].text) or toks[k - 1].text in DASHES or _of_a_noun_phrase(gap) \
                or (gap and opens_relative_clause(gap[0])) \
                else None  # («وطبقا للائحة الاتهام - التي حصلت "الوطن" على نسخة منها - فإن …»: an aside in dashes;
            #              «وبحسب تقرير المستشفى | الذي تم نقل "ويندي" إليه فقد …»: a relative clause on the source)
        if is_sentence_end(t.text) or is_complementiser(t) or t.text == ":":
            return None
    return None


SOURCE_GAP_UPOS = {"NOUN", "PROPN", "ADJ", "ADP", "DET", "X", "NUM", "PUNCT", "CCONJ"}


def _of_a_noun_phrase(gap) -> bool:
    """Are the tokens between a source and what follows it more of a noun phrase: no verb, no stop?"""
    # (a possessive pronoun on a noun too: «… في المكسيك والبيرو وغيرها من دول أميركا الجنوبية»)
    return all(w.upos in SOURCE_GAP_UPOS or (w.upos == "PRON" and len(t.words) > 1) for t in gap for w in t.words) \
        and not any(is_stop(t) for t in gap)


def _comma_closing_source(toks, last: int) -> Optional[int]:
    """The comma that closes an opening phrase's source when more of its noun phrase, or a relative
    clause on it, stands between («وحسب موقع | "العربية نت"،»، «وبحسب التفاصيل | التي حصلت عليها
    "سبق"،»): its index, else None (a verb of the clause itself before any comma: «وحسب البيان قامت
    الشرطة …، …»; a quoted name holding «إن», «"سي إن إن"», stops it too)."""
    for k in range(last + 1, min(len(toks), last + 1 + LINK_REACH)):
        t = toks[k]
        if is_comma(t.text):
            gap = toks[last + 1:k]
            # (not a phrase of «و» after the comma: «وبحسب الدراسات التي أعدتها الشركة …، | وبإشراف …»
            # goes on with the source's own words)
            opens = k + 1 < len(toks) and not has_conj(fold(toks[k + 1].text))
            return k if gap and opens and (_of_a_noun_phrase(gap) or token_is_a(gap[0], "relative")) else None
        if is_sentence_end(t.text) or is_complementiser(t) or t.text == ":":
            return None
    return None


def _source_to_comma(toks, src: SpeakerMatch, link: int) -> SpeakerMatch:
    """The source of an opening phrase taken on to the first comma after it (or to its link, «فإن»,
    with no comma before it) when the words between are of a noun phrase (no verb): «الموقع الرسمي |
    لقناة السويس الجديدة،»، «المؤشر الإحصائي | في وزارة العدل،» (not the relative aside after that
    comma: «، اطلعت عليه "الوطن"،»)."""
    comma = next((k for k in range(src.last + 1, link + 1) if is_comma(toks[k].text) or k == link), None)
    if comma is None or comma == src.last + 1:
        return src
    when = next((k for k in range(src.last + 1, comma) if is_a(toks[k].text, "time_preposition")), None)
    if when is not None:  # «ووفقا لتقرير المؤسسة | خلال الشهر الأخير، فإن …»: when it said so, not who
        comma = when
        if comma == src.last + 1:
            return src
    return replace(src, last=comma - 1) if _of_a_noun_phrase(toks[src.last + 1:comma]) else src


def _opens_with_conj(t) -> bool:
    """A token that opens with «و»/«ف» as a conjunction: not a word whose own first letter it is and
    that stands alone as a preposition («…، في مدينة غزة»)."""
    return has_conj(fold(t.text)) and not (len(t.words) == 1 and t.words[0].upos == "ADP")


def _no_list_member(toks, k: int, marker: int) -> bool:
    """Is the «و» phrase at ``k`` more than a member of a list: no comma before the marker, or a verb
    before its next comma? («…، ووقاية الجلد من الانكماش، يدعوك خبراء …»، «… في حركتي "حماس"،
    و"الجهاد الإسلامي"، في مدينة غزة …»: a noun coordinated with the one before, the clause began
    earlier.)"""
    comma = next((c for c in range(k + 1, marker) if is_comma(toks[c].text)), None)
    return comma is None or any(w.upos in ("VERB", "AUX") for t in toks[k:comma] for w in t.words)


def _also_that(toks, k: int) -> bool:
    """«كما» opening a clause of its own after a comma («…، كما أن البطالة …»)."""
    return fold(toks[k].text) in ("كما", "وكما")


def _taken_before(taken: list[tuple[int, int]], cue_starts: tuple[int, ...], marker: int, s: int, e: int) -> bool:
    """Does a span already reported overlap [s, e), other than one whose cue comes after the marker
    at ``marker`` (``taken[n]`` is the report whose cue starts at ``cue_starts[n]``)?"""
    later = {n for n, c in enumerate(cue_starts) if c > marker}
    return any(a < e and s < b for n, (a, b) in enumerate(taken) if n not in later)


def find_according(doc: Doc, sent: Sentence, marks: list[QuoteMark],
                   taken: list[tuple[int, int]], cue_starts: tuple[int, ...] = ()) -> list[AccordingMatch]:
    """According-to quotes of a sentence whose clause no other quote covers, and the credits of an
    opening phrase right before another report's cue (``AccordingMatch.credits``: no quote of their own).
    ``taken``: spans already reported (from the sentence start to each quote's
    end); ``cue_starts``: where the sentence's other reports begin — an opening
    phrase's clause stops before the next one («وحسب أم فؤاد، أنها …، لتؤكد أنها …»)."""
    out = []
    toks = sent.tokens
    for i in range(len(toks)):
        if not is_according(toks[i].text):
            continue
        src = _source_after(sent, i)
        if src is None or is_a(toks[src.first].text, "own_words") or names_norm(sent.tokens, src.first):
            continue  # «(حسب كلامه)»: the speaker's own words end there, no new source; «وفق
            #          الخطة»، «وفقاً للجدول الزمني»: in accordance with a norm, no source at all
        prefixed = has_conj(fold(toks[i].text)) and not is_a(toks[i].text, "according")
        comma = i > 0 and (is_comma(toks[i - 1].text) or toks[i - 1].text in ("(", "–", "-"))  # «…، بحسب البيان»، «… – بحسب …»
        dhalika = i > 1 and fold(toks[i - 1].text) == "وذلك"  # «…، وذلك حسبما ذكر متحدث»
        closing = _closing_source(sent, i, src) if not comma and not dhalika and i > 0 else None
        bare = closing is not None  # «… حسب مصادر أمنية»
        if bare:
            src = replace(src, last=closing)
        elif (comma or dhalika) and (run := _title_run(toks, src)) is not None:
            src = replace(src, last=run)  # «…، بحسب الباحث في معهد … سيباستيان أبيس.»: named whole
        if (comma or dhalika or bare) and not prefixed:
            # closing phrase: the clause before it, from the sentence start (with no comma
            # before the phrase, from the last «، و»: «…، والتخوف هو أن … حسب مصادر أمنية»)
            byline = byline_end(toks)  # «ماجد الرفاعي- سبق- ينبع: أعلنت الجامعة …، بحسب …»: not the byline
            start_tok = next((j + 1 for j in range(i - 2, 0, -1) if is_comma(toks[j].text)
                              and (_opens_with_conj(toks[j + 1]) or _also_that(toks, j + 1))
                              and not any(w.upos == "VERB" for w in toks[j + 1].words)  # «، وتوفي …»: the verb goes
                              and _no_list_member(toks, j + 1, i)),  # on with the sentence's subject; «، والتخوف هو
                             0) if bare else 0  # …» opens its own
            if byline is not None and start_tok <= byline < i:
                start_tok = byline + 1
            while bare and start_tok < i - 1 and (_also_that(toks, start_tok)
                                                  or is_complementiser_word(strip_conj(fold(toks[start_tok].text), 2))):
                start_tok += 1  # «…، كما أن | البطالة المقنعة منتشرة جدا في إيران بحسب البنك الدولي»، «…، فإن | «…» بحسب …»
            end_tok = i - 1 if comma else (i - 2 if dhalika else i)
            while end_tok > start_tok and (separates_clauses(toks[end_tok - 1].text) or toks[end_tok - 1].text in ("(", "-")):
                end_tok -= 1
            if end_tok <= start_tok:
                continue
            s, e = toks[start_tok].start, toks[end_tok - 1].end
            first = toks[start_tok]
            if start_tok and len(first.words) > 1 and first.words[0].upos == "CCONJ" and has_conj(first.text):
                s = first.start + 1  # «، والتخوف هو …»: the clause without its «و»
            # what follows the phrase after a comma or a dash («…، بحسب الجمارك، …»، «… - حسب الصندوق
            # - إلى …»); words with no comma
            # before them still belong to the phrase («…، وفق المرصد … ووكالة الانباء السورية (سانا).»)
            after = next((k for k in range(src.last + 1, len(toks))
                          if is_comma(toks[k].text) or toks[k].text in ("–", "-")), len(toks))
            rest = [t for t in toks[after + 1:] if not is_sentence_end(t.text) and not is_comma(t.text)
                    and not is_a(t.text, "time")]  # «…، حسبما أعلن مكتبه أمس.»: the phrase closes it
            if bare and src.last + 1 < len(toks) and is_a(toks[src.last + 1].text, "relative") \
                    and not is_free_relative(toks[src.last + 1].text):
                rest = []  # «… هو «عملية احتجاز رهائن» بحسب المصدر الذي قال إن …»: with no comma before it the
                #            phrase closes the clause before it; what follows is its source's relative clause
            if rest and is_addressee(rest[0]):
                rest = []  # «…، بحسب ما ذكر مصدر امني … لوكالة فرانس برس.»: whom the source told
            if rest and (is_a(rest[0].text, "clause_link") or (
                    len(rest[0].words) > 1 and rest[0].words[0].upos == "CCONJ" and rest[0].words[1].upos in ("VERB", "AUX"))):
                rest = []  # «…، حسبما ذكرت اللجنة، فيما لاحظ مراقبون …»، «…، وفقا لمجلس الشحن العالمي، ويهدف
                #            الفرع الجديد …»: a new clause after it; the phrase credits the clause before
            if rest and bare and is_title_noun(rest[0].text):
                rest = []  # «… «الملا منصور معتدل» بحسب عبد الحكيم مجاهد، العضو السابق في طالبان الذي …»: the
                #            source's title in apposition, no clause of the sentence
            if rest and _opens_with_conj(rest[0]) and rest[0].words[-1].upos in ("NOUN", "PROPN") \
                    and not any(w.upos in ("VERB", "AUX") for t in rest for w in t.words):
                rest = []  # «…، وفقا لدراسة لباحثين من جامعة ألدو مورو في باري، ووحدة الشيخوخة …، ومعهد … في
                #            روما»: more of the source, «و» and a noun to the end with no verb; the phrase closes
            if rest and (_participle_cue(rest[0]) or opens_relative_clause(rest[0])):
                rest = []  # «…، حسب متحدث باسم الوزارة، مشيرًا إلى أن …»، «…، بحسب نتائج الدراسة، التي أكدت أيضا
                #            أن …»: the source goes on to a report of its own; the phrase credits the clause before
            if rest:  # a parenthetical «، بحسب الجمارك، …»: the whole sentence is reported
                last = len(toks)
                while last > 0 and is_sentence_end(toks[last - 1].text):
                    last -= 1
                e = toks[last - 1].end
        elif i <= 1 or prefixed:
            # opening phrase: the clause after the source
            link = _link_after(toks, src.last)
            comma = _comma_closing_source(toks, src.last) if link is None else None
            if link is not None:  # «وبحسب الموقع الرسمي | لقناة السويس الجديدة، فإن …»: the clause begins
                src = _source_to_comma(toks, src, link)  # after «فإن»; the source runs on to the comma
                k = link + 1
            elif comma is not None:  # «وحسب موقع | "العربية نت"، قامت …»، «وبحسب التفاصيل | التي
                if _of_a_noun_phrase(toks[src.last + 1:comma]):  # حصلت عليها "سبق"، كان …»: the clause
                    src = replace(src, last=comma - 1)            # begins after the comma that closes
                k = comma + 1                                      # the source's phrase
            else:
                k = src.last + 1
            while k < len(toks) and (separates_clauses(toks[k].text) or toks[k].text == ":" or is_complementiser(toks[k])
                                     or is_a(toks[k].text, "according_link")
                                     or (is_a(toks[k].text, "time") and k + 1 < len(toks) and is_comma(toks[k + 1].text))):
                k += 1  # «وحسب أم فؤاد، أنها حاولت …»، «وبحسب أرقام نشرتها الوزارة أمس، فإن 94.9 …»، «وحسب الشهود؛ فقد …»
            end = len(toks)
            # (a cue right after the source, after the comma that closed it or not: «وبحسب متعاملين في
            # السوق، | اكدوا أن …»، «وبحسب وكالة "رويترز" | قال كيري "…"»: a credit for its report)
            nxt = [c for c in cue_starts if c >= toks[k].start]
            if nxt:
                end = next(t.index for t in toks if t.end >= min(nxt))
                comma = next((j for j in range(end - 1, max(k, end - 4), -1) if is_comma(toks[j].text)), None)
                end = comma if comma is not None else end
            while end > k and (is_sentence_end(toks[end - 1].text) or is_comma(toks[end - 1].text)):
                end -= 1
            if end <= k or (nxt and (end - k <= CREDIT_MAX or not any(
                    w.upos in ("VERB", "AUX") for t in toks[k:end] for w in t.words))):
                if nxt:
                    out.append(AccordingMatch(i, (0, 0), "", src, credits=min(nxt)))
                continue  # «وبحسب "الفرنسية"، فقد أضاف التقرير أن …»، «وبحسب وكالة «رويترز»، كان كارتر
                #          قد قال …»: a credit for the report that follows, not a clause of its own; so
                #          are words with no verb up to that report's cue («وبحسب "الفرنسية"، فإن سيباستيان
                #          ابيس الباحث … يعتبر أن …»: its subject)
            s, e = toks[k].start, toks[end - 1].end
            if any(a < e and s < b for a, b in taken if a > sent.start or not nxt):
                continue
            typ, s, e = classify(doc.text, s, e, marks)
            out.append(AccordingMatch(i, (s, e), typ, src))
            continue
        else:
            continue
        # a report whose cue comes after the marker does not take the clause before it
        # («…، بحسب صحيفة فيدوموستي التي قالت إنها اطلعت على نصه»: the relative clause's own report)
        if _taken_before(taken, cue_starts, toks[i].start, s, e):
            continue
        typ, s, e = classify(doc.text, s, e, marks)
        out.append(AccordingMatch(i, (s, e), typ, src))
    return out


def find_as_said(doc: Doc, sent: Sentence, marks: list[QuoteMark],
                 taken: list[tuple[int, int]], cue_starts: tuple[int, ...] = ()) -> list[AccordingMatch]:
    """«… في اتجاه محافظة لحج المجاورة، كما ذكرت مصادر عسكرية.»، «… بطريقة مسؤولة كما أفاد المرصد
    السوري لحقوق الإنسان.»: «كما» (words.tsv ``as_said``) + a reporting verb with no clause of its own
    + its source closing the sentence (a time word or the outlet told may follow) is an according-to
    phrase: the clause before it, from the sentence start, is what the source said. The marker is
    the verb."""
    toks = sent.tokens
    out = []
    for i in range(2, len(toks) - 2):
        if is_a(toks[i].text, "as_said") and len(toks[i].words) == 1:
            v = i + 1
        elif i + 3 < len(toks) and is_a_pair(toks[i].text, toks[i + 1].text, "as_said"):
            v = i + 2  # «…، على ما أفاد مصدر عسكري.»
        else:
            continue
        hit = active_lexicon().match_form(toks[v].text)
        if hit is None or hit[1] or hit[0].kind != "verb" or has_conj(fold(toks[v].text)):
            continue
        at = v
        while at + 2 < len(toks) and is_a(toks[at + 1].text, "time"):
            at += 1  # «…، كما ذكرت الجمعة مصادر رسمية.»: the source after the time
        src = _source_after(sent, at)
        if src is None or src.first != at + 1 or is_a(toks[src.first].text, "own_words"):
            continue  # («كما ذكرت أعلاه»: no source; «كما قال في مؤتمر صحافي»: the clause's own subject)
        k = src.last + 1
        if k < len(toks) and len(toks[k].words) > 1 and toks[k].words[0].upos == "CCONJ" \
                and toks[k].words[1].upos in ("NOUN", "PROPN", "X"):
            src = replace(src, last=noun_phrase_end(sent, k, len(toks)))  # «… على ما أفاد متطوع ومصدر طبي.»
            k = src.last + 1
        while k < len(toks) and (is_a(toks[k].text, "time") or is_comma(toks[k].text)):
            k += 1
        told = quoted_addressee(toks, k, len(toks)) if k < len(toks) else 0
        if told:
            k = told + 1  # «، كما قالت مصادر سورية معارضة لـ«الشرق الأوسط».»
        elif k < len(toks) and is_addressee(toks[k]):
            k = noun_phrase_end(sent, k, len(toks)) + 1
        if k < len(toks) and is_comma(toks[k - 1].text) and _participle_cue(toks[k]):
            k = len(toks)  # «…، على ما أفاد مصدر عسكري، مشيرًا إلى …»: the source's own participle goes on
        if any(not is_sentence_end(t.text) for t in toks[k:]):
            continue  # the source does not close the sentence: «كما» goes on with a clause of its own
        end_tok = i
        while end_tok > 0 and is_comma(toks[end_tok - 1].text):
            end_tok -= 1
        if end_tok < 2:
            continue
        s, e = toks[0].start, toks[end_tok - 1].end
        if _taken_before(taken, cue_starts, toks[i].start, s, e):
            continue  # (not by the source's own participle after it: «…، مضيفة أن …»)
        typ, s, e = classify(doc.text, s, e, marks)
        out.append(AccordingMatch(v, (s, e), typ, src, hit[0]))
    return out


def _participle_cue(t) -> bool:
    """A reporting participle with no «و» on it («مشيرًا»، «مضيفة»)."""
    hit = active_lexicon().match_form(t.text)
    return hit is not None and hit[1] and not has_conj(fold(t.text))


def find_credit_sentence(doc: Doc, sent: Sentence, marks: list[QuoteMark],
                         covered: list[tuple[int, int]]) -> list[AccordingMatch]:
    """«… بزاوية 140 درجة.وفقا للبوابة العربية للأخبار التقنية.»: a sentence that is nothing but an
    according-to phrase naming a source (a crawl's or a wire's credit after a full stop) reports the
    sentence before it, when no other report covers that sentence (a credit after a quote is no
    second row)."""
    toks = sent.tokens
    if sent.index == 0 or not toks or not is_according(toks[0].text):
        return []
    src = _source_after(sent, 0)
    if src is None or names_norm(toks, src.first) or any(not is_sentence_end(t.text) for t in toks[src.last + 1:]) \
            or not _names_a_source(toks[src.first:src.last + 1]):
        return []
    prev = doc.sentences[sent.index - 1]
    end_tok = len(prev.tokens)
    while end_tok > 0 and (is_sentence_end(prev.tokens[end_tok - 1].text) or is_comma(prev.tokens[end_tok - 1].text)):
        end_tok -= 1
    if end_tok < 3:
        return []
    s, e = prev.tokens[0].start, prev.tokens[end_tok - 1].end
    if any(a < e and s < b for a, b in covered):
        return []
    typ, s, e = classify(doc.text, s, e, marks)
    return [AccordingMatch(0, (s, e), typ, src)]


def according_reports(doc: Doc, sent: Sentence, marks: list[QuoteMark], reports: list[Report],
                      covered: list[tuple[int, int]]) -> list[Report]:
    """The according-to phrases of a sentence as reports: the marker is the cue
    (category ``according``), the phrase's noun phrase the source. ``reports``: the
    sentence's reports so far; ``covered`` learns the new contents."""
    taken = [(sent.start, r.content.end) for r in reports] + [c for c in covered if c[0] < sent.start < c[1]]
    cue_starts = tuple(r.cue.token.start for r in reports)
    out = []
    for a in find_according(doc, sent, marks, taken, cue_starts) + find_as_said(doc, sent, marks, taken, cue_starts) \
            + find_credit_sentence(doc, sent, marks, covered):
        if a.credits is not None:  # «وبحسب وكالة "رويترز" قال كيري …»: the medium credited is the quote's outlet
            credited = next((r for r in reports if r.cue.token.start == a.credits), None)
            if credited is not None and a.speaker is not None and _names_a_medium(sent.tokens[a.speaker.first:a.speaker.last + 1]):
                close = next((k for k in range(a.speaker.first, a.speaker.last + 1) if sent.tokens[k].text == ")"), None)
                credited.credit = a.speaker if close is None else replace(a.speaker, last=close)  # («(وام)» ends it)
            continue
        tok = sent.tokens[a.marker]
        if any(r.content.start <= tok.start < r.content.end for r in reports) \
                or not any(ch.isalnum() for ch in doc.text[a.content[0]:a.content[1]]):
            continue  # «وتابع "… حمانا الله من كل مكروه ووفق قادتنا لكل خير"»: a marker inside another
            #           report's words is theirs (a nested claim at most), and a source credits some words
        entry = a.entry or CueEntry(strip_conj(fold(tok.text)), "according", "according", (), frozenset(), frozenset())
        cue = CueMatch(sent, tok, tok.words[-1], entry, False, "form")
        out.append(Report(cue, ContentMatch(a.content[0], a.content[1], a.type, ["according-to"]), a.speaker))
        covered.append(a.content)
    return out
