"""The split lexicon: counted from training trees, read with the model, applied over the splitter."""
import pytest

from quotes.model.splits import build_splits, count_splits, read_splits, write_splits
from quotes.model.training.udprep import read_conllu

from conftest import Vocab, split_tokens


def _tree(sid: str, tokens: list[tuple[str, list[str]]], doc: str = "d1") -> str:
    """A CoNLL-U sentence of ``(token, [its words])``, a flat tree on the first word."""
    rows, n = [], 0
    for t, words in tokens:
        if len(words) > 1:
            rows.append(f"{n + 1}-{n + len(words)}\t{t}\t_\t_\t_\t_\t_\t_\t_\t_")
        for w in words:
            n += 1
            rows.append(f"{n}\t{w}\t{w}\tX\t_\t_\t{0 if n == 1 else 1}\t{'root' if n == 1 else 'dep'}\t_\t_")
    text = " ".join(t for t, _ in tokens)
    return f"# sent_id = {sid}\n# text = {text}\n# doc = {doc}\n" + "\n".join(rows) + "\n"


BAAN = ("بأن", ["ب", "أن"])
LIAN = ("لأن", ["ل", "أن"])


@pytest.fixture()
def trees(tmp_path):
    sents = [
        _tree("1", [("قال", ["قال"]), BAAN, ("بينما", ["بينما"])]),
        _tree("2", [("أكد", ["أكد"]), BAAN, LIAN]),
        _tree("3", [("ذكر", ["ذكر"]), BAAN, ("لأن", ["لأن"])]),
        _tree("4", [("أفاد", ["أفاد"]), ("بينما", ["بينما"]), ("كيري", ["كيري"])]),
        _tree("6", [("بينما", ["بينما"]), ("أضاف", ["أضاف"]), ("بك", ["ب", "ك"])]),
        _tree("7", [("بك", ["ب", "ك"])], doc="d2"),
        # the same tree twice over (the news trees count several times in the training part)
        _tree("5", [("أعلن", ["أعلن"]), ("مارادونا", ["مارادونا"])]),
        _tree("5", [("أعلن", ["أعلن"]), ("مارادونا", ["مارادونا"])]),
    ]
    p = tmp_path / "train.conllu"
    p.write_text("\n".join(sents), encoding="utf-8")
    return p


def test_an_entry_is_a_split_the_trees_make_alike_and_more_than_once(trees):
    counts = count_splits(read_conllu(trees))
    splits = build_splits(counts)
    assert splits["بأن"] == ("ب", "أن")  # 3 of 3
    assert splits["بينما"] == ("بينما",)  # whole, 3 of 3
    assert "لأن" not in splits  # split once, whole once: the trees do not agree
    assert "بك" not in splits  # split alike, but seen twice only («فاروق مردم بك»: a title there)
    assert "كيري" not in splits  # seen once
    assert "مارادونا" not in splits  # one tree repeated is seen once
    assert counts["مارادونا"][("مارادونا",)] == 1


def test_the_lexicon_file_reads_back_and_a_bad_line_is_refused(trees, tmp_path):
    counts = count_splits(read_conllu(trees))
    splits = build_splits(counts)
    path = tmp_path / "splits.tsv"
    write_splits(splits, counts, path, "two made-up trees")
    assert read_splits(path) == splits
    assert "بأن\tب أن\t3\t3" in path.read_text(encoding="utf-8").splitlines()
    assert read_splits(tmp_path / "none.tsv") is None
    path.write_text("بأن\t\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad split lexicon line"):
        read_splits(path)


def test_unsplit_splits_as_the_lexicon_says_whatever_the_splitter_did():
    from quotes.parse import unsplit

    doc = split_tokens([("أكد", ["أكد"]), ("بأن", ["بأن"]), ("الوضع", ["الوضع"]), ("بينما", ["بين", "ما"])])
    out = unsplit(doc, Vocab([]), {"بأن": ("ب", "أن"), "بينما": ("بينما",)})
    toks = out.sentences[0].tokens
    assert [[w.text for w in t.words] for t in toks] == [["أكد"], ["ب", "أن"], ["الوضع"], ["بينما"]]
    assert [(t.start_char, t.end_char) for t in toks] == [(0, 3), (4, 7), (8, 13), (14, 19)]
    # without a lexicon the splitter's words stand
    assert [[w.text for w in t.words] for t in unsplit(doc, Vocab([]), None).sentences[0].tokens][1] == ["بأن"]
    # a token that is as often a given name is left as the splitter read it (words.tsv name_or_clitic)
    named = split_tokens([("وقال", ["و", "قال"]), ("باسم", ["باسم"]), ("الضامن", ["الضامن"])])
    assert unsplit(named, Vocab([]), {"باسم": ("ب", "اسم")}) is named


def test_the_bundled_model_ships_its_lexicon():
    from quotes.model.registry import resolve

    spec = resolve("bundled")
    assert spec.splits is not None and spec.splits in spec.files()
    splits = read_splits(spec.splits)
    assert len(splits) > 3000
    assert splits["بأن"] == ("ب", "أن") and splits["بينما"] == ("بينما",) and splits["لبنان"] == ("لبنان",)


def test_the_whole_path_splits_with_the_lexicon(nlp):
    """The bundled splitter cuts «لبنان» and «بينما» here and leaves «بكل»، «لحل» and «فقد» whole;
    the words the tagger and parser get are the training trees'."""
    from quotes.normalize import prepare
    from quotes.parse import parse_many

    text = ("وقال الرئيس ميشال عون إن لبنان يواجه تحديات كبيرة بينما تستمر الأزمة. وأكد الوزير بأن "
            "الحكومة ستعمل بكل قوة لحل المشكلة فقد تأخر الحل كثيرا.")
    doc = parse_many([prepare(text)], nlp, [0])[0]
    words = {t.text: [w.text for w in t.words] for s in doc.sentences for t in s.tokens}
    assert words["لبنان"] == ["لبنان"] and words["بينما"] == ["بينما"]
    assert words["بكل"] == ["ب", "كل"] and words["لحل"] == ["ل", "حل"] and words["فقد"] == ["ف", "قد"]
    assert words["بأن"] == ["ب", "أن"]
