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
