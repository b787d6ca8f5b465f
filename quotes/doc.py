"""Plain data classes shared by every pipeline step.

Offsets are character offsets. ``Word.start/end`` index the *prepared* text
(what the parser saw); ``Span`` offsets written to the output index the
ORIGINAL text (``Doc.span`` does the mapping).
"""
from __future__ import annotations

from dataclasses import dataclass, field, asdict
from typing import Any, Iterator, Optional, Union

from .normalize import Prepared, fold


@dataclass
class Word:
    """A syntactic word. Clitics split from one surface token share its offsets."""

    id: int  # 1-based inside its sentence
    text: str
    lemma: str
    upos: str
    feats: dict[str, str]
    head: int  # 0 = root
    deprel: str
    token: int  # index of the surface token in the sentence
    start: int  # offsets of the surface token in the prepared text
    end: int

    @property
    def key(self) -> str:
        return fold(self.text)

    @property
    def lemma_key(self) -> str:
        return fold(self.lemma or self.text)

    def feat(self, name: str) -> Optional[str]:
        return self.feats.get(name)


@dataclass
class Token:
    """A surface token (what stands between spaces/punctuation in the text)."""

    index: int
    text: str  # as the parser saw it: diacritics removed (``Word.start/end`` index that text)
    start: int
    end: int
    words: list[Word]
    written: str = ""  # as the original writes it, diacritics kept («بيّن»): set by its Doc

    @property
    def key(self) -> str:
        return fold(self.text)


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    tokens: list[Token]
    words: list[Word]

    def word(self, wid: int) -> Word:
        return self.words[wid - 1]

    def children(self, w: Word) -> list[Word]:
        return [x for x in self.words if x.head == w.id]

    def subtree(self, w: Word) -> list[Word]:
        out, todo = [], [w]
        while todo:
            cur = todo.pop()
            out.append(cur)
            todo.extend(self.children(cur))
        return sorted(out, key=lambda x: x.id)

    def ancestors(self, w: Word) -> list[Word]:
        out, cur, seen = [], w, set()
        while cur.head and cur.head not in seen:
            seen.add(cur.head)
            cur = self.word(cur.head)
            out.append(cur)
        return out


@dataclass
class Doc:
    prepared: Prepared
    sentences: list[Sentence]
    doc_id: Optional[str] = None

    def __post_init__(self) -> None:
        self._write_tokens()

    def _write_tokens(self) -> None:
        """Each token's ``written`` form: the original text under it, diacritics kept (a shadda
        tells the verb «بيّن» from the preposition «بين», which the parser's text cannot)."""
        for _, t in self.tokens():
            t.written = self.span(t.start, t.end).text

    @property
    def text(self) -> str:
        return self.prepared.text

    @property
    def original(self) -> str:
        return self.prepared.original

    def span(self, start: int, end: int) -> "Span":
        """A span of the prepared text, as offsets and text of the original
        (spaces at its edges, which normalisation may have inserted, left out)."""
        text = self.prepared.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        s, e = self.prepared.to_original(start, end)
        return Span(self.original[s:e], s, e)

    def tokens(self):
        for s in self.sentences:
            for t in s.tokens:
                yield s, t


@dataclass
class Document:
    """One input document from reading to writing, in one process or across worker
    processes and Dask: its id, its text (dropped once extracted unless an output needs
    it), the other fields of its record (``meta``), and then its quote records — or the
    reason it could not be read or extracted (``error``)."""

    doc_id: str
    text: Optional[str] = None
    error: Optional[str] = None
    meta: dict[str, Any] = field(default_factory=dict)  # a record's other fields (url, date, outlet…)
    quotes: list[dict[str, Any]] = field(default_factory=list)  # quote records, once extracted

    @property
    def records(self) -> list[dict[str, Any]]:
        """What the outputs write for it: its quote records, or one error record."""
        if self.error is None:
            return self.quotes
        rec: dict[str, Any] = {"doc_id": self.doc_id, "error": self.error}
        if self.meta:
            rec["meta"] = self.meta
        return [rec]

    @property
    def status(self) -> str:
        """``quotes``, ``no-quotes`` or ``failed``: what became of the document."""
        return "failed" if self.error else ("quotes" if self.quotes else "no-quotes")

    def status_record(self) -> dict[str, Any]:
        """The document's line in a ``--documents`` file."""
        rec: dict[str, Any] = {"doc_id": self.doc_id, "status": self.status, "quotes": len(self.quotes)}
        if self.error:
            rec["error"] = self.error
        if self.meta:
            rec["meta"] = self.meta
        return rec


@dataclass
class Span:
    text: str
    start: int
    end: int


@dataclass
class Cue:
    text: str
    lemma: str
    start: int
    end: int
    category: str
    negated: bool = False


@dataclass
class SentenceRef:
    """The sentence a quote stands in: its index in the document and its offsets."""

    index: int
    start: int
    end: int


@dataclass
class Quote:
    doc_id: Optional[str]
    quote_id: str
    type: str
    content: Span
    cue: Cue
    speaker: Optional[Span]
    speaker_name: Optional[str]
    speaker_resolution: str
    sentence: SentenceRef
    confidence: float
    rule: str
    via: Optional[Span] = None  # the outlet a relayed quote came through (نقلت الوكالة عن …، قال لرويترز)
    meta: dict[str, Any] = field(default_factory=dict)

    FIELD_ORDER = ("doc_id", "quote_id", "type", "content", "cue", "speaker", "speaker_name", "speaker_resolution",
                   "via", "sentence", "confidence", "rule", "meta")

    def spans(self) -> Iterator[tuple[str, Union[Span, Cue, SentenceRef]]]:
        """Every span of the quote, by field name: the one list that offset shifts and
        offset checks go through, so no span can be forgotten («via» once was)."""
        for name in ("content", "cue", "speaker", "via", "sentence"):
            span = getattr(self, name)
            if span is not None:
                yield name, span

    def shifted(self, offset: int, sentences: int = 0) -> "Quote":
        """The same quote ``offset`` characters and ``sentences`` sentences further on
        (a section of a long text in the coordinates of the whole)."""
        for _, span in self.spans():
            span.start += offset
            span.end += offset
        self.sentence.index += sentences
        return self

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        if not self.meta:
            d.pop("meta")
        return {k: d[k] for k in self.FIELD_ORDER if k in d}
