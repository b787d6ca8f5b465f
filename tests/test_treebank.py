"""The news treebank (devset/treebank, devset/TREEBANK.md): every tree valid, and the frozen test
part apart from the training part — other articles, and no syndicated copy of a test sentence."""
import re
from pathlib import Path

import pytest

from quotes.model.training import udprep

TREEBANK = Path(__file__).resolve().parent.parent / "devset" / "treebank"
OVERLAP = 0.6  # a training sentence sharing this share of its words with a test sentence is a copy


@pytest.fixture(scope="module")
def news():
    return udprep.load_news(TREEBANK)  # validates every tree: one root, no cycle, text rebuilt


def _article(s) -> str:
    return (s.comment("article") or "").split()[0]


def _words(s) -> set[str]:
    return set(re.findall(r"\w+", " ".join(t.form for t in s.tokens)))


def test_every_tree_is_valid_and_named_once(news):
    ids = [s.comment("sent_id") for part in ("train", "test") for s in news[part]]
    assert len(news["test"]) >= 100 and len(news["train"]) >= 400
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"news-(train|test)-\d{3}", i) for i in ids)
    assert all(_article(s).startswith("snn-") for part in ("train", "test") for s in news[part])


def test_the_test_part_shares_no_article_with_training(news):
    assert not {_article(s) for s in news["train"]} & {_article(s) for s in news["test"]}


def test_no_training_sentence_copies_a_test_sentence(news):
    tests = [_words(s) for s in news["test"]]
    copies = []
    for s in news["train"]:
        w = _words(s)
        for t in tests:
            if len(w & t) >= OVERLAP * min(len(w), len(t)):
                copies.append(s.comment("sent_id"))
                break
    assert copies == []
