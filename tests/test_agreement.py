"""The gender and number readers (``quotes.agreement``), word by word."""
from quotes.agreement import sure_gender
from quotes.doc import Word
from quotes.normalize import fold


def _verb(text: str, aspect: str | None = None, gender: str | None = None) -> Word:
    feats = {k: v for k, v in (("Aspect", aspect), ("Gender", gender)) if v}
    return Word(1, text, text, "VERB", feats, 0, "root", 0, 0, len(text))


def test_a_verb_s_gender_is_read_from_its_letters_not_the_tagger():
    assert sure_gender(_verb("أخلت", "Perf", "Masc"), fold("أخلت")) == "Fem"  # a perfect's «ت»
    assert sure_gender(_verb("جاء", "Perf"), fold("جاء")) == "Masc"  # a perfect without it
    assert sure_gender(_verb("يؤكدون"), fold("يؤكدون")) == "Masc"
    # an imperfect's «ي» comes first: the «ت» at the end of «يفت» (jussive of «يفوت») is the root's
    assert sure_gender(_verb("يفت", "Imp", "Fem"), fold("يفت")) == "Masc"


def test_a_verb_opening_with_ta_is_read_only_where_aspect_and_gender_agree():
    assert sure_gender(_verb("تحذر", "Imp", "Fem"), fold("تحذر")) == "Fem"
    assert sure_gender(_verb("تطاول", "Perf", "Masc"), fold("تطاول")) == "Masc"
    assert sure_gender(_verb("تحدث", "Perf", "Fem"), fold("تحدث")) is None  # no such reading
