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
    assert p.text == "وقال الوزير:\n« نحن هنا »"
    # every prepared span maps to original characters that normalise to it
    for start in range(len(p.text)):
        for end in range(start + 1, len(p.text) + 1):
            if p.text[start].isspace() or p.text[end - 1].isspace():
                continue  # tokens never start or end with a space
            s, e = p.to_original(start, end)
            assert prepare(original[s:e]).text == p.text[start:end]
    # the last letter's diacritic belongs to the span
    i = p.text.index("الوزير")
    s, e = p.to_original(i, i + len("الوزير"))
    assert original[s:e] == "الوزيرُ"


def test_glued_quote_marks_and_stops_are_split_for_the_parser():
    original = "وقال:«نحن هنا».وأضاف \"كلام\" 11.39"
    p = prepare(original)
    assert p.text == 'وقال:« نحن هنا ». وأضاف " كلام " 11.39'
    i = p.text.index("نحن")
    s, e = p.to_original(i, i + len("نحن هنا"))
    assert original[s:e] == "نحن هنا"


def test_prepare_joins_dotted_acronyms_and_opens_a_glued_bracket():
    text = "وقال جون هاموند لـ(إيه.بي.سي) إن د.علي وصل. وبثت شبكة بي.بي.سي."
    p = prepare(text)
    assert "ل (إيهبيسي)" in p.text and "بيبيسي." in p.text
    assert "د.علي" in p.text  # an abbreviated title with one dot stays as it is
    start = p.text.index("إيهبيسي")
    assert text[p.offsets[start]:p.offsets[start + len("إيهبيسي")]] == "إيه.بي.سي"
