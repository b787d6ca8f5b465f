from quotes.normalize import fold, prepare, strip_diacritics


def _original_of(p, original: str, piece: str) -> str:
    """The original characters the first ``piece`` of the prepared text maps back to."""
    i = p.text.index(piece)
    s, e = p.to_original(i, i + len(piece))
    return original[s:e]


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
    assert _original_of(p, original, "الوزير") == "الوزيرُ"


def test_glued_quote_marks_and_stops_are_split_for_the_parser():
    original = "وقال:«نحن هنا».وأضاف \"كلام\" 11.39"
    p = prepare(original)
    assert p.text == 'وقال:« نحن هنا ». وأضاف " كلام " 11.39'
    assert _original_of(p, original, "نحن هنا") == "نحن هنا"


def test_a_crawls_stop_with_its_space_before_it_is_split_from_the_next_word():
    # «… بلغت ألفاً .وقال مدير …»: the tokenizer read «.وقال» as one word, so the first report ran
    # on over the second and lost it; a dotted abbreviation keeps its dot («د.أحمد»)
    original = "بلغت ألفاً .وقال مدير د.أحمد"
    p = prepare(original)
    assert p.text == "بلغت ألفا . وقال مدير د.أحمد"
    assert _original_of(p, original, "وقال") == "وقال"


def test_exclamation_question_marks_and_commas_glued_to_a_word_are_split_off():
    # the tokenizer kept «الأب!» as one token, so the sentence (and a quote) ran on
    original = "تزوجهن الأب! وقال إن عدن ليست جاهزة؟ 3! الكهرباء،لافتاً 3،5"
    p = prepare(original)
    assert p.text == "تزوجهن الأب ! وقال إن عدن ليست جاهزة ؟ 3! الكهرباء، لافتا 3،5"
    assert _original_of(p, original, "!") == "!"


def test_a_semicolon_glued_to_a_word_is_split_off():
    # «في كل أمورها؛ وبين معاليه أن …»: kept on the word, the semicolon no longer separated the
    # clauses, and the first report ran on over the second; «المعتمدة؛والمعلنة» likewise
    original = "في كل أمورها؛ وبين معاليه أن الخطة المعتمدة؛والمعلنة 3؛4"
    p = prepare(original)
    assert p.text == "في كل أمورها ؛ وبين معاليه أن الخطة المعتمدة ؛ والمعلنة 3؛4"
    assert _original_of(p, original, "؛") == "؛"
    assert _original_of(p, original, "والمعلنة") == "والمعلنة"


def test_a_dash_opening_an_aside_is_split_off_its_word():
    # «-التي» was one token: a relative pronoun the rules did not know, taken for a speaker
    original = "دول الخليج -التي يعتبرونها هامشية- من تقدم، والعلاقات الأمريكية-الإيرانية و-10"
    p = prepare(original)
    assert p.text == "دول الخليج - التي يعتبرونها هامشية - من تقدم، والعلاقات الأمريكية-الإيرانية و-10"
    assert _original_of(p, original, "التي") == "التي"


def test_an_asides_dashes_glued_to_word_ends_are_split_off():
    # «اسمه-» was one token, read as a name and taken for a speaker («مثمن عقاري- فضل عدم ذكر اسمه-»)
    original = "أوضح مثمن عقاري- فضل عدم ذكر اسمه- أن لكل مدينة خصوصية، وكان- رحمه الله- متميزاً"
    p = prepare(original)
    assert p.text == "أوضح مثمن عقاري - فضل عدم ذكر اسمه - أن لكل مدينة خصوصية، وكان - رحمه الله - متميزا"
    assert _original_of(p, original, "اسمه") == "اسمه"
    assert _original_of(p, original, "عقاري") == "عقاري"


def test_an_asides_closing_dash_may_touch_the_clauses_punctuation():
    # «شقراء-:» kept the dash, and «-رئيس» stayed one token: the speaker became «… الثنيان -رئيس»
    original = "وقال إبراهيم الثنيان -رئيس لجنة التنمية بمحافظة شقراء-: تم، وقال عبدالله -رحمه الله-، فكان"
    p = prepare(original)
    assert p.text == "وقال إبراهيم الثنيان - رئيس لجنة التنمية بمحافظة شقراء -: تم، وقال عبدالله - رحمه الله -، فكان"
    assert _original_of(p, original, "شقراء -") == "شقراء-"
    assert prepare("العلاقات الأمريكية-الإيرانية، وقال").text == "العلاقات الأمريكية-الإيرانية، وقال"


def test_a_lone_dash_after_a_word_stays_on_it():
    # one dash joins two titles, or a title and its holder: nothing closes it, no aside to split
    for original in ("وفقا للعضو المنتدب- الرئيس التنفيذي للمجموعة المهندس عبدالله رحيمي",
                     "وأكد أحد الزبائن من الشباب- سلطان البلوي أنه"):
        assert prepare(original).text == original


def test_prepare_joins_dotted_acronyms_and_opens_a_glued_bracket():
    text = "وقال جون هاموند لـ(إيه.بي.سي) إن د.علي وصل. وبثت شبكة بي.بي.سي."
    p = prepare(text)
    assert "ل (إيهبيسي)" in p.text and "بيبيسي." in p.text
    assert "د.علي" in p.text  # an abbreviated title with one dot stays as it is
    start = p.text.index("إيهبيسي")
    assert text[p.offsets[start]:p.offsets[start + len("إيهبيسي")]] == "إيه.بي.سي"


def test_a_cue_glued_to_the_word_before_is_split_off():
    """«… وبطاقة الأحوالوقال والد الطالب: …» (a crawl glued two paragraphs): a word the
    vocabulary does not know, made of a known word and a paragraph-opening cue form, gets a
    space before the «و»; the space maps to that «و», so offsets stay exact. A known word
    («والدورات») or a join that leaves an unknown word is left alone."""
    from quotes.normalize import prepare, split_glued_cues
    from quotes.words import is_a

    vocab = {"وبطاقة", "الأحوال", "والد", "الطالب", "والدورات", "الدورات"}
    text = "وبطاقة الأحوالوقال والد الطالب: إن المدرسة لم تبلغنا. والدورات وكذلكوقال"
    p = split_glued_cues(prepare(text), vocab.__contains__, lambda w: is_a(w, "glued_cue"))
    assert p.text.split()[:4] == ["وبطاقة", "الأحوال", "وقال", "والد"]
    cue = p.text.index("وقال")
    assert text[slice(*p.to_original(cue, cue + 4))] == "وقال"
    assert text[slice(*p.to_original(0, len(p.text)))] == text
    assert "والدورات" in p.text.split() and "وكذلكوقال" in p.text.split()  # «وكذلك» is not known here
    same = prepare("والدورات التدريبية")
    assert split_glued_cues(same, vocab.__contains__, lambda w: is_a(w, "glued_cue")) is same


def test_a_double_prime_closing_a_curly_quote_is_a_closing_mark():
    # crawled pages write the closing mark after a digit as «″» (U+2033): “فرانس 24″، “غالاكسي نوت 5″
    original = "وأفاد موقع “فرانس 24″، أن الخليجيين"
    p = prepare(original)
    assert "« فرانس 24 »" in p.text
    assert _original_of(p, original, "فرانس 24") == "فرانس 24"


def test_a_closing_guillemet_after_a_tatweel_opens_a_name():
    # a crawl that mirrors the marks writes «بـ»فنون الباحة»»: after the tatweel of «بـ»/«لـ» and
    # before a letter the «»» opens (one character for one: offsets unchanged)
    original = "منسق لجنة الفنون التشكيلية بـ»فنون الباحة» تركي بن سعود، أن"
    p = prepare(original)
    assert "ب « فنون الباحة » تركي" in p.text
    assert len(p.offsets) == len(p.text) + 1
    i = p.text.index("«")
    assert original[p.offsets[i]] == "»"
    # before a space it is still a closing mark
    assert "»" in prepare("قال «عبارة بـ» ثم").text


def test_a_run_of_tatweel_standing_alone_is_a_dash():
    # «… هدفاً عالياً ــ بحسب مجلس …»، «الملك عبد العزيز ـ رحمه الله ـ»: tatweel between spaces is a
    # dash, which the parser sees as «-» (its first character; the rest dropped like any tatweel);
    # the tatweel that stretches a word («مثـل») is still dropped
    original = "يعد هدفاً عالياً ــ بحسب مجلس المستشارين ـ ومثـل ذلك"
    p = prepare(original)
    assert "عاليا - بحسب مجلس المستشارين - ومثل ذلك" in p.text
    assert len(p.offsets) == len(p.text) + 1
    first = p.text.index("-")
    assert original[p.offsets[first]] == "\u0640" and original[p.offsets[first] - 1] == " "
    s, e = p.to_original(first, first + 1)
    assert original[s:e].strip("\u0640") == ""
    # glued to a word whose last letter joins nothing after it, a tatweel stretches nothing: a dash,
    # split off by a space that maps to it; after a joining letter («1436هـ»، «بـ») it is dropped
    original = "على نسخة منهاـ فإن 1436هـ وقال"
    p = prepare(original)
    assert p.text == "على نسخة منها - فإن 1436ه وقال"
    assert len(p.offsets) == len(p.text) + 1
    assert original[p.offsets[p.text.index("-")]] == "\u0640" and original[p.offsets[p.text.index(" -")]] == "\u0640"


def test_a_no_break_space_between_spaces_is_a_crawls_lost_paragraph_break():
    """«… للمتحرشين \\xa0 وقال "الشليل": …»: a crawl writes the break between paragraphs as a no-break
    space with a space on either side (after a sentence or none); it is a line break again, so a
    statement with no stop ends there. A no-break space beside a word is a space («مصادر\\xa0 (الرياضي)»)."""
    original = "ستتصدى بحزم للمتحرشين \u00a0 وقال الشليل: نعم. وأكدت مصادر\u00a0 الرياضي \u00a0\u00a0 ثم"
    p = prepare(original)
    assert p.text == "ستتصدى بحزم للمتحرشين \n وقال الشليل: نعم. وأكدت مصادر  الرياضي \n  ثم"
    assert _original_of(p, original, "وقال الشليل") == "وقال الشليل"


def test_arabic_presentation_forms_are_read_as_the_letters_they_stand_for():
    """Text copied from a PDF or an old page writes whole paragraphs in presentation forms
    («ﻣﺼﺎﺩﺭ ﻋﺴﻜﺮﻳﺔ»): the parser sees the letters («مصادر عسكرية»), a ligature as its letters («ﻻ» →
    «لا»، «ﷲ» → «الله»), an isolated haraka form as nothing; every letter maps back to the form it
    came from, so spans are still exact slices of the original."""
    original = "وقالت ﻣﺼﺎﺩﺭ ﻋﺴﻜﺮﻳﺔ إن ﺍﻟﻘﻮﺍﺕ ﻻ ﺗﺰﺍﻝ ﺗﺘﻘﺪﻡ ﹰ والحمد ﷲ."
    p = prepare(original)
    assert p.text == "وقالت مصادر عسكرية إن القوات لا تزال تتقدم  والحمد الله."
    assert len(p.offsets) == len(p.text) + 1
    assert _original_of(p, original, "مصادر عسكرية") == "ﻣﺼﺎﺩﺭ ﻋﺴﻜﺮﻳﺔ"
    assert _original_of(p, original, "لا") == "ﻻ" and _original_of(p, original, "الله") == "ﷲ"
    i = p.text.index(" لا ") + 2  # the «ا» of the ligature maps to all of it
    assert original[slice(*p.to_original(i, i + 1))] == "ﻻ"


def test_mirrored_curly_quotes_are_read_by_the_side_their_word_is_on():
    """A page that mirrors curly quotes writes «”» to open and «“» to close («وقال باسم الضامن ”شاهد
    عيان“ ان …»): a «”» with a space before it and a word glued after opens, a «“» with a word glued
    before it and a space or a stop after closes. Quotes the usual way round are read as before."""
    p = prepare("وقال باسم الضامن ”شاهد عيان“ ان الحادثة وقعت. وقال: “نعم”.")
    assert p.text == "وقال باسم الضامن « شاهد عيان » ان الحادثة وقعت. وقال: « نعم »."
    assert len(p.offsets) == len(p.text) + 1


def test_an_adjective_of_relation_in_any_gender_and_number():
    from quotes.words import is_relation_adjective
    assert all(is_relation_adjective(w) for w in ("السعودي", "السعودية", "السعوديون", "السعوديين", "أمريكية"))
    assert not any(is_relation_adjective(w) for w in ("الهيئة", "المؤهلين", "الوزارة", "المدير"))
