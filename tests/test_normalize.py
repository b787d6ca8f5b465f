from quotes.normalize import fold, prepare, strip_diacritics


def test_strip_diacritics_and_tatweel():
    assert strip_diacritics("قَالَ") == "قال"
    assert strip_diacritics("مؤكـــداً") == "مؤكدا"


def test_fold_variants():
    assert fold("أكّد") == fold("اكد") == "اكد"
    assert fold("إلى") == "الي"
    assert fold("الوزارة") == "الوزاره"


def test_prepare_maps_offsets_back_exactly():
    original = "وقال\u00a0الوزيرُ:\r\n«نحــن هنا»"
    p = prepare(original)
    assert p.text == "وقال الوزير:\n«نحن هنا»"
    # every prepared span maps to original characters that normalise to it
    for start in range(len(p.text)):
        for end in range(start + 1, len(p.text) + 1):
            s, e = p.to_original(start, end)
            assert prepare(original[s:e]).text == p.text[start:end]
    # the last letter's diacritic belongs to the span
    i = p.text.index("الوزير")
    s, e = p.to_original(i, i + len("الوزير"))
    assert original[s:e] == "الوزيرُ"
