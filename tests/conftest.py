from pathlib import Path

import pytest

from quotes.parse import doc_from_conllu

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).parent.parent
SHARED = ROOT.parent / "shared"


def gold_doc(name: str, doc_id: str | None = None):
    return doc_from_conllu((FIXTURES / f"{name}.conllu").read_text(encoding="utf-8"), doc_id or name)


@pytest.fixture(scope="session")
def nlp():
    """The bundled Stanza pipeline, loaded once for the end-to-end tests."""
    from quotes.model.registry import load_pipeline
    return load_pipeline("bundled")


def quotes_of(name: str):
    """The quotes extracted from the gold fixture ``name``: ``({cue text: quote}, [quotes])``.

    Every span of every quote (``Quote.spans()``: content, cue, speaker, via, sentence)
    is checked against the original text: a span with text is exactly that slice, and
    the sentence lies inside the text."""
    from quotes.extract import extract_doc

    doc = gold_doc(name)
    qs = extract_doc(doc)
    for q in qs:
        for field, span in q.spans():
            assert 0 <= span.start <= span.end <= len(doc.original), (q.quote_id, field)
            if field != "sentence":
                assert doc.original[span.start:span.end] == span.text, (q.quote_id, field)
    return {q.cue.text: q for q in qs}, qs


def quotes_by_content(name: str):
    """The quotes of the gold fixture ``name`` by their content text."""
    _, qs = quotes_of(name)
    return {q.content.text: q for q in qs}
