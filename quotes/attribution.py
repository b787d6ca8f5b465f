"""Attribution step: who said it, and how we know.

Given a report (a cue and the content it reports) and the document's speaker
memory, decide in this order:

1. the speaker's **mention** in the sentence (``speaker.find_speaker``: the tree's
   subject trimmed to its noun phrase, else surface evidence); for an according-to
   phrase, its source;
2. the **outlet** a quote came through (``via``): the addressee «قال الوزير لرويترز»,
   «وأكد لـ"الاقتصادية"», the relaying agency of «نقلت الوكالة عن مسؤول» and of
   «ذكرت الهيئة نقلاً عن غواصين» — whose original source then becomes the mention;
3. **who that is** (``resolve.Memory``): a short name or a description to its fullest
   earlier mention, «والذي قال» to its antecedent, a pro-drop «وأضافت» to the last
   source that agrees, a continuing «وتابع مدرب برشلونة السابق» to the one going on;
   unattributed claims («يذكر أن») get no name, and vague sources («أفادت تقارير») their own
   mention, resolved to no one (``vague``).

The answer is one ``Attribution``; its ``evidence`` names what fired (it becomes the
``speaker:`` part of a quote's ``rule`` and feeds its confidence).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

from .agreement import cue_agreement, pronoun_agreement
from .content import Report
from .cues import CueMatch
from .doc import Doc, Sentence, Span, Token
from .normalize import fold
from .resolve import Memory, Mention, as_said, is_honorific_pronoun, relative_antecedent, sacred_formula, sacred_source
from .speaker import (SUBJECT_RELS, SpeakerMatch, addressee_after, document_source, find_speaker, is_addressee, is_bare_lam,
                      is_vague, names_a_report, noun_cue_speaker, opens_with_blessing, outlet_body_told, preposition_on_source, quoted_addressee, relay_source,
                      subject_before_when, cut_at_cue_preposition, outlet_told_in)
from .words import is_a, is_a_after_conj, is_comma, is_complementiser, opens_relative_clause


@dataclass
class Attribution:
    speaker: Optional[Span]  # the mention in the text, or None (pro-drop)
    name: Optional[str]  # who the speaker is
    resolution: str  # explicit | name | nominal | relative | pro-drop | pronoun | according-to | relay | vague | none
    via: Optional[Span]  # the outlet the quote came through
    evidence: str  # what fired: tree | surface | relay | according-to | pro-drop | agentless | vague | …


def attribute(doc: Doc, sent: Sentence, report: Report, memory: Memory) -> Attribution:
    """Who said ``report``, and how we know (see the module's docstring)."""
    c, content = report.cue, report.content
    limit = None
    if content.start > c.token.start:
        limit = next((t.index for t in sent.tokens if t.start >= content.start), None)
    lim = len(sent.tokens) if limit is None else limit
    if report.source is not None:
        sm, via_toks = report.source, None
    else:
        sm, via_toks = _mention_and_outlet(sent, report, limit, lim)
    if via_toks is None and report.credit is not None:  # «وبحسب وكالة "رويترز" قال كيري …»
        via_toks = (report.credit.first, report.credit.last)
    vague = sm is not None and not sm.relative and is_vague(sent, sm)
    speaker_span, name, resolution = _resolve(doc, sent, report, sm, vague, memory)
    evidence = "none" if sm is None else sm.evidence
    if resolution == "according-to":
        evidence = "according-to"
    if c.agentless or vague:
        evidence = "agentless" if c.agentless else "vague"
    if resolution not in ("explicit", "name", "nominal", "none", "vague"):
        evidence = resolution
    return Attribution(speaker_span, name, resolution, _via_span(doc, sent, via_toks), evidence)


def _mention_and_outlet(sent: Sentence, report: Report, limit: Optional[int],
                        lim: int) -> tuple[Optional[SpeakerMatch], Optional[tuple[int, int]]]:
    """The speaker's mention of a cue, and the outlet told or relaying (token indices)."""
    c = report.cue
    via_toks: Optional[tuple[int, int]] = None
    if c.noun:
        sm = noun_cue_speaker(sent, c.token, limit)  # «نفى فابيوس ذلك … بقوله: …»
    elif c.entry.kind == "document":
        sm = document_source(sent, c.token, limit)  # «وجاء في البيان أن …»
    else:
        sm = None if c.participle or c.agentless else find_speaker(sent, c.token, c.word, limit)
        if sm is not None and not sm.relative and opens_with_blessing(sent, sm) and sacred_formula(sent, sm) is None:
            sm = None  # «وقالت رضي الله عنها: …»: said over the one the verb goes on with
        if sm is None and not c.participle and not c.agentless:
            sm = subject_before_when(sent, c.token, limit, c.word)  # «… ذهب رئيس ريال مدريد … عندما قال: …»
        if sm is not None:
            sm = cut_at_cue_preposition(sent, sm, c.index, c.entry.preps,  # «وأعرب سليمان | عن أسفه»
                                        relay=c.entry.category == "relay")
    told = outlet_told_in(sent, sm) if sm is not None and not sm.relative and not c.participle \
        and is_a_after_conj(c.token.text, "telling") else None
    if told is not None:  # «أبلغ جوردون ديريك رئيس اتحاد الكاريبي | رويترز أنه …»
        sm, via_toks = replace(sm, last=told - 1), (told, told)
    elif sm is not None and not sm.relative:
        via_toks = sm.addressee or addressee_after(sent, sm, lim)  # «قال الوزير لرويترز»
    elif sm is None and not c.participle and c.index + 1 < lim and is_addressee(sent.tokens[c.index + 1]):
        via_toks = addressee_after(sent, SpeakerMatch(c.index, c.index, c.word, "cue"), lim)  # «وقال لرويترز»
    elif sm is None and not c.participle and c.index + 1 < lim and (told := quoted_addressee(sent.tokens, c.index + 1, lim)):
        via_toks = (c.index + 1, told)  # «وأكد لـ"الاقتصادية" أن …»
    quoting = _quoting_after(sent, sm, lim) if sm is not None and not sm.relative else None
    if quoting is not None and c.entry.category != "relay":
        src = relay_source(sent, quoting, None, lim)
        if src is not None:  # «وذكرت هيئة الإذاعة … نقلاً عن غواصين أنه …»
            via_toks, sm = (sm.first, sm.last), src
    if c.entry.category == "relay" and not (sm is not None and sm.relative):
        src = relay_source(sent, c.index, sm, lim)
        if src is not None:  # «نقلت الوكالة عن مسؤول …»: the official said it, via the agency
            if sm is not None:
                end = src.first - 2  # up to «عن», without time words and marks
                while end > sm.last and (is_a(sent.tokens[end].text, "time") or not any(
                        ch.isalnum() for ch in sent.tokens[end].text) and sent.tokens[end].text not in "”»\""):
                    end -= 1
                via_toks = (sm.first, max(sm.last, end))
            sm = src
    return sm, via_toks


def _resolve(doc: Doc, sent: Sentence, report: Report, sm: Optional[SpeakerMatch], vague: bool,
             memory: Memory) -> tuple[Optional[Span], Optional[str], str]:
    """The speaker's span, name and resolution; the memory learns the speaker."""
    c = report.cue
    speaker_span: Optional[Span] = None
    name: Optional[str] = None
    resolution = "none"
    m: Optional[Mention] = None
    if c.agentless or vague:
        # «ويذكر أن …»: an unattributed claim, kept with no source; «أفادت تقارير …»: the mention is
        # all the text says of its source, and the name (resolved to no one earlier or later)
        if vague:
            toks = sm.tokens(sent)
            speaker_span = doc.span(toks[0].start, toks[-1].end)
            name = speaker_span.text if names_a_report(sent, sm) and not c.agentless else None
            resolution = "vague" if name is not None else "none"
    elif sm is not None and sm.relative:
        ante = relative_antecedent(sent, c.word, sm.first)
        rel_tok = sent.tokens[sm.first]
        speaker_span = doc.span(rel_tok.start, rel_tok.end)
        if ante is not None:
            m = memory.mention_from(sent, ante)
            m, _ = memory.resolve_explicit(m)
        else:  # no antecedent found: the last source that agrees with the verb
            m = memory.resolve_prodrop(*cue_agreement(c), sent.index)
        if m is not None:
            name, resolution = m.name, "relative"
            memory.add(m)
    elif sm is not None and sm.evidence == "relay-pronoun":
        # «ونقل التلفزيون عنه قوله إن …»: the one the pronoun stands for said it, via the outlet
        w = sm.head
        speaker_span = doc.span(w.start, w.end)
        m = memory.resolve_prodrop(*pronoun_agreement(w), sent.index)
        if m is not None:
            name, resolution = m.name, "pronoun"
            memory.add(replace(m, sentence=sent.index))
    elif sm is not None and is_honorific_pronoun(sent, sm):
        # «وأكد معاليه»، «وقال سموه»: the minister or prince the article named
        tok = sent.tokens[sm.first]
        speaker_span = doc.span(tok.start, tok.end)
        m = memory.resolve_honorific(tok.text)
        if m is not None:
            name, resolution = m.name, "pronoun"
            memory.add(replace(m, sentence=sent.index))
    elif sm is not None:
        sm = memory.surname_alone(sent, sm)  # «وطالب حمادة | وزارة العمل …»
        toks = sm.tokens(sent)
        speaker_span = doc.span(toks[0].start + _preposition_letter(toks[0]), toks[-1].end)
        m = memory.mention_from(sent, sm)
        sacred = sacred_source(m) or sacred_formula(sent, sm)
        if sacred is not None:
            # «قال تعالى: (…)، مشيراً إلى أن …»: the preacher quotes scripture; the participle and a
            # later «وأضاف» are still his, so God or the Prophet is remembered for nothing after
            return speaker_span, sacred, "explicit"
        said = m
        m, resolution = memory.resolve_explicit(m)
        gender = said.gender or (cue_agreement(c)[0] if report.source is None else None)
        if resolution == "nominal" and gender is not None and m.gender != gender:
            # «وأشار المرور إلى أن …» → «إدارة مرور المنطقة الشرقية»: remembered as the sentence
            # spoke of it (its word's gender, else its verb's), so that a later «وأضاف» goes on with it
            m = replace(m, gender=gender, number=said.number or m.number)
        if resolution == "explicit" and c.entry.category == "add" and report.source is None \
                and toks[0].words[-1].upos == "NOUN":
            going_on = memory.resolve_continuing(m)
            if going_on is not None:
                m, resolution = going_on, "nominal"
        name = m.name
        if report.source is None and sm.evidence != "relay":
            m = as_said(m, cue_agreement(c)[0], sm.head)
        memory.add(m)
        if report.source is not None:
            resolution = "according-to"
        elif sm.evidence == "relay":
            resolution = "relay"
    else:
        g, num = _demonstrative_subject(sent, c) or cue_agreement(c)
        rel = _coordinated_relative(sent, report)
        ante = relative_antecedent(sent, sent.word(rel[1]), rel[0]) if rel is not None else None
        if ante is not None:
            # «ومارادونا الذي قاد بلاده … وقال مؤخراً إن …»: the relative clause goes on
            m, _ = memory.resolve_explicit(memory.mention_from(sent, ante))
            name, resolution = m.name, "relative"
            memory.add(m)
        else:
            m = memory.cue_speaker(sent, c.index, g) if c.participle else None
            if is_a_after_conj(c.token.text, "first_person_cue"):
                # «قلت: …» in a column is the writer's, no one spoken of before; inside a quote, the
                # quoted speaker's («وأكد بترجي أن … وقلت لها حينها إن …»)
                m = m or memory.speaking_around(sent.index, c.token.start)
            else:
                m = m or memory.resolve_prodrop(g, num, sent.index)
            if m is not None:
                name, resolution = m.name, "pro-drop"
                memory.add(replace(m, sentence=sent.index))
    if name is not None and m is not None:
        memory.remember_content(sent.index, report.content.start, report.content.end, m)
    if name is not None and m is not None and report.source is None:
        memory.remember_cue(sent.index, c.index, m, cue_agreement(c)[0])
        memory.remember_statement(sent, c.index, _content_token(sent, report), m)  # «وقال المتحف في بيان …»
    return speaker_span, name, resolution


def _demonstrative_subject(sent: Sentence, c: CueMatch) -> Optional[tuple[Optional[str], Optional[str]]]:
    """«ويرى هؤلاء أن …»: a demonstrative right after the verb is its subject and points back to
    whom it agrees with — «هؤلاء» to many though the verb before it is singular."""
    if c.noun or c.index + 1 >= len(sent.tokens):
        return None
    t = sent.tokens[c.index + 1]
    nxt = sent.tokens[c.index + 2] if c.index + 2 < len(sent.tokens) else None
    if len(t.words) != 1 or t.words[0].upos != "PRON" or not is_a(t.text, "anaphoric") \
            or not (t.words[0].deprel in SUBJECT_RELS or (nxt is not None and is_complementiser(nxt))):
        return None  # (the tree's object before «أن» is the subject: a verb with a clause takes no other)
    if is_a(t.text, "plural_demonstrative"):
        return t.words[0].feat("Gender"), "Plur"  # (a tagger may read «هؤلاء» as singular)
    return pronoun_agreement(t.words[0])


def _content_token(sent: Sentence, report: Report) -> int:
    """The first token of the content when it follows the cue, else the sentence's end."""
    if report.content.start <= report.cue.token.start:
        return len(sent.tokens)
    return next((t.index for t in sent.tokens if t.start >= report.content.start), len(sent.tokens))


def _preposition_letter(t: Token) -> int:
    """1 when the speaker's first token opens with the preposition «ل» or «ب» before a word
    with no article («وفقاً لتقرير الوزارة» → «تقرير الوزارة»), which is no part of the source;
    «للتقرير» (ل + ال) keeps its letters: the article is written inside them."""
    return int(preposition_on_source(t) and not fold(t.text).startswith("لل"))


def _via_span(doc: Doc, sent: Sentence, toks: Optional[tuple[int, int]]) -> Optional[Span]:
    """The outlet's mention, without the «ل» of «لرويترز»."""
    if toks is None:
        return None
    if is_bare_lam(sent.tokens[toks[0]]) and toks[1] > toks[0]:
        toks = (toks[0] + 1, toks[1])  # «لـ"الاقتصادية"» → «"الاقتصادية"»
    first, last = sent.tokens[toks[0]], sent.tokens[toks[1]]
    start = first.start
    if (is_addressee(first) or outlet_body_told(sent.tokens, toks[0], len(sent.tokens))) and not fold(first.text).startswith("لل"):
        start += 1  # («لهيئة الإذاعة البريطانية» → «هيئة الإذاعة البريطانية»)
    return doc.span(start, last.end)


def _coordinated_relative(sent: Sentence, report: Report) -> Optional[tuple[int, int]]:
    """A «و»-cue that continues a relative clause of the same sentence («… الذي قاد
    بلاده … وقال إن …»): (relative token, its verb's word id), else None. A relative pronoun that
    differs from the cue in gender or number is not its subject."""
    c = report.cue
    if c.participle or not fold(c.token.text).startswith("و"):
        return None
    for k in range(c.index - 1, max(-1, c.index - 16), -1):
        t = sent.tokens[k]
        if t.text in (".", "؛", ":") or is_comma(t.text) or any(w.upos == "VERB" for w in t.words) and k + 1 < c.index \
                and fold(t.text).startswith("و"):
            return None  # another clause of its own stands between
        if opens_relative_clause(t) and k + 1 < c.index:
            rel_verb = sent.tokens[k + 1]
            verb = next((w for w in rel_verb.words if w.upos == "VERB"), None)
            pronoun = t.words[-1]
            if any(p is not None and q is not None and p != q
                   for p, q in zip((pronoun.feat("Gender"), pronoun.feat("Number")), cue_agreement(c))):
                return None  # «… بالممثلين النجوم الذين تتشارك معهم العمل وقالت: …»: a plural pronoun,
                #              a singular cue: the clause is on her object, her «وقالت» goes on from her
            if verb is not None and rel_verb.words[-1].upos != "PRON":
                return k, verb.id
            return None  # «الدور الذي تلعبه القنوات … وقال»: the antecedent is the object
    return None


def _quoting_after(sent: Sentence, sm: SpeakerMatch, limit: int) -> Optional[int]:
    """Index of «نقلاً» (as in «نقلاً عن») shortly after the speaker, before the content."""
    for k in range(sm.last + 1, min(limit, sm.last + 8, len(sent.tokens) - 1)):
        if is_a(sent.tokens[k].text, "quoting") and fold(sent.tokens[k + 1].text) == "عن":
            return k
        if is_complementiser(sent.tokens[k]):
            return None
    return None
