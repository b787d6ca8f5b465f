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


# Stanza documents as the splitter leaves them, for the tests of ``parse.unsplit``

class Vocab:
    """A stand-in for the vectors' vocabulary: the words it knows."""

    def __init__(self, words):
        self._unit2id = {w: i for i, w in enumerate(words)}


def tokenized(rows_per_sentence, text):
    """A Stanza document of the splitter's rows (tokens with their words), sentence by sentence."""
    import stanza
    return stanza.Document(rows_per_sentence, text=text)


def one_word_tokens(words):
    """A document of one sentence of tokens the splitter left whole, one space apart."""
    return split_tokens([(w, [w]) for w in words])


def split_tokens(tokens):
    """A document of one sentence of tokens one space apart, each ``(text, [its words])`` as the
    splitter gave them (one word: left whole)."""
    text = " ".join(t for t, _ in tokens)
    rows, at, n = [], 0, 0
    for t, words in tokens:
        misc = f"start_char={at}|end_char={at + len(t)}"
        if len(words) == 1:
            n += 1
            rows.append({"id": n, "text": t, "misc": misc})
        else:
            rows.append({"id": (n + 1, n + len(words)), "text": t, "misc": misc})
            rows += [{"id": n + k, "text": w} for k, w in enumerate(words, 1)]
            n += len(words)
        at += len(t) + 1
    return tokenized([rows], text)
