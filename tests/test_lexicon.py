import pytest

from quotes.lexicon import default_lexicon, parse_lexicon


@pytest.mark.parametrize("form,lemma,participle", [
    ("قال", "قال", False), ("وقالت", "قال", False), ("يقولون", "قال", False), ("قائلاً", "قال", True),
    ("وأشارت", "أشار", False), ("مشيرة", "أشار", True), ("مشيراً", "أشار", True),
    ("ولفتت", "لفت", False), ("لافتاً", "لفت", True), ("مؤكدين", "أكد", True),
    ("وأضافوا", "أضاف", False), ("فأكد", "أكد", False), ("نافياً", "نفى", True), ("يرى", "رأى", False),
    ("وأقرّ", "أقر", False), ("واستطرد", "استطرد", False), ("تابع", "تابع", False),
    ("وحث", "حث", False),  # a two-letter stem: «و» is not stripped from three-letter words
    ("مفصحة", "أفصح", True),  # «…، مفصحة أن المصارف كانت …»: its own report, which ends the one before
    ("مطالبين", "طالب", True), ("داعية", "دعا", True),
])
def test_forms_match_in_every_inflection(form, lemma, participle):
    entry, is_part = default_lexicon().match_form(form)
    assert entry.lemma == lemma
    assert is_part is participle


@pytest.mark.parametrize("word", ["الأربعاء", "وزارة", "الولايات", "وليد",
                                  "مطالب", "مطالبون", "مظهر", "مفيد", "مؤكد",  # bare and nominative participles
                                  "يبلغ", "وتبلغ"])  # «يبلغ نحو 6 في المائة»: amounts to (بلغ), not «يُبلِغ»
def test_non_cues_do_not_match(word):
    assert default_lexicon().match_form(word) is None


def test_every_entry_has_a_category_and_forms():
    lex = default_lexicon()
    assert len(lex.entries) >= 40
    for e in lex.entries:
        assert e.category
        assert e.finite_forms or e.participle_forms


def test_lexicon_file_format():
    lex = parse_lexicon("lemma\tcategory\tkind\tperfect\timperfect\tparticiple\tpreps\textra\n"
                        "صرح\tassert\tverb\tصرح\tصرح\tمصرح\tب\t-\n")
    assert lex.match_form("صرحت")[0].lemma == "صرح"
    assert lex.match_form("مصرحاً")[1] is True
    assert lex.match_lemma("صرّح").category == "assert"


def test_continuing_participle_is_a_cue_but_not_the_dateline_noun():
    """«متابعاً أنه …» continues a report like «مضيفاً»; «سبق- متابعة:» (a dateline: follow-up)
    and «متابعون» (observers) are no cue."""
    lex = default_lexicon()
    assert lex.match_form("متابعاً")[1] is True
    assert lex.match_form("متابعة") is None and lex.match_form("متابعون") is None
