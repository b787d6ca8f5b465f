"""The pipeline, one step a module:

    text → normalise (``normalize``: offset map) → parse (``parse``) → cues (``cues``)
         → content (``content``, ``according``) → attribution (``attribution``:
           speaker, resolution, via; the memory in ``resolve``) → Quote (``write``)

``extract_doc`` runs the steps after parsing on one document; ``extract_text``
runs the whole path on a text of any size.
"""
from __future__ import annotations

from typing import Optional

from .according import according_reports
from .attribution import Attribution, attribute
from .content import Report, find_quote_marks, find_reports, in_ranges
from .cues import find_cues
from .doc import Cue, Doc, Quote, Sentence, SentenceRef
from .evidence import confidence, rule
from .lexicon import Lexicon, use_lexicon
from .normalize import prepare
from .parse import SECTION_CHARS, parse, sections
from .resolve import Memory, Mention, full_name_ends, named_bodies, named_titles, sentence_events


def extract_doc(doc: Doc, lexicon: Optional[Lexicon] = None, earlier: Optional[list[Mention]] = None) -> list[Quote]:
    """The quotes of a parsed document. ``lexicon``: the cue lexicon every step uses
    (default: the bundled one). ``earlier``: the speaker memory of the sections before
    this one (a long text is extracted section by section)."""
    with use_lexicon(lexicon) as lexicon:
        marks = find_quote_marks(doc.text, doc.prepared)
        memory = Memory(doc, earlier if earlier is not None else [])
        quotes: list[Quote] = []
        covered: list[tuple[int, int]] = []  # content already reported (prepared offsets)
        surnames: set[str] = set()  # the last words of the full names given so far (in this section)
        for sent in doc.sentences:
            cues = [c for c in find_cues(sent, lexicon) if not in_ranges(c.token.start, covered)]
            reports = find_reports(doc, sent, cues, marks, covered)
            reports += according_reports(doc, sent, marks, reports, covered)
            reports.sort(key=lambda r: r.content.start)
            cue_at = {c.index for c in cues}
            for kind, at, what in sentence_events(sent, reports, cues, surnames):
                if kind == "aside":  # «قررت شركة المياه الوطنية …»: whom a later «الشركة» means
                    memory.named_aside.append(memory.mention_from(sent, what))
                elif kind in ("subject", "statement"):  # «وحذر الناطق الرسمي …»: whom a later «وأضاف» means
                    noun, sm = what if kind == "statement" else (None, what)
                    who = memory.subject_mention(sent, at, sm)
                    if who is None:
                        continue
                    memory.add(who)
                    if noun is not None:  # «تقرير أصدرته مصلحة الجمارك …»: a later «وبين التقرير» is hers
                        memory.remember_maker(noun, who)
                    if at in cue_at:  # «وشدد عريقات في بيان صحفي على …»: a clause-less cue's statement
                        memory.remember_statement(sent, at, len(sent.tokens), who)
                else:
                    quotes.append(_quote(doc, sent, what, attribute(doc, sent, what, memory), len(quotes)))
            memory.named_aside += [memory.mention_from(sent, sm) for sm in named_titles(sent, reports)]
            memory.named_aside += [memory.mention_from(sent, sm) for sm in named_bodies(sent, reports)]
            surnames |= full_name_ends(sent)
    return quotes


def _quote(doc: Doc, sent: Sentence, report: Report, who: Attribution, n: int) -> Quote:
    c, content = report.cue, report.content
    cue_span = doc.span(c.token.start, c.token.end)
    sspan = doc.span(sent.start, sent.end)
    return Quote(
        doc_id=doc.doc_id,
        quote_id=f"{doc.doc_id}#{n}",
        type=content.type,
        content=doc.span(content.start, content.end),
        cue=Cue(cue_span.text, c.entry.lemma, cue_span.start, cue_span.end, c.entry.category, c.negated),
        speaker=who.speaker,
        speaker_name=who.name,
        speaker_resolution=who.resolution,
        sentence=SentenceRef(sent.index, sspan.start, sspan.end),
        confidence=confidence(content.evidence, who.resolution, c.evidence),
        rule=rule(c.evidence, content.evidence, who.evidence),
        via=who.via,
    )


_PIPELINES: dict = {}


def get_pipeline(model: Optional[str] = None):
    """The pipeline for ``model`` ('bundled', 'stanza', a directory; default
    $QUOTES_MODEL or 'bundled'), loaded once per process: one cache entry per
    resolved model directory, whatever name it was asked by."""
    from .model.registry import load_pipeline, resolve
    key = str(resolve(model).directory.resolve())
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
            q.shifted(a, n_sent).quote_id = f"{q.doc_id}#{len(quotes)}"
            quotes.append(q)
        n_sent += len(doc.sentences)
    return quotes
