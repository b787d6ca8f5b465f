"""The pipeline: text → normalise → parse → cues → content → speaker → resolve → Quote."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .content import ContentMatch, find_content, find_quote_marks, is_complementiser
from .cues import CueMatch, find_cues
from .doc import Cue, Doc, Quote, Sentence, Span
from .lexicon import CueEntry, Lexicon, default_lexicon
from .normalize import fold, prepare
from .parse import SECTION_CHARS, parse, sections
from .resolve import Memory, Mention, relative_antecedent, word_agreement
from .speaker import (SpeakerMatch, addressee_after, find_speaker, interlocutor, is_addressee, is_bare_lam,
                      quoted_addressee, relay_source)
from .according import find_according
from .words import is_a, is_according, token_is_a

CONTENT_CONFIDENCE = {
    ("complementiser", True): 0.92,
    ("complementiser", False): 0.8,
    ("colon",): 0.93,
    ("adjacent",): 0.9,
    ("quote-before-cue",): 0.85,
    ("unmarked",): 0.65,
    ("according-to",): 0.75,
    ("demand",): 0.72,
}
SPEAKER_FACTOR = {"according-to": 0.95, "relay": 0.95, "explicit": 1.0, "name": 0.98, "nominal": 0.95, "relative": 0.93, "pro-drop": 0.92,
                  "none": 0.8}
CUE_FACTOR = {"form+lemma": 1.0, "form": 0.97, "lemma": 0.88}


@dataclass
class _Found:
    cue: CueMatch
    content: ContentMatch
    source: Optional[SpeakerMatch] = None  # set for «according to» quotes


def _content_confidence(c: ContentMatch) -> float:
    ev = c.evidence
    if "complementiser" in ev:
        return CONTENT_CONFIDENCE[("complementiser", "tree" in ev)]
    if "unmarked" in ev:
        return CONTENT_CONFIDENCE[("unmarked",)]
    for k in ("colon", "adjacent", "quote-before-cue", "according-to", "demand"):
        if k in ev:
            return CONTENT_CONFIDENCE[(k,)]
    return 0.7


def _in_ranges(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in ranges)


def extract_doc(doc: Doc, lexicon: Optional[Lexicon] = None, earlier: Optional[list[Mention]] = None) -> list[Quote]:
    """The quotes of a parsed document. ``earlier``: the speaker memory of the
    sections before this one (a long text is extracted section by section)."""
    lexicon = lexicon or default_lexicon()
    marks = find_quote_marks(doc.text)
    memory = Memory(doc, earlier if earlier is not None else [])
    quotes: list[Quote] = []
    covered: list[tuple[int, int]] = []  # content already reported (prepared offsets)
    for sent in doc.sentences:
        cues = [c for c in find_cues(sent, lexicon) if not _in_ranges(c.token.start, covered)]
        cues_at = {c.index for c in cues}
        participle_at = {c.index for c in cues if c.participle}
        found: list[_Found] = []
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
            if _in_ranges(content.start, covered) or _in_ranges(c.token.start, [(x.content.start, x.content.end) for x in found]):
                continue
            found.append(_Found(c, content))
            covered.append((content.start, content.end))
        taken = [(sent.start, f.content.end) for f in found]
        for a in find_according(doc, sent, marks, taken, tuple(f.cue.token.start for f in found)):
            tok = sent.tokens[a.marker]
            key = fold(tok.text)
            lemma = key[1:] if key[:1] in ("و", "ف") and len(key) > 3 else key
            entry = CueEntry(lemma, "according", "according", (), frozenset(), frozenset())
            cue = CueMatch(sent, tok, tok.words[-1], entry, False, "form")
            found.append(_Found(cue, ContentMatch(a.content[0], a.content[1], a.type, ["according-to"]), a.speaker))
            covered.append(a.content)
        found.sort(key=lambda f: f.content.start)
        in_content = [(f.content.start, f.content.end) for f in found]
        events = _events(sent, found, in_content, cues)
        for kind, tok_index, payload in events:
            if kind == "subject":  # «وحذر الناطق الرسمي …»: the entity a later «وأضاف» means
                memory.add(memory.resolve_explicit(memory.mention_from(sent, payload))[0])
            else:
                q = _quote(doc, sent, payload, memory, len(quotes))
                quotes.append(q)
    return quotes


def _events(sent: Sentence, found: list[_Found], in_content: list[tuple[int, int]], cues: list[CueMatch]):
    """Subjects outside reported content, and quotes, in token order. Subjects
    come from reporting verbs that report no clause («ودعا بومبيو إلى …») and
    from sentence-initial verbs (ويلتقي الوزير …): the entities a later «وأضاف»
    may mean. Subjects of other verbs are too often misparsed to rely on."""
    events = []
    cue_tokens = {f.cue.index for f in found}
    other_cues = {c.index: c for c in cues if c.index not in cue_tokens and not c.participle}
    for tok in sent.tokens:
        if _in_ranges(tok.start, in_content) or tok.index in cue_tokens:
            continue
        prev = sent.tokens[tok.index - 1] if tok.index else None
        # «وهو ما أكده شكري بدوره، قائلاً إن …»: no report of its own, but its subject
        # is whom the participle after it means
        before = sent.tokens[tok.index - 2] if tok.index > 1 else None
        echoed = prev is not None and fold(prev.text) == "ما" and not (  # «وفق ما أوردته رويترز»: no
            before is not None and is_according(before.text)) and any(  # speaker, the outlet
            default_lexicon().match_form(w.text) or (w.upos == "VERB" and default_lexicon().match_lemma(w.lemma))
            for w in tok.words)
        if not echoed and prev is not None and token_is_a(prev, "relative"):
            continue
        initial = tok.index == 0 or (tok.index == 1 and is_a(sent.tokens[0].text, "subordinator"))
        if tok.index not in other_cues and not initial and not echoed:
            continue
        for w in ([other_cues[tok.index].word] if tok.index in other_cues else tok.words):
            if w.upos == "VERB" or tok.index in other_cues or echoed:
                sm = find_speaker(sent, tok, w)
                if sm is not None and not sm.relative and not _in_ranges(sent.tokens[sm.first].start, in_content) \
                        and not is_a(sent.tokens[sm.first].text, "not_a_source") and not _vague(sent, sm) \
                        and (echoed or _names_someone(sm.tokens(sent))
                             or (tok.index in other_cues and _source_like(sm.tokens(sent)))):
                    events.append(("subject", tok.index, sm))
                break
    # the one asked («وسألت الصحيفة الوزير …، فأكد أن …»): after the asker, so the answer is theirs
    for tok in sent.tokens:
        if _in_ranges(tok.start, in_content) or tok.index in cue_tokens:
            continue
        sm = interlocutor(sent, tok)
        if sm is not None and _names_someone(sm.tokens(sent)) and not _in_ranges(sent.tokens[sm.last].start, in_content):
            events.append(("subject", sm.first, sm))
    # a participle hangs on the clause before it: «دافع مارتينو … عن اللاعب قائلاً إن …»
    have = {e[1] for e in events}
    for f in found:
        if not f.cue.participle:
            continue
        head = sent.word(f.cue.word.head) if f.cue.word.head else None
        order = ([head.token] if head is not None and head.upos == "VERB" and head.token < f.cue.index else []) + \
            list(range(f.cue.index - 1, -1, -1))
        for k in order:
            tok = sent.tokens[k]
            if _in_ranges(tok.start, in_content) or k in cue_tokens:
                break  # another report stands between: its speaker is the one
            verb = next((w for w in tok.words if w.upos == "VERB"), None)
            if verb is None or _in_relative_clause(sent, k):
                continue
            if _reported_clause(sent, verb):
                break  # «وأن فرنسا ليست مطالبة …، مفيداً بأن …»: still the earlier speaker's words
            if k not in have:
                sm = find_speaker(sent, tok, verb)
                if sm is not None and not sm.relative and _names_someone(sm.tokens(sent)) \
                        and not _in_ranges(sent.tokens[sm.first].start, in_content) and not _vague(sent, sm):
                    events.append(("subject", k, sm))
            break
    for f in found:
        events.append(("quote", f.cue.index, f))
    events.sort(key=lambda e: (e[1], e[0] == "quote"))
    return events


def _via_span(doc: Doc, sent: Sentence, toks: Optional[tuple[int, int]]) -> Optional[Span]:
    """The outlet's mention, without the «ل» of «لرويترز»."""
    if toks is None:
        return None
    if is_bare_lam(sent.tokens[toks[0]]) and toks[1] > toks[0]:
        toks = (toks[0] + 1, toks[1])  # «لـ"الاقتصادية"» → «"الاقتصادية"»
    first, last = sent.tokens[toks[0]], sent.tokens[toks[1]]
    start = first.start
    if is_addressee(first) and not fold(first.text).startswith("لل"):
        start += 1
    return doc.span(start, last.end)


def _coordinated_relative(sent: Sentence, c: CueMatch) -> Optional[tuple[int, int]]:
    """A «و»-cue that continues a relative clause of the same sentence («… الذي قاد
    بلاده … وقال إن …»): (relative token, its verb's word id), else None."""
    if c.participle or not fold(c.token.text).startswith("و"):
        return None
    for k in range(c.index - 1, max(-1, c.index - 16), -1):
        t = sent.tokens[k]
        if t.text in (".", "؛", ":", "،", ",") or any(w.upos == "VERB" for w in t.words) and k + 1 < c.index \
                and fold(t.text).startswith("و"):
            return None  # another clause of its own stands between
        if token_is_a(t, "relative") and fold(t.text) not in (
                "ما", "من") and k + 1 < c.index:
            rel_verb = sent.tokens[k + 1]
            verb = next((w for w in rel_verb.words if w.upos == "VERB"), None)
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


def _reported_clause(sent: Sentence, verb) -> bool:
    """Is the verb's clause itself reported (introduced by أن/إن)? Its subject
    is then part of what was said, not who says it."""
    return any(x.deprel == "mark" and is_complementiser(sent.tokens[x.token])
               for x in sent.children(verb))


def _in_relative_clause(sent: Sentence, k: int) -> bool:
    """Is token k a verb of a relative clause («الذي سبق ودرب ميسي»)?"""
    for j in range(k - 1, max(-1, k - 4), -1):
        t = sent.tokens[j]
        if token_is_a(t, "relative"):
            return True
        if t.text in ("،", ",", "–", "-"):
            return False
    return False


def _vague(sent: Sentence, sm: SpeakerMatch) -> bool:
    """«تقارير إعلامية»، «أنباء»: a subject that names no identifiable source."""
    return is_a(sent.tokens[sm.first].text, "vague_source")


def _source_like(tokens) -> bool:
    """A subject that can be a source though it holds no name: a definite phrase
    or a source noun («الوزارة»، «مصادر»), not «يتوقع فرض عقوبات …»."""
    key = fold(tokens[0].text)
    return key.startswith(("ال", "وال")) or is_a(tokens[0].text, "person_noun")


def _names_someone(tokens) -> bool:
    """A subject worth remembering for «وأضاف»: it holds a name («ويلتقي الوزير
    مايك بومبيو …»), not «وأضاء خمسة آلاف فانوس …»."""
    return any(w.upos in ("PROPN", "X") for t in tokens for w in t.words)


def _quote(doc: Doc, sent: Sentence, f: _Found, memory: Memory, n: int) -> Quote:
    c, content = f.cue, f.content
    limit = None
    if content.start > c.token.start:
        limit = next((t.index for t in sent.tokens if t.start >= content.start), None)
    speaker_span: Optional[Span] = None
    name: Optional[str] = None
    resolution = "none"
    via_toks: Optional[tuple[int, int]] = None
    m: Optional[Mention] = None
    if f.source is not None:
        sm = f.source
    else:
        sm = None if c.participle or c.agentless else find_speaker(sent, c.token, c.word, limit)
        lim = len(sent.tokens) if limit is None else limit
        if sm is not None and not sm.relative:
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
                            c.isalnum() for c in sent.tokens[end].text) and sent.tokens[end].text not in "”»\""):
                        end -= 1
                    via_toks = (sm.first, max(sm.last, end))
                sm = src
    vague = sm is not None and not sm.relative and _vague(sent, sm)
    if c.agentless or vague:
        # «ويذكر أن …»، «أفادت تقارير …»: an unattributed claim; kept, with no source
        if vague:
            toks = sm.tokens(sent)
            speaker_span = doc.span(toks[0].start, toks[-1].end)
    elif sm is not None and sm.relative:
        ante = relative_antecedent(sent, c.word, sm.first)
        rel_tok = sent.tokens[sm.first]
        speaker_span = doc.span(rel_tok.start, rel_tok.end)
        if ante is not None:
            m = memory.mention_from(sent, ante)
            m, _ = memory.resolve_explicit(m)
        else:  # no antecedent found: the last source that agrees with the verb
            m = memory.resolve_prodrop(*word_agreement(c.word, fold(c.token.text)))
        if m is not None:
            name, resolution = m.name, "relative"
            memory.add(m)
    elif sm is not None:
        toks = sm.tokens(sent)
        speaker_span = doc.span(toks[0].start, toks[-1].end)
        m = memory.mention_from(sent, sm)
        m, resolution = memory.resolve_explicit(m)
        if resolution == "explicit" and c.entry.category == "add" and f.source is None \
                and toks[0].words[-1].upos == "NOUN":
            going_on = memory.resolve_continuing(m)
            if going_on is not None:
                m, resolution = going_on, "nominal"
        name = m.name
        memory.add(m)
        if f.source is not None:
            resolution = "according-to"
        elif sm.evidence == "relay":
            resolution = "relay"
    else:
        g, num = word_agreement(c.word, fold(c.token.text))
        rel = _coordinated_relative(sent, c)
        ante = relative_antecedent(sent, sent.word(rel[1]), rel[0]) if rel is not None else None
        if ante is not None:
            # «ومارادونا الذي قاد بلاده … وقال مؤخراً إن …»: the relative clause goes on
            m, _ = memory.resolve_explicit(memory.mention_from(sent, ante))
            name, resolution = m.name, "relative"
            memory.add(m)
        else:
            m = memory.cue_speaker(sent, c.index, g) if c.participle else None
            m = m or memory.resolve_prodrop(g, num)
            if m is not None:
                name, resolution = m.name, "pro-drop"
                memory.add(Mention(m.name, m.keys, m.gender, m.number, m.is_name, sent.index, m.span))
    if name is not None and m is not None and f.source is None:
        memory.by_cue[(sent.index, c.index)] = (m, word_agreement(c.word, fold(c.token.text))[0])
    cue_span = doc.span(c.token.start, c.token.end)
    content_span = doc.span(content.start, content.end)
    sspan = doc.span(sent.start, sent.end)
    conf = _content_confidence(content) * SPEAKER_FACTOR[resolution if resolution in SPEAKER_FACTOR else "explicit"]
    conf *= CUE_FACTOR.get(c.evidence, 0.9)
    speaker_ev = "none" if sm is None else sm.evidence
    if resolution == "according-to":
        speaker_ev = "according-to"
    if c.agentless or vague:
        resolution = "none"
        speaker_ev = "agentless" if c.agentless else "vague"
    rule = "+".join(["cue:" + c.evidence, "content:" + "/".join(content.evidence), "speaker:" +
                     (speaker_ev if resolution in ("explicit", "name", "nominal", "none") else resolution)])
    return Quote(
        doc_id=doc.doc_id,
        quote_id=f"{doc.doc_id}#{n}",
        type=content.type,
        content=content_span,
        cue=Cue(cue_span.text, c.entry.lemma, cue_span.start, cue_span.end, c.entry.category, c.negated),
        speaker=speaker_span,
        speaker_name=name,
        speaker_resolution=resolution,
        sentence={"index": sent.index, "start": sspan.start, "end": sspan.end},
        confidence=round(conf, 3),
        rule=rule,
        via=_via_span(doc, sent, via_toks),
    )


_PIPELINES: dict = {}


def get_pipeline(model: Optional[str] = None):
    from .model.registry import load_pipeline
    key = model or "default"
    if key not in _PIPELINES:
        _PIPELINES[key] = load_pipeline(model)
    return _PIPELINES[key]


def extract(text: str, doc_id: Optional[str] = None, model: Optional[str] = None, nlp=None) -> list[Quote]:
    """Every quote in ``text``; offsets index ``text`` itself."""
    return extract_text(text, nlp or get_pipeline(model), doc_id)


def extract_text(text: str, nlp, doc_id: Optional[str] = None, section_chars: int = SECTION_CHARS) -> list[Quote]:
    """Normalise, parse and extract a text of any size. A text longer than
    ``section_chars`` goes section by section (bounded memory); offsets,
    sentence indices and quote numbers run on across sections, and so does
    the speaker memory."""
    cuts = sections(text, section_chars)
    if len(cuts) == 1:
        return extract_doc(parse(prepare(text), nlp, doc_id))
    quotes: list[Quote] = []
    mentions: list[Mention] = []
    n_sent = 0
    for a, b in cuts:
        doc = parse(prepare(text[a:b]), nlp, doc_id)
        for q in extract_doc(doc, earlier=mentions):
            quotes.append(_shifted(q, a, n_sent, len(quotes)))
        n_sent += len(doc.sentences)
    return quotes


def _shifted(q: Quote, offset: int, sentences: int, n: int) -> Quote:
    """A quote of a section, in the coordinates of the whole text."""
    def move(span):
        if span is not None:
            span.start += offset
            span.end += offset
        return span
    move(q.content), move(q.cue), move(q.speaker)
    q.sentence = {"index": q.sentence["index"] + sentences, "start": q.sentence["start"] + offset,
                  "end": q.sentence["end"] + offset}
    q.quote_id = f"{q.doc_id}#{n}"
    return q
