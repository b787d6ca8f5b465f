"""UD data preparation on small fixtures."""
from pathlib import Path

import pytest

from quotes.model.training import udprep

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


def test_padt_prepositional_objects_become_obliques():
    s = _v1([(1, "أشار", "VERB", "VP", 0, "root"), (2, "إلى", "ADP", "P", 3, "case"),
             (3, "الخطر", "NOUN", "N", 1, "dobj"), (4, "و", "CONJ", "C", 1, "cc"),
             (5, "طالب", "VERB", "VP", 1, "conj"), (6, "ب", "ADP", "P", 7, "case"),
             (7, "رفع", "NOUN", "N", 5, "dobj"), (8, "الحظر", "NOUN", "N", 7, "dobj"),
             (9, "عن", "ADP", "P", 10, "case"), (10, "السفن", "NOUN", "N", 7, "dobj")])
    s = udprep.convert_v1_labels(s)
    rel = {w.form: w.deprel for w in s.words}
    assert rel["الخطر"] == "obl" and rel["رفع"] == "obl"  # PADT v2 obl:arg, PUD obl
    assert rel["الحظر"] == "obj"  # no preposition: a direct object
    assert rel["السفن"] == "nmod"  # a prepositional argument of a noun


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


def _v1(rows):
    return udprep.Sentence(comments=[], tokens=[], words=[
        udprep.Word(id=i, form=f, lemma=f, upos=u, xpos=x, feats="_", head=h, deprel=r, deps="_", misc="_")
        for i, f, u, x, h, r in rows])


def test_unanalysed_run_read_off_its_surface():
    lex = {"على", "ذلك", "مشروع"}
    assert udprep.segment_run("وسنضع", ["cc", "aux", "conj"], lex) == (["و", "س", "نضع"], 2)
    assert udprep.segment_run("وذلك", ["cc", "cc"], lex) == (["و", "ذلك"], 1)  # not وذل + ك
    assert udprep.segment_run("علينا", ["case", "nmod"], lex) == (["على", "نا"], 0)  # the host's own spelling
    assert udprep.segment_run("لمشروعهما", ["case", "nmod", "nmod"], lex) == (["ل", "مشروع", "هما"], 1)
    assert udprep.segment_run("للقروض", ["cc", "nmod"], lex) is None  # ل is no conjunction


def test_unanalysed_runs_become_multiword_tokens_or_one_word():
    U = "U---------"
    s = _v1([(1, "قال", "VERB", "VP", 0, "root"), (2, "وسنضع", "X", U, 4, "cc"),
             (3, "وسنضع", "X", U, 4, "aux"), (4, "وسنضع", "X", U, 1, "ccomp"),
             (5, "خطة", "NOUN", "N", 4, "dobj"), (6, "للقروض", "X", U, 5, "cc"),
             (7, "للقروض", "X", U, 5, "nmod")])
    s = udprep.convert("padt", s, lexicon={"خطة"})
    udprep.validate(s)
    assert s.text == "قال وسنضع خطة للقروض"
    tok = s.tokens[1]
    assert [(w.form, w.upos, w.deprel, w.head) for w in tok.words] == [
        ("و", "CCONJ", "cc", 4), ("س", "PART", "aux", 4), ("نضع", "X", "ccomp", 1)]
    assert all("Run" not in w.misc_dict() for w in s.words)
    last = s.tokens[-1]  # no reading: one word, as before
    assert [w.form for w in last.words] == ["للقروض"] and last.words[0].head == 5


def test_padt_kana_becomes_an_auxiliary_of_its_predicate():
    s = _v1([(1, "ف", "CONJ", "C", 3, "cc"), (2, "قد", "PART", "F", 3, "advmod"),
             (3, "كانت", "VERB", "VP", 0, "root"), (4, "الدولة", "NOUN", "N", 3, "nsubj"),
             (5, "تستهدف", "VERB", "VI", 3, "xcomp"), (6, "رفع", "NOUN", "N", 5, "dobj"),
             (7, "و", "CONJ", "C", 3, "cc"), (8, "كان", "VERB", "VP", 3, "conj"),
             (9, "الوضع", "NOUN", "N", 8, "nsubj"), (10, "صعبا", "ADJ", "A", 8, "xcomp"),
             (11, "في", "ADP", "P", 8, "case")])
    for w in s.words:
        w.lemma = "كان" if w.form.startswith("كان") else w.form
    s.words[10].deprel, s.words[10].head = "nmod", 8  # في … on كان: a clause modifier
    s = udprep.convert_v1_labels(s)
    by = {w.form: w for w in s.words}
    assert (by["تستهدف"].head, by["تستهدف"].deprel) == (0, "root")
    assert (by["كانت"].upos, by["كانت"].deprel, by["كانت"].head) == ("AUX", "aux", 5)
    assert by["الدولة"].head == 5 and by["ف"].head == 5 and by["قد"].head == 5
    assert (by["صعبا"].head, by["صعبا"].deprel) == (5, "conj")  # the second clause's head is its predicate
    assert (by["كان"].upos, by["كان"].deprel, by["كان"].head) == ("AUX", "cop", 10)
    assert by["الوضع"].head == 10 and (by["في"].head, by["في"].deprel) == (10, "obl")
    assert by["و"].head == 10  # v2 coordination: on the conjunct that follows
