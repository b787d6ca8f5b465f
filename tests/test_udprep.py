"""UD data preparation on small fixtures."""
from pathlib import Path

import pytest

from quotes.model import udprep

FIX = Path(__file__).parent / "fixtures"
SHARED_UD = Path(__file__).parent.parent.parent / "shared" / "data" / "ud"


def padt():
    return [udprep.convert("padt", s) for s in udprep.read_conllu(FIX / "padt_v1_mini.conllu")]


def test_padt_clitics_become_multiword_tokens_with_arabic_spelling():
    s = padt()[0]
    forms = [t.form for t in s.tokens]
    assert "للحظر" in forms  # لِ + اَلحَظرِ: the alef of the article drops
    tok = next(t for t in s.tokens if t.form == "للحظر")
    assert [w.form for w in tok.words] == ["ل", "الحظر"]
    assert s.text == "مجموعة من الأميركيين المعارضين للحظر تزور البصرة"


def test_padt_diacritics_stripped_and_kept_in_misc():
    s = padt()[0]
    w = s.words[0]
    assert w.form == "مجموعة" and w.lemma == "مجموعة"
    assert w.misc_dict()["Vform"] == "مَجمُوعَةٌ"
    assert w.xpos == "_"


def test_padt_v1_labels_and_conjunction_root_become_v2():
    s = padt()[1]
    by_form = {w.form: w for w in s.words}
    assert by_form["قالت"].deprel == "root" and by_form["قالت"].head == 0
    assert by_form["و"].deprel == "cc" and by_form["و"].upos == "CCONJ"
    assert by_form["."].head == by_form["قالت"].id
    assert [t.form for t in s.tokens][:2] == ["وقالت", "الوزارة"]
    assert "مشاركتها" in [t.form for t in s.tokens]  # ة → ت before an enclitic
    assert s.text == "وقالت الوزارة إن مشاركتها مهمة."
    udprep.validate(s)


def test_padt_relation_renames():
    s = padt()[0]
    rels = {w.form: w.deprel for w in s.words}
    assert rels["البصرة"] == "obj"  # dobj
    conv = udprep.convert_v1_labels(udprep.read_conllu(FIX / "padt_v1_mini.conllu")[0])
    assert all(w.deprel not in udprep.DEPREL_V1_TO_V2 for w in conv.words)


def test_pud_regroups_spaceafter_no_clitics():
    s = udprep.convert("pud", udprep.read_conllu(FIX / "pud_mini.conllu")[0])
    tok = next(t for t in s.tokens if len(t.words) > 1)
    assert tok.form == "للصحفيين" and [w.form for w in tok.words] == ["ل", "لصحفيين"]
    assert s.text == "قال للصحفيين إن الاتفاق قريب."
    udprep.validate(s)
    out = udprep.format_sentence(s)
    assert "2-3\tللصحفيين" in out


def test_validation_rejects_broken_trees():
    s = udprep.convert("pud", udprep.read_conllu(FIX / "pud_mini.conllu")[0])
    s.words[2].head = 0
    s.words[2].deprel = "root"
    with pytest.raises(udprep.InvalidSentence):
        udprep.validate(s)
    s = udprep.convert("pud", udprep.read_conllu(FIX / "pud_mini.conllu")[0])
    s.words[0].head, s.words[0].deprel = 6, "nsubj"
    s.words[5].head, s.words[5].deprel = 0, "root"
    s.words[5].head = 1
    with pytest.raises(udprep.InvalidSentence):
        udprep.validate(s)


def test_roundtrip_through_conllu(tmp_path):
    sents = padt()
    udprep.write_conllu(sents, tmp_path / "x.conllu")
    again = udprep.read_conllu(tmp_path / "x.conllu")
    assert [s.text for s in again] == [s.text for s in sents]
    assert [[t.form for t in s.tokens] for s in again] == [[t.form for t in s.tokens] for s in sents]


@pytest.mark.skipif(not SHARED_UD.exists(), reason="shared/data/ud not beside the checkout")
def test_full_split_is_fixed_and_disjoint():
    a, per = udprep.prepare(SHARED_UD)
    b, _ = udprep.prepare(SHARED_UD)
    assert [s.text for s in a.test] == [s.text for s in b.test]
    docs = {p: {s.comment("doc") for s in getattr(a, p)} for p in ("train", "dev", "test")}
    assert not (docs["train"] & docs["test"]) and not (docs["dev"] & docs["test"])
    assert a.rejected == 0
    assert len(per["padt"]["test"]) > 100 and len(per["pud"]["test"]) > 50


def test_padt_coordination_moves_to_the_following_conjunct():
    rows = [  # v1: و and the comma hang on the first conjunct
        (1, "زار", "VERB", 0, "root"), (2, "الوزير", "NOUN", 1, "nsubj"),
        (3, "بغداد", "PROPN", 1, "dobj"), (4, "،", "PUNCT", 3, "punct"),
        (5, "دمشق", "PROPN", 3, "conj"), (6, "و", "CONJ", 3, "cc"),
        (7, "عمان", "PROPN", 3, "conj"), (8, ".", "PUNCT", 1, "punct")]
    words = [udprep.Word(id=i, form=f, lemma=f, upos=u, xpos="_", feats="_", head=h, deprel=r,
                         deps="_", misc="_") for i, f, u, h, r in rows]
    s = udprep.convert_v1_labels(udprep.Sentence(comments=[], words=words, tokens=[]))
    head = {w.form: w.head for w in s.words}
    assert head["،"] == 5 and head["و"] == 7  # v2: on the conjunct that follows
    assert head["."] == 1 and head["دمشق"] == 3 and head["عمان"] == 3
