"""Content (quotes/content.py, quotes/according.py): the content span of each cue, where it ends, and its type."""
import pytest

from conftest import quotes_by_content, quotes_of


def test_preposition_and_complementiser_stay_outside_content():
    by_cue, _ = quotes_of("news_a")
    q = by_cue["ولفتت"]
    assert q.content.text == "الجيش تقدم"  # «إلى أن» stays outside


def test_participle_content_and_the_main_clause_stops_before_it():
    by_cue, _ = quotes_of("constructions")
    q = by_cue["مشيرا"]
    assert q.content.text == "المفاوضات مستمرة"
    # the main clause stops before «، مشيرا»
    assert by_cue["وأكد"].content.text == "الوضع مستقر"


def test_direct_quote_after_colon():
    by_cue, _ = quotes_of("constructions")
    q = by_cue["وقال"]
    assert q.type == "direct"
    assert q.content.text == "نحن ندعم كل الجهود"
    assert "colon" in q.rule


def test_nominal_object_is_not_a_quote():
    _, qs = quotes_of("constructions")
    assert not any(q.content.text.startswith("التزام") for q in qs)
    assert not any(q.cue.text == "وأكد" and "الوزير" in (q.speaker.text if q.speaker else "") for q in qs)


def test_quote_before_cue():
    by_cue, _ = quotes_of("constructions")
    q = by_cue["قال"]
    assert q.content.text == "الوضع خطير جدا"
    assert q.type == "direct"
    assert q.speaker.text == "المسؤول"


def test_mixed_quote_keeps_inner_marks():
    by_cue, _ = quotes_of("constructions2")
    q = by_cue["وأضاف"]
    assert q.type == "mixed"
    assert q.content.text == 'الرئيس "قد يبدو صارما"'


def test_unmarked_speech_after_colon():
    by_cue, _ = quotes_of("constructions2")
    q = by_cue["وتابع"]
    assert q.type == "direct"
    assert q.content.text == "الحرب لن تنتهي قريبا"


def test_multi_sentence_guillemets():
    _, qs = quotes_of("robust")
    q = qs[1]
    assert q.type == "direct"
    assert q.content.text == "الوضع صعب. لكننا سننتصر"
    # the second sentence's words are not reported again
    assert sum("سننتصر" in x.content.text for x in qs) == 1


def test_curly_quotes_right_after_cue():
    _, qs = quotes_of("robust")
    q = next(q for q in qs if q.cue.text == "وأضاف")
    assert q.content.text == "نحن مستعدون للحوار مع الجميع"
    assert q.type == "direct"


@pytest.mark.parametrize("cue,content", [
    ("وأفاد", "روسيا تتمتع بعلاقات جيدة"),       # بأن
    ("وشدد", "الهجمات جريمة حرب"),              # على أن
    ("وحذر", "الوضع خطير"),                     # من أن
])
def test_complementisers_stay_outside_content(cue, content):
    _, qs = quotes_of("robust")
    assert next(q for q in qs if q.cue.text == cue).content.text == content


def test_quote_ids_are_stable_and_ordered():
    _, a = quotes_of("robust")
    _, b = quotes_of("robust")
    assert [q.quote_id for q in a] == [f"robust#{i}" for i in range(len(a))]
    assert [q.to_dict() for q in a] == [q.to_dict() for q in b]
    assert [q.content.start for q in a] == sorted(q.content.start for q in a)


def test_according_to_closing_and_opening_phrases():
    _, qs = quotes_of("according")
    by_content = {q.content.text: q for q in qs}
    q = by_content["وحكمت المحكمة على المتهم بالسجن"]
    assert q.cue.category == "according"
    assert "يبلغ عدد العاطلين مليون شخص" in by_content
    # a reporting verb already reports the clause: «بحسب البيان» adds no second quote
    assert [x.content.text for x in qs if "الاقتصاد" in x.content.text] == ["الاقتصاد قوي"]


def test_calls_and_demands_with_a_nominal_object():
    qs = quotes_by_content("demands")
    q = qs["وقف فوري لإطلاق النار"]  # «ودعا … إلى وقف …», the cue left unsplit by the parser
    assert q.cue.category == "demand" and q.type == "indirect" and "content:demand/nominal" in q.rule
    assert q.speaker.text == "وزير الخارجية الأمريكي مايك بومبيو" and q.confidence < 0.8
    q = qs["الإفراج عن المعتقلين"]  # «بالإفراج»: the preposition stays outside
    assert q.cue.text == "وطالبت" and q.speaker.text == "المنظمة"
    assert qs["احتجازهم غير قانوني"].speaker_name == "المنظمة"


def test_quote_ending_with_its_own_stop_is_speech_even_if_the_sentence_runs_on():
    _, qs = quotes_of("speech")
    assert [q.content.text for q in qs] == ["لدينا الأفضل في العالم ثم حضر إلى هنا ولم يفعل شيئا."]
    assert qs[0].type == "direct"


def test_clause_runs_through_a_quote_it_opened():
    _, qs = quotes_of("open_quote")
    assert len(qs) == 1 and qs[0].type == "mixed"
    assert qs[0].content.text.startswith("تقرير اللجنة") and qs[0].content.text.endswith("أي تغيير »")


def test_content_after_a_subject_noun_tagged_as_a_verb():
    _, qs = quotes_of("noun_as_verb")
    assert [q.content.text for q in qs] == ["مواطنا قام بحمل مقذوف لم ينفجر من الأرض"]


def test_content_stops_where_a_new_report_or_the_speakers_own_words_begin():
    _, qs = quotes_of("report_links")
    assert [(q.cue.text, q.content.text) for q in qs] == [
        ("وقال", "الاتفاق مهم للبلدين"),  # «، فيما أوضح السفير أن …» is a report of its own
        ("أوضح", "المفاوضات ستستمر"),
        ("وأكد", "اضطر للرحيل عن النادي"),  # «حسب قوله» closes his words
        ("وأضاف", "الهيئة تعمل على فحص الشهادات ومن ثم إصدار الرخص"),  # «وقال:» opens new speech
        ("وقال", "لن نسمح بالتزوير"),
    ]


def test_negated_and_contrasted_reports_and_according_to_forms():
    _, qs = quotes_of("links_according")
    got = [(q.cue.text, q.cue.negated, q.speaker_name, q.content.text) for q in qs]
    assert got[:4] == [
        ("وأكد", False, "المصدر الأمني", "الجهات المعنية منزعجة من تلك التصرفات"),
        ("يستبعد", True, "المصدر الأمني", "يتم التواصل مع السفارات"),  # «، ولم يستبعد أن»
        ("وأشار", False, "المصدر الأمني", "لن يكون هناك تعليق على العمليات"),
        ("أضاف", False, "المصدر الأمني", "الطائرات ستكون قادرة على استخدام القاعدة"),  # «، ولكنه أضاف»
    ]
    report = qs[4]  # «، حسبما ذكر تقرير»: a vague source
    assert (report.cue.text, report.speaker.text, report.speaker_name) == ("حسبما", "تقرير", "تقرير")
    assert report.content.text == "لقي غواص حتفه إثر هجوم من سمكة قرش أمس"
    assert (qs[5].cue.text, qs[5].speaker_name) == ("وفقا", "البيت الأبيض")  # «وفقا لما ذكره»
    # an opening «وبحسب X، أنها …» stops before the next report «، لتؤكد الإدارة أنها …»
    assert [(q.cue.text, q.content.text) for q in qs[6:]] == [
        ("وبحسب", "حاولت حل الأزمة مع العمال"), ("لتؤكد", "لن تتراجع عن قرارها")]


def test_brackets_after_colon_are_quote_marks():
    _, qs = quotes_of("circumstantial_adjective")
    assert [(q.type, q.content.text) for q in qs] == [
        ("direct", "مساكين بعض المسؤولين بالهيئة"),
        ("direct", "المشكلة محد درى عنه"),
    ]


def test_participle_with_its_own_clause_ends_the_content_without_a_comma():
    """«… في حي السامر والنهضة مؤكداً أن …»: a new quote, not more of the first."""
    by_cue, qs = quotes_of("participle_no_comma")
    assert by_cue["وأوضح"].content.text == "الشواغر متوفرة في حي السامر والنهضة"
    assert by_cue["مؤكدا"].content.text == "قيمة النقل مرتفعة"
    assert by_cue["مؤكدا"].speaker_name == "مدير التعليم"
    assert len(qs) == 2


def test_a_report_nested_in_an_unattributed_claim_is_the_quote():
    """«يذكر أن مصدراً في النادي كشف أن …»: the source-bearing report inside, not «يذكر»."""
    by_cue, qs = quotes_of("nested_report")
    assert [q.cue.text for q in qs] == ["كشف"]
    assert by_cue["كشف"].content.text == "اللاعب سيوقع عقدا جديدا مع الفريق"
    assert by_cue["كشف"].speaker_resolution != "none"


def test_a_contrast_with_a_pronoun_starts_a_new_report():
    """«… لحل الأزمة لكنه نبه إلى أنه لا يوجد حل سريع»: two reports of the minister."""
    by_cue, _ = quotes_of("pronoun_link")
    assert by_cue["وذكر"].content.text == "الحكومة ستتخذ إجراءات لحل الأزمة"
    assert by_cue["نبه"].content.text == "لا يوجد حل سريع للمشكلة"
    assert by_cue["نبه"].speaker_name == "الوزير"


def test_a_cue_far_from_its_colon_over_a_relative_clause_on_an_indefinite_noun():
    """«وقالت الوزارة في بيان أصدرته أمس: "…"»: the verb of «بيان أصدرته» (its pronoun points
    back to the noun) does not end the search for the content; a verb that is a report of
    its own still does (the last sentence: «أعلن», not «وقال», reports «المشروع انتهى»)."""
    by_cue, qs = quotes_of("cue_far_from_colon")
    assert (by_cue["وقالت"].type, by_cue["وقالت"].content.text) == ("direct", "إن العمل سيستمر في المشروع حتى نهاية العام")
    assert by_cue["وقالت"].speaker_name == "الوزارة"
    assert by_cue["وقال"].content.text == "الطريق سيفتتح الشهر المقبل"
    assert by_cue["أعلن"].content.text == "المشروع انتهى"
    assert len(qs) == 3


def test_after_a_comma_a_verb_with_its_subject_and_complementiser_starts_a_new_report():
    """«… الذين قالوا إن الحكومة قدمت تنازلات كثيرة، أوضح الوزير أمس أن …»: the second
    report is not more of the first one's content (its subject need not be a name)."""
    by_cue, qs = quotes_of("comma_new_report")
    assert by_cue["قالوا"].content.text == "الحكومة قدمت تنازلات كثيرة"
    assert (by_cue["أوضح"].speaker_name, by_cue["أوضح"].content.text) == ("الوزير", "المفاوضات لم تنته بعد")


def test_complementisers_of_a_condition_or_a_modal_report_nothing():
    """«أعرب عن دعمه … بشرط أن …» and «ينبغي على المدير الذي أعلن عن الخطة أن يدرك …» are no
    reports; with a reporting verb outside the relative clause the same shape is one."""
    _, qs = quotes_of("not_reports")
    assert [(q.speaker_name, q.content.text) for q in qs] == [("المدير", "المشروع سيكتمل قريبا")]


def test_an_inner_pair_of_straight_marks_does_not_end_the_quote():
    """«"وصلنا صباحاً "لاستلام الجثة" لكن …"»: the mark glued to «لاستلام» opens a quote inside.
    Normalisation spaces the marks off for the tokenizer; the original shows the sides."""
    from quotes.content import find_quote_marks
    from quotes.doc import Doc
    from quotes.normalize import prepare

    p = prepare('وقال والد الطالب: "وصلنا صباحاً "لاستلام الجثة" لكن المستشفى رفض تسليمها لنا".')
    doc = Doc(p, [])
    got = [doc.span(m.open + 1, m.close).text for m in find_quote_marks(p.text, p)]
    assert got == ['وصلنا صباحاً "لاستلام الجثة" لكن المستشفى رفض تسليمها لنا', "لاستلام الجثة"]


def test_straight_marks_that_do_not_nest_pair_in_turn():
    """Two quotes whose first lost its closing mark, or an odd count: marks pair in turn."""
    from quotes.content import find_quote_marks

    def pairs(t):
        return [t[m.open + 1:m.close] for m in find_quote_marks(t)]

    assert pairs('قال: "أ ب "ج د" هـ".') == ['أ ب "ج د" هـ', "ج د"]
    long_inner = 'وأضاف: "كان العدد 8 كالاتي: "4 حالات وفاة، و3 حالات حرجة؛ ونقلوا جوا بطائرة الإسعاف السريع". وتابع: "تم النقل".'
    assert pairs(long_inner)[0] == "كان العدد 8 كالاتي: "
    assert pairs('قال "أ ب" ثم "ج') == ["أ ب"]


def test_a_speech_event_between_cue_and_quote_is_no_verb():
    """«وقال أبو مرزوق على صفحته على فيسبوك «…»»: the tagger reads «صفحته» as a verb; a noun of
    a speech occasion does not end the way from the cue to its quote. «لفت ما أعلنه …» (what
    was announced drew attention) is no report of «لفت»."""
    by_cue, qs = quotes_of("speech_event_gap")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [("وقال", "أبو مرزوق")]
    assert by_cue["وقال"].content.text == "ندعو إلى اجتماع موسع للفصائل لتشكيل حكومة الوحدة الوطنية"


def test_lam_of_consequence_on_a_reporting_verb_after_a_comma_starts_a_new_report():
    """«…، ليرد عليه المخرج قائلاً بأن …»، «…، لتؤكد أنها …»: after a comma «لـ» on a reporting
    verb goes on with the narrative (the tagger reads it as the «لـ» of purpose); the clause
    before ends at the comma. «…، لتبلغ المنطقة مكانتها» reports nothing."""
    by_cue, qs = quotes_of("consequence_lam")
    assert by_cue["وقال"].content.text == "التلفزيون له فضل على كل النجوم ومن يقول غير ذلك جاحد"
    assert by_cue["قائلا"].speaker_name == "المخرج"
    assert by_cue["وتوقعت"].content.text == "يرد عليها والدها بهدية"
    assert (by_cue["لتؤكد"].speaker_name, by_cue["لتؤكد"].content.text) == ("أم فؤاد", "لن تفي والدها حقه")
    assert len(qs) == 4


def test_a_clause_that_opens_a_quote_runs_to_its_closing_mark_over_sentences():
    """«ورأى الرئيس أنه «بإمكان … أبدا. وأنا أستبعد ذلك تماما».»: the quote opened in the
    clause closes in the next sentence; the whole of it is the content, inside the marks."""
    by_cue, _ = quotes_of("quote_over_sentences")
    q = by_cue["ورأى"]
    assert q.type == "direct" and q.content.text.startswith("بإمكان") and q.content.text.endswith("تماما")


def test_straight_marks_paired_the_wrong_way_round_carry_nothing_on():
    """«… الأولوية ". وقال "إن …"»: the pairing of a paragraph's straight marks can take a
    closing mark and the next opening one for a pair; such a pair faces out in the
    original text, and a clause does not run on through it."""
    from quotes.content import QuoteMark, _straight_pair_faces_in
    from quotes.normalize import prepare
    p = prepare('وأضاف أن الأزمة تتطلب وقفة جادة ". وقال "إن الاحتلال يريد لنا حربا أهلية".')
    quotes_at = [i for i, c in enumerate(p.text) if c == '"']
    assert not _straight_pair_faces_in(p, QuoteMark(quotes_at[0], quotes_at[1]))
    assert _straight_pair_faces_in(p, QuoteMark(quotes_at[1], quotes_at[2]))


def test_straight_marks_pair_line_by_line():
    """Crawled articles break paragraphs with one newline. A line whose straight marks balance
    pairs them on its own; a quote a line leaves open («وقال: "الفريق …» to its end) does not
    pair with the next line's opening mark, and a later line's first mark that closes ends it."""
    from quotes.content import find_quote_marks

    def pairs(t):
        return [t[m.open + 1:m.close] for m in find_quote_marks(t)]

    text = 'وقال: "الباعور وصلا إلى مصر.\nوأضاف: "منذ استلامنا النادي بدأنا".\nوقال: "الفريق سيزداد قوة.'
    assert pairs(text) == ["منذ استلامنا النادي بدأنا"]
    over = 'قائلاً: "بالتأكيد ستكون معركة مفصلية.\nثانياً أن الهجوم فشل".\nوختم: "هناك تطور آخر".'
    assert pairs(over) == ["بالتأكيد ستكون معركة مفصلية.\nثانياً أن الهجوم فشل", "هناك تطور آخر"]


def test_a_guillemet_that_lost_its_closing_mark_does_not_swallow_the_next_paragraphs():
    """«قال الأسمري: «لا تأخذ وقتا طويلا …» never closes; guillemets nest, so it took the article's
    last orphan «…»» for its own and every quote between for quotes inside it. A long pair on a later
    line is a quote of its own; a short one on the same line («زائر») is still inside."""
    from quotes.content import find_quote_marks

    def pairs(t):
        return [t[m.open + 1:m.close] for m in find_quote_marks(t)]

    text = ("قال الأسمري: «لا تأخذ وقتا طويلا إلى وقت استلام بطاقة «زائر» تمر بمرحلتين.\n"
            "وأضاف: «يجب على المراجع أن يلتزم بالنظام حتى يتسنى خدمته في أفضل صورة».\n"
            "وقال البرعي إن القرار راعى الظروف، بل كان هناك ترتيب من القائمين على التصحيح».")
    assert pairs(text) == ["زائر", "يجب على المراجع أن يلتزم بالنظام حتى يتسنى خدمته في أفضل صورة"]
    # a quote inside a quote across a line break, short: still inside
    inner = "قال: «سمعته يقول\n«لا» ثم مضى»."
    assert pairs(inner) == ["سمعته يقول\n«لا» ثم مضى", "لا"]


def test_a_mark_the_line_never_closes_is_not_content():
    """«وقال: "الفريق سيزداد قوة …» with no closing mark: the speech after the colon is the
    content, without the mark."""
    by_cue, _ = quotes_of("unclosed_mark")
    q = by_cue["وقال"]
    assert q.content.text.startswith("الفريق") and q.type == "direct"


def test_a_quote_mark_after_a_glued_clitic_opens():
    """«و"حزب الله"»، «لـ"الاقتصادية"»: a mark with a clitic glued before it and a word after
    it opens a quote (it had been taken for the closing mark of the quote around it); a line
    whose last mark closes nothing leaves nothing open."""
    from quotes.content import find_quote_marks
    from quotes.normalize import prepare

    def pairs(t):
        p = prepare(t)
        return [p.text[m.open + 1:m.close].strip() for m in find_quote_marks(p.text, p)]

    assert pairs('قائلاً: "لقد سبق للنظام وحلفائه و"حزب الله" أنه قرر الهجوم".') == [
        'لقد سبق للنظام وحلفائه و " حزب الله " أنه قرر الهجوم', "حزب الله"]
    stray = 'قال لـ"الاقتصادية" أحمد الحميدي إنها تشمل المراكز".\nوأضاف: "النظام واضح".'
    assert pairs(stray) == ["الاقتصادية", "النظام واضح"]


def test_a_plural_nisba_read_as_a_verb_does_not_end_the_way_to_the_complementiser():
    """«قالت اليابان التي تسعى … على مسؤولين يابانيين كبار، انها ستشعر "بالاسف" …»: the tagger
    reads «يابانيين» as a verb; no verb form ends in «يين», so the quote is found."""
    by_cue, _ = quotes_of("plural_nisba_gap")
    assert by_cue["قالت"].content.text.startswith("ستشعر")
    assert by_cue["قالت"].speaker_name == "اليابان"


@pytest.mark.parametrize("word,nisba", [("يابانيين", True), ("السعوديون", True), ("مسؤولين", False),
                                        ("يقولون", False), ("يين", False)])
def test_plural_nisba(word, nisba):
    from quotes.words import is_plural_nisba
    assert is_plural_nisba(word) is nisba


def test_a_relative_clause_on_an_indefinite_noun_closed_by_a_comma_is_transparent():
    """«وقال اوباما … ومنظمات غير حكومية تعمل في افريقيا، ان "…"»: «تعمل» describes the
    organisations (no relative pronoun after an indefinite noun); the comma closes the clause
    right before «ان», so the way from the cue to its content is open."""
    by_cue, _ = quotes_of("closed_relative")
    assert by_cue["وقال"].content.text.startswith("افريقيا هي مكان")


def test_a_quote_right_after_a_cue_is_speech_when_the_narrative_goes_on_after_it():
    """«واضاف "…"، مشيرا الى ان …»: a participle cue after the closing mark; «بغضب "…" حيث قتل …»:
    a subordinate clause of the narrative: in both the quote is the cue's content, not a name."""
    by_cue, _ = quotes_of("quote_then_narrative")
    assert by_cue["واضاف"].content.text.startswith("لهذا السبب") and by_cue["واضاف"].type == "direct"
    assert by_cue["ويقول"].content.text.startswith("بالنسبة لي")


def test_a_quote_after_its_cue_is_speech_when_a_participle_cue_follows_it():
    """«وقال … هادي "هذا تقدم كبير …" موضحاً أن …»: no colon and no comma, but the participle cue
    right after the closing mark opens the next report, so the quote is what «وقال» reports."""
    from conftest import quotes_of
    by_cue, qs = quotes_of("quote_then_participle")
    assert [q.cue.text for q in qs] == ["وقال", "موضحا"]
    assert by_cue["وقال"].type == "direct" and by_cue["وقال"].content.text.startswith("هذا تقدم كبير")


def test_a_reported_clause_ends_at_the_speakers_next_act():
    """«أوضح … أنه تم توريد … في المنطقة، متوقعا الانتهاء …»: after a comma an indefinite
    accusative participle (مُفعِّلاً) says what the speaker did next; a passive participle
    («…، محدودا في الاقتصاد») goes on with the clause."""
    from conftest import quotes_of
    by_cue, _ = quotes_of("speaker_act_participle")
    assert by_cue["أوضح"].content.text.endswith("لمراكز الانتخابات في المنطقة")
    assert by_cue["وتوقعت"].content.text.endswith("محدودا في الاقتصاد السعودي")


def test_a_side_opener_before_a_verb_starts_a_new_report():
    """«وحذرت السفارة … من أن …»، من جهته قال الرئيس الكيني …: إن …، وأكد أن …»: the embassy's
    clause ends at «، من جهته»; the president's report is found and «وأكد» goes on from him."""
    from conftest import quotes_of
    _, qs = quotes_of("side_opener_new_report")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [
        ("وحذرت", "السفارة الأمريكية"), ("قال", "الرئيس الكيني أوهورو كينياتا"),
        ("وأكد", "الرئيس الكيني أوهورو كينياتا")]
    assert qs[0].content.text.endswith("للإرهابيين »")


def test_a_closing_according_to_phrase_whose_source_reports_again_and_one_between_dashes():
    """«…، بحسب صحيفة فيدوموستي التي قالت إنها اطلعت على نصه»: the relative clause's own report
    comes after the marker and does not take the clause before it; «… «قطرة في بحر» – بحسب وكالة
    الصحافة الفرنسية - …»: dashes set the phrase off like commas; «(حسب كلامه)» names no source."""
    from conftest import quotes_of
    _, qs = quotes_of("according_before_relative_report")
    got = [(q.cue.text, q.speaker_name) for q in qs]
    assert ("بحسب", "صحيفة فيدوموستي") in got and ("بحسب", "وكالة الصحافة الفرنسية") in got
    assert qs[0].content.text.startswith("ولا يسمح مشروع القانون")
    assert not any(q.cue.text == "حسب" for q in qs)


def test_a_word_with_nunation_between_cue_and_content_is_no_verb(nlp):
    """«فقال أيضا بلهجة تحدٍّ لخصوم حزبه إن «…»»: the tagger reads «تحد» as a verb, which would
    end the gap before «إن»; the original text's nunation (تحدٍّ) says it is a noun. The whole
    path, since the fixtures keep only the undiacritised text."""
    from quotes.extract import extract_text
    text = ("من جانب آخر، تطرق نصر الله إلى الوضع اللبناني الداخلي، فقال أيضا بلهجة تحدٍّ لخصوم حزبه إن "
            "«التلويح باستقالة الحكومة أو التهديد بها لن يقدم ولن يؤخر شيئا، بل يضر البلد».")
    qs = extract_text(text, nlp)
    assert [(q.cue.text, q.speaker_name) for q in qs] == [("فقال", "نصر الله")]
    assert qs[0].content.text.startswith("«التلويح باستقالة") or qs[0].content.text.startswith("التلويح")


def test_a_call_with_a_nominal_object_ends_where_the_narrative_goes_on(nlp):
    """«… بينما طالب المزارع الأوروبي بزيادة السعر ليصل إلى 40 سنتا، ووقعت مصادمات بين الشرطة
    والمزارعين …»: what is called for is a noun phrase; a comma and «و» + a verb go on with the
    story. The whole path (the demand's sentence as the real path splits it)."""
    from quotes.extract import extract_text
    text = ("ويذكر أن احتجاجات سابقة عرفتها عواصم أوروبية في فترات ماضية حول الموضوع نفسه. وفي أواخر عام 2012 "
            "عرفت بروكسل الاحتجاجات التي شارك فيها ما يزيد على ألفين من المزارعين الأوروبيين جاءوا من 15 دولة "
            "أوروبية يمثلون زملاءهم في الاحتجاج على تدني أسعار الحليب (اللبن)، حيث وصل سعر اللتر وقتها إلى 30 "
            "سنتا، بينما طالب المزارع الأوروبي بزيادة السعر ليصل إلى 40 سنتا، ووقعت مصادمات بين الشرطة "
            "والمزارعين الأوروبيين، عقب القيام بإلقاء كميات من الحليب على جدران البرلمان الأوروبي، للتعبير عن "
            "الغضب بسبب السياسات الأوروبية التي ترفض الاستجابة لمطالب المزارعين برفع أسعار الحليب، واضطرت "
            "الشرطة في بروكسل إلى الرد بالقنابل المسيلة للدموع.")
    demand = next(q for q in extract_text(text, nlp) if q.cue.text == "طالب")
    assert demand.content.text == "زيادة السعر ليصل إلى 40 سنتا"


def test_a_preposition_with_a_pronoun_calls_for_nothing(nlp):
    """«وطالبت جماهير النادي … وهو ما صرح به مدير الكرة …»: the split lexicon makes «به» «ب» + «ه»,
    as the treebanks do; a «ب» whose word is a pronoun points back, it opens no demanded thing (the
    content began inside the token, at «ه»). The whole path."""
    from quotes.extract import extract_text
    text = ("وطالبت جماهير النادي الأهلي من خلال مداخلاتها التصعيد من مسؤولي النادي ورفض الموافقة على الجدولة "
            "التي تمت دون موافقة من قبل مسؤولي الفريق الأول وهو ما صرح به مدير الكرة بالفريق الأول باسم أبو داود "
            "أثناء المؤتمر الصحافي.")
    at = text.index("به مدير")
    for q in extract_text(text, nlp):
        assert not (at < q.content.start <= at + 2), q.content.text


def test_a_semicolon_right_before_the_complementiser_is_a_comma():
    """«ونقلت وكالة أنباء "فرانس برس" عن المتحدث باسم شرطة المنطقة جواد ؛ أن "…"»: no sentence
    opens with «أنّ», so the semicolon before it stands between the relayed source and its clause."""
    from conftest import quotes_of
    _, qs = quotes_of("semicolon_before_complementiser")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [("ونقلت", "المتحدث باسم شرطة المنطقة جواد")]


def test_a_clause_right_after_a_speech_verb_with_no_subject_is_what_was_said():
    """«وأضاف جرى اقتحام المبنى …»: «أضاف» (words.tsv speech_verb) with no subject and no
    complementiser, a finite verb right after it: the clause is the report, unmarked; the speaker
    goes on from the sentence before."""
    from conftest import quotes_of
    by_cue, _ = quotes_of("clause_after_speech_verb")
    q = by_cue["وأضاف"]
    assert q.content.text.startswith("جرى اقتحام المبنى") and q.speaker_name.endswith("نايف الشريف")
    assert "verb-after-cue" in q.rule and q.confidence < 0.8


def test_a_speech_participle_with_a_verb_right_after_it_reports_that_clause():
    """«ويستكمل الأسمري قائلا خرجت إلى دولة ألمانيا …»: a speech verb's participle (words.tsv
    speech_verb: «قائلا»، «مضيفا») with a finite verb right after it and no complementiser: the clause
    is what was said, unmarked, as after «وأضاف»."""
    _, qs = quotes_of("speech_participle_then_verb")
    assert [(q.cue.text, q.speaker_name, q.content.text) for q in qs] == [
        ("قائلا", "الأسمري", "خرجت إلى دولة ألمانيا للعلاج وأنا أسير على المشاية الرباعية")]


def test_a_simple_verbs_participle_with_nunation_after_a_comma_ends_the_clause(nlp):
    """«…، لافتا بأن الفقيد استشهد من أجل الوطن، حامداً الله على استشهاده …»: the participle of
    the simple verb (فاعلاً), nunation written, is the speaker's next act, not more of what he
    said. Without the nunation «…، ساهما في تأخير …» would be a dual verb: the clause goes on.
    The whole path, since the fixtures keep only the undiacritised text."""
    from quotes.extract import extract_text
    text = ("وقد عبر والد شهيد الواجب عن شكره وتقديره لكل من واساهم وعزاهم في استشهاد ابنه يحيى، لافتا بأن "
            "الفقيد استشهد من أجل الوطن، حامداً الله على استشهاده وهو يدافع عن وطنه وأرضه وعرضه.")
    qs = extract_text(text, nlp)
    assert [q.content.text for q in qs if q.cue.text == "لافتا"] == ["الفقيد استشهد من أجل الوطن"]
    text = ("وأوضحت الشركة أن طول الخط، واستمرار العاصفة حتى منتصف الليل، ساهما في تأخير معالجة الأمر.")
    qs = extract_text(text, nlp)
    assert [q.content.text for q in qs] == ["طول الخط، واستمرار العاصفة حتى منتصف الليل، ساهما في تأخير معالجة الأمر"]


def test_a_speakers_next_act_as_a_participle_ends_the_clause_without_its_nunation():
    """«…، واصفة البيانات بأنها …»، «…، رافضا تأكيد أو نفي …»، «…، سائلا الله أن …»: the simple
    verb's participle of what a speaker does next (words.tsv act_participle) ends the reported
    clause after a comma, nunation written or not, and its own «أن» is no content of the cue
    before it (the prayer after «وأعرب … عن شكره» is nobody's statement). A dual verb of the
    same shape goes on with the clause («…، حاولا اقتحام المدينة …»)."""
    _, qs = quotes_of("act_participle")
    assert [(q.cue.text, q.content.text) for q in qs] == [
        ("وأضافت", "الوصول إلى الكم الهائل لم يكن بالأمر السهل"),
        ("وقال", "المرجح أن يقود المباراة حكام أجانب"),
        ("وقالت", "جيش الأسد مدعوما بميليشيا حزب الله ، حاولا اقتحام المدينة من المحور الغربي")]


def test_a_speakers_next_act_as_a_participle_ends_the_clause_with_no_comma_before_it():
    """«… أن يرتفع عدد القتلى واصفاً الانفجار بأنه …»، «… للمحافظة سائلا الله أن …»: the simple
    verb's participle of a speaker's next act (words.tsv act_participle, with «داعيا» and «منددين»)
    ends the reported clause with no comma before it too, in the masculine accusative right after
    the clause, as a cue's participle does; the predicate of «كان» goes on with it («كان شاكرا …»)."""
    _, qs = quotes_of("act_participle_no_comma")
    assert [(q.cue.text, q.content.text) for q in qs] == [
        ("وأضاف", "هناك مخاوف من أن يرتفع عدد القتلى"),
        ("وقال", "المشروع أقل ما نقدمه للمحافظة"),
        ("ويتهم", "تتحمل جزءا من المسؤولية"),
        ("وقال", "الطالب كان شاكرا لمعلميه على جهودهم")]


def test_a_cues_feminine_participle_with_its_preposition_ends_the_clause_with_no_comma():
    """«… من مساعدات الضمان الاجتماعي مطالبة بتمديد …»، «… لوزارة الدفاع مؤكدة على ضرورة …»: a
    cue's feminine participle right after a clause that has its verb, with «بـ» or «على» after it,
    is what the speaker did next. A predicate goes on: before the clause's verb («أن الأسواق
    مطالبة بتوفير …»: are required to) or of manner («معلنة بشكل شفاف», words.tsv manner_head)."""
    _, qs = quotes_of("feminine_participle_no_comma")
    assert [(q.cue.text, q.content.text) for q in qs] == [
        ("وأكدت", "الفعاليات يمنحها عائد أفضل من مساعدات الضمان الاجتماعي"),
        ("مطالبة", "تمديد فترة الفعاليات"),
        ("وطالبت", "تكون هناك رقابة على القوائم التي تم تخصيصها لوزارة الدفاع"),
        ("وقالت", "الجائزة يستحقها من قدم في مجاله ما يستحق ، ولو كانت الأسماء معلنة بشكل شفاف لكان أجمل"),
        ("وأكدت", "الأسواق المركزية مطالبة بتوفير السلع")]


def test_a_feminine_act_participle_after_the_clause_ends_it_with_no_comma():
    """«… ضمن مسلسل « العراب » واصفة العمل بالضخم»: the feminine of a speaker's next act (words.tsv
    act_participle) right after a clause that has had its verb ends it with no comma; one before the
    verb, after its subject, is the predicate («إن المادة سائلة وشفافة»: liquid)."""
    _, qs = quotes_of("title_adjective_given_name")
    assert [q.content.text for q in qs] == ["استمتعت في مشاركتها ضمن مسلسل « العراب »", "المادة سائلة وشفافة"]


def test_meanwhile_before_a_reporting_verb_ends_the_clause():
    """«… بعد خروج الطلبة من المعهد، إلى ذلك، أعلن تنظيم داعش مسؤوليته …»: «إلى ذلك» (meanwhile;
    words.tsv side_opener) before a reporting verb turns the narrative to another report."""
    _, qs = quotes_of("side_opener_ila_dhalik")
    assert [q.content.text for q in qs] == ["التفجير وقع بعد خروج الطلبة من المعهد"]


def test_an_abbreviated_title_of_dotted_letters_ends_no_sentence_and_no_clause(nlp):
    """«… معالي الرئيس العام أ.د. عبدالرحمن السند تحرص …، مشدداً على أن …»: «أ.د.» (letters joined
    by dots) and «د.» end no sentence and no reported clause, so the participle after them goes on
    with the sentence's speaker, not with the name after the title. The whole path: the tokenizer's
    sentence split is what is repaired."""
    from quotes.extract import extract_text
    text = ("وأكد الشليل أن الرئاسة العامة وبتوجيهات ومتابعة من معالي الرئيس العام أ.د. عبدالرحمن السند "
            "تحرص على تفعيل الجانب التوعوي، مشدداً على أن الرئاسة تقف بحزم ضد المتحرشين. "
            "وأوضح المدير أن المذكرتين تأتيان بتوجيهات من د. عزام الدخيل بأهمية مساهمة الجامعتين.")
    got = {q.cue.text: (q.speaker_name, q.content.text) for q in extract_text(text, nlp)}
    assert "عبدالرحمن السند" in got["وأكد"][1]
    assert got["مشدداً"][0] == "الشليل"
    assert got["وأوضح"][1].endswith("بأهمية مساهمة الجامعتين")


def test_the_speakers_words_closed_before_a_new_cue_end_the_clause():
    """«… أن ذلك "يستهدف الاستيلاء على أراضي الفلسطينيين … هذه البؤر" ونبهت الوزارة إلى …»: a mark
    that closes the speaker's own words right before «و» + a cue in the perfect ends the reported
    clause though no stop stands between; a quoted name closed there does not («على موقع «سبوتفاي»
    وأبلغ السلطات عنها»: the informant's act goes on)."""
    _, qs = quotes_of("speech_closed_before_cue")
    got = {q.cue.text: q.content.text for q in qs}
    assert got["مشيرة"].endswith("هذه البؤر \"")
    assert got["وقال"].endswith("وأبلغ السلطات عنها")


def test_a_comment_opener_inside_a_quote_the_clause_opened_is_the_speakers():
    """«اعتبر كيري أن تصريحات خامنئي هذه «مقلقة للغاية ومزعجة، وهذا أحد أسباب لقائي …»»: «، وهذا»
    opens the writer's comment only outside quote marks; inside the quote the clause opened it
    is the speaker's own words, to the closing mark. A double prime glued to a word closes a
    quote in scraped text («“25″ ألف ريال …، مما جعلها …»: the comment still ends the clause)."""
    _, qs = quotes_of("comment_opener_inside_open_quote")
    got = {q.cue.text: q.content.text for q in qs}
    assert got["اعتبر"].endswith("مع القادة الخليجيين »")
    assert got["مؤكدا"].endswith("ألف ريال بداخل جدة")


def test_a_relative_clause_on_an_indefinite_noun_and_its_adjective_is_transparent():
    """«وقال بكري حسن صالح في أول مؤتمر صحافي | يعقده منذ ظهوره …، إن حكومته …»: the noun's indefinite
    adjective stands between it and the relative clause's verb, which still points back to it."""
    by_cue, _ = quotes_of("relative_after_adjective")
    assert by_cue["وقال"].content.text == "حكومته جادة في بناء الثقة"
    assert by_cue["وقال"].speaker_name == "بكري حسن صالح"


def test_past_an_adjective_a_verb_with_no_pronoun_is_a_relative_clause_only_on_a_statement():
    """«في بيان صحافي | زودت "الرياض" بنسخة منه بأنه …»: a statement's noun, its adjective, then a perfect
    verb: what was done with the statement, the gap goes on to «بأنه». «صور لعربات أمريكية | دمرت في
    الحرب …» is not: «تابعت … على أنها …» reports nothing."""
    _, qs = quotes_of("relative_after_adjective_no_pronoun")
    assert [(q.cue.text, q.content.text.split()[0]) for q in qs] == [("وأكدت", "تم")]


def test_a_verb_with_no_pronoun_after_the_noun_of_a_preposition_is_a_relative_clause():
    """«قال … زنغنه في تصريحات أذيعت اليوم الأحد إن …»، «وأوضحت الوزارة في بيان وزع على
    الصحافيين …، أن …»: a perfect verb right after an indefinite noun governed by a preposition
    says what happened to the statement; the gap to the complementiser stays open, and the
    report is the cue's, not the nested «تتوقع أن» inside it."""
    _, qs = quotes_of("passive_relative_in_gap")
    assert [(q.cue.text, q.content.text.split()[0]) for q in qs] == [("قال", "بلاده"), ("وأوضحت", "العملية")]


def test_a_fronted_question_ends_the_clause_before_it_and_the_answer_is_a_new_report():
    """«وشدد كيري على أن …، وعند سؤاله حول تصريحات المرشد … والتي أكد فيها أن …، أجاب كيري: «…»»:
    «و» + «عند» opens a fronted phrase (its relative clause's «أكد» passed over) before a new
    report, so the first clause ends at the comma; «، أجاب كيري:» (a comma, a verb, a name and a
    colon) starts a report of its own, which the relative clause's content does not swallow."""
    _, qs = quotes_of("fronted_question_then_answer")
    got = {q.cue.text: q.content.text for q in qs}
    assert got["وشدد"].endswith("بطريقة مؤثرة جدا")
    assert got["أكد"] == "إيران ستبقى في حالة حرب مع أمريكا"
    assert got["أجاب"] == "لا أعرف كيف أقرأ هذه التصريحات"


def test_a_mark_its_line_never_closes_opens_speech_to_the_lines_end(nlp):
    """«وتابع "بعثت برسالة إلى أوبك …\\n"لن نطلب إذنا …"»: wire copy opens each paragraph of a long
    quote with a mark and closes only the last; a mark right after the cue that its line never
    closes opens speech running to the line's end. The whole path: the line breaks matter."""
    from quotes.extract import extract_text
    text = ('وأضاف "سنعود إلى مستوى 3.8 مليون برميل في غضون الأشهر القليلة المقبلة."\n'
            'وتابع "بعثت برسالة إلى أوبك بأن العقوبات سترفع وأننا سنعود (إلى مستويات الانتاج السابقة).\n'
            '"لن نطلب إذنا من أحد لاستعادة حقوقنا."\n')
    got = [(q.cue.text, q.content.text, q.type) for q in extract_text(text, nlp)]
    assert ("وتابع", "بعثت برسالة إلى أوبك بأن العقوبات سترفع وأننا سنعود (إلى مستويات الانتاج السابقة)",
            "direct") in got


def test_a_closing_according_phrase_reports_the_sentence_a_coordinated_verb_goes_on_with():
    """«إلا أن السيد وارمبي … تمكن من محاربة السرطان …، وتوفي في المستشفى بحسب ما ذكرت صحيفة
    دايلي ميل»: with no comma before the phrase, a clause after «، و» is its own only when it
    opens with a noun («، والتخوف هو أن …»); «، وتوفي» goes on with the sentence's subject, so
    the whole sentence is what the paper reported."""
    _, qs = quotes_of("according_after_coordinated_verb")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [("بحسب", "صحيفة دايلي ميل البريطانية")]
    assert qs[0].content.text.startswith("إلا أن السيد وارمبي") and qs[0].content.text.endswith("وتوفي في المستشفى")


def test_a_relative_clause_on_the_named_subject_stands_between_cue_and_quote():
    """«واضاف سامح الذي كان يحرص على مشاهدة مباريات فريقه في مكان عمله "…"»: a relative pronoun
    right after the named subject opens a clause whose verbs do not end the way to the quote;
    one far from the cue or after a common noun («بين المنظمات التي …») still does."""
    _, qs = quotes_of("relative_clause_on_named_subject")
    assert [(q.cue.text, q.content.text) for q in qs] == [("واضاف", "ملاذي الوحيد الآن هو متابعة الكرة الاوروبية")]


def test_according_to_a_norm_or_only_is_no_report():
    """«وفقاً للجدول الزمني»، «وفق أعلى المواصفات»: in accordance with a norm (words.tsv ``norm``),
    no source; «فحسب» is «only». A report «، وفقاً للتقرير» stays."""
    _, qs = quotes_of("according_norm")
    assert [(q.cue.text, q.speaker.text) for q in qs] == [("وفقا", "للتقرير")]


def test_an_opening_according_phrase_right_before_a_report_is_its_credit():
    """«وبحسب وكالة «رويترز»، كان كارتر قد قال … إن …»، «وبحسب "الفرنسية"، فقد أضاف التقرير أن …»:
    a credit for the report that follows (at most ``CREDIT_MAX`` tokens to its cue), not a
    quote of its own whose content is «كان كارتر قد» or «فقد»."""
    _, qs = quotes_of("according_credit")
    assert [q.cue.text for q in qs] == ["قال", "أضاف"]


def test_an_opening_credit_with_no_comma_before_the_reports_own_cue_is_its_credit():
    """«وبحسب وكالة "رويترز" قال كيري "…" مضيفا أن …»: the cue right after the source, with no comma
    between, makes the phrase a credit for that report (session 57's review: a second row whose content
    was «قال كيري "…"» and whose speaker was the agency)."""
    _, qs = quotes_of("credit_then_cue")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [("قال", "كيري"), ("مضيفا", "كيري")]


def test_a_medium_credited_before_a_report_is_its_outlet():
    """«وبحسب وكالة "رويترز" قال كيري "…"»: the credit is no row, and the medium it names is the credited
    quote's ``via`` (words.tsv ``media``/``outlet``), as «قال كيري لرويترز» would be."""
    by_cue, _ = quotes_of("credit_then_cue")
    assert by_cue["قال"].via is not None and by_cue["قال"].via.text.replace(" ", "") == 'وكالة"رويترز"'
    assert by_cue["مضيفا"].via is None


def test_what_a_named_speaker_works_at_stands_between_cue_and_speech():
    """«يقول بسام من الجنسية اليمنية ويعمل في بيع ألعاب الأطفال …: أعمل …»: «ويعمل»/«وتعمل» after the
    speaker's name (and where he is from) says who he is, like «وهو …» (words.tsv ``subject_aside``):
    its verb does not close the gap, and the speech after the colon is his (session 57's review: two
    vox-pop quotes missed)."""
    _, qs = quotes_of("works_aside")
    assert [(q.cue.text, q.speaker_name, q.content.text) for q in qs] == [
        ("يقول", "بسام", "أعمل في السعودية منذ سبع سنوات"),
        ("وقال", "عثمان الغامدي", "الطلب كبير هذا العام")]


def test_a_closing_source_named_whole_with_a_long_title_needs_no_comma():
    """«… وقتل عضوان من قوات الامن طبقا لما ذكره جول محمد بيدار نائب حاكم إقليم باداخشان شمال شرق البلاد.»:
    with no comma before it a closing source is kept short (``SOURCE_MAX``), but two name words and a
    title name one person whole, however long the title runs; so the «وأضاف» after it is his (session
    57's review: the phrase was missed, and the next two quotes given to «مسؤول حكومي»)."""
    _, qs = quotes_of("according_named_with_long_title")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [
        ("ذكر", "مسؤول حكومي"),
        ("طبقا", "جول محمد بيدار نائب حاكم إقليم باداخشان شمال شرق البلاد"),
        ("وأضاف", "جول محمد بيدار نائب حاكم إقليم باداخشان شمال شرق البلاد")]


def test_an_according_source_after_a_noun_of_saying_is_its_genitive():
    """«…، حسب تأكيد الجوازات»، «وبحسب تصريح لخبير أمني، فإن …»: a noun of saying in construct after the
    marker (words.tsv ``saying_noun``) is what was said; the source is the one after it (session 57's
    review: «تأكيد الجوازات» was the speaker)."""
    _, qs = quotes_of("according_saying_noun")
    assert [(q.cue.text, q.speaker.text if q.speaker else None) for q in qs] == [
        ("حسب", "الجوازات"), ("وبحسب", "خبير أمني")]


def test_an_opening_source_stops_at_a_preposition_of_time():
    """«ووفقا لتقرير المؤسسة خلال الشهر الأخير، فإن …»: the source runs on to its comma only over a noun
    phrase; «خلال …» (words.tsv ``time_preposition``) says when, not who (session 57's review)."""
    _, qs = quotes_of("according_source_then_time")
    assert [(q.cue.text, q.speaker.text) for q in qs] == [("ووفقا", "تقرير المؤسسة")]


def test_a_colon_after_a_list_pronoun_opens_no_speech():
    """«وذكرت الوزارة … أسماء الأشخاص الخمسة المتهمين، وهم: مبارك ملفي، …»: a list (words.tsv
    ``list_opener``), not what the ministry said; «وقال الوزير في المؤتمر: نحن …» is speech."""
    _, qs = quotes_of("list_colon")
    assert [q.cue.text for q in qs] == ["وقال"]


def test_a_new_report_after_wa_with_a_definite_subject_ends_the_content():
    """«وأكد زهير العمري …، بأن عملية الترشيح … تمت بشكل آلي مما يضمن العدالة والشفافية وبين
    العمري بأن التمديد …»: no comma, but «و» + a cue + a definite subject the tagger reads as a
    common noun + its own complementiser: the first content ends, a second report begins."""
    _, qs = quotes_of("new_report_after_wa")
    assert [(q.cue.text, q.content.text.split()[-1]) for q in qs] == [("وأكد", "والشفافية"), ("وبين", "قبولهم")]


def test_a_compound_preposition_is_not_what_a_call_asks_for():
    """«أي أن يستقوي طالب ضد طالب آخر، ربما بسبب صغر حجمه …»: «بسبب» (because of; words.tsv
    ``compound_preposition``) is no «طالب بـ» (demanded): the student is no call and nothing
    is reported."""
    _, qs = quotes_of("bisabab_not_demand")
    assert [q.cue.text for q in qs] == []


def test_a_noun_read_as_a_verb_after_the_cue_is_its_subject_not_unmarked_speech():
    """«قال تجمع لاهالي معتقلين "سلفيين" في غزة في بيان امس ان …»: the tagger reads «تجمع» as a
    verb; the tree makes it the cue's subject and a complementiser follows before any comma, so
    the content is the «ان» clause and «تجمع …» the speaker (parsed by session 20's ft12 model)."""
    by_cue, _ = quotes_of("noun_read_as_verb_after_cue")
    q = by_cue["قال"]
    assert q.content.text.startswith("اجهزة الامن التابعة لحماس")
    assert q.speaker.text.startswith("تجمع لاهالي معتقلين")


def test_a_glued_credit_closes_the_clause_before_it():
    """«…»، حسبما أفادت به وكالة «رويترز»: «حسبما» (حسب + ما) after a comma ends a reported clause like
    «، بحسب …»; an according-to phrase followed only by a time word («حسبما أعلن مكتبه أمس») closes
    the clause before it, not the whole sentence."""
    by_cue, _ = quotes_of("credit_after_clause")
    assert by_cue["كتب"].content.text == "لا توجد صلة بين الغارات الجوية والتفاهمات الأخيرة ضد (داعش)"
    assert by_cue["حسبما"].content.text.endswith("بان كي مون")
    assert by_cue["حسبما"].speaker.text == "مكتبه"


def test_a_credit_told_to_an_outlet_and_a_new_report_with_a_colon():
    """«…، بحسب ما ذكر مصدر امني … لوكالة فرانس برس.»: the outlet told after the source does not make
    the credit a parenthesis — the clause before it is reported, the credit left out. «… إلا في وقتنا
    الحاضر ويضيف العم العمري: في الماضي …»: «و» + a cue + its subject + a colon opens a new report
    even with no comma before it."""
    by_cue, _ = quotes_of("credit_told_and_next_report")
    assert by_cue["بحسب"].content.text.endswith("مقتل قيادي في حركة فتح ومرافقه")
    assert by_cue["ويقول"].content.text.endswith("إلا في وقتنا الحاضر")
    assert by_cue["ويضيف"].content.text.startswith("في الماضي")


def test_a_manner_adverb_is_no_speaker_and_a_norm_is_no_credit():
    """«نفت دولة جنوب السودان بشدة أن …»: a manner adverb (words.tsv ``adverb``: بشدة، بقوة، بوضوح)
    after the subject is none of it. «…، وفقاً للمادة العاشرة من نظام وثائق السفر، فضلاً عن منعه …»:
    an according-to phrase whose noun is a norm (``norm``: المادة، الفقرة، البند) credits no source,
    so it does not close the ruling reported before it."""
    by_cue, _ = quotes_of("manner_adverb_and_norm")
    assert by_cue["نفت"].speaker.text == "دولة جنوب السودان"
    assert by_cue["وأشارت"].content.text.endswith("مدة مماثلة لسجنه")


def test_the_main_clause_of_a_concession_stays_in_the_content():
    """«… كان من إسرائيل، ورغم أن علاقات الدولتين تأثرت …، إلا أن الحرب الأهلية … أعادت الدفء …»:
    «إلا» after a comma usually opens the writer's comment, but after a concession (words.tsv
    ``concession``) inside the clause it opens the concession's main clause: the source's sentence
    goes on."""
    by_cue, _ = quotes_of("concession_main_clause")
    assert by_cue["وأكد"].content.text.endswith("أعادت الدفء إلى علاقات الطرفين")


def test_a_sources_wish_to_stay_unnamed_is_an_aside():
    """«قال ضابط …، فضل عدم الكشف عن اسمه، لـ«الشرق الأوسط»: «…»»، «قال مسؤول إسرائيلي رفيع المستوى،
    اشترط عدم الكشف عن هويته …، أول من أمس، إن …»، «وأكَّد مصدر في الشرطة، طلب أيضاً عدم ذكر اسمه،
    أن …»: a verb of words.tsv ``anonymity`` with «عدم» after a comma is an aside between the subject
    and what was said, not a clause that stops the search for the content."""
    _, qs = quotes_of("anonymity_aside")
    assert [q.content.text.split()[0] for q in qs] == ["نفذنا", "الحكومة", "الحصيلة"]
    assert [q.speaker_name for q in qs] == ["ضابط رفيع المستوى في معسكر شرطة نينوى", "مسؤول إسرائيلي رفيع المستوى", "مصدر في الشرطة"]


def test_a_participle_the_splitter_cut_still_ends_the_clause():
    """«… يستهدف المحافظة سياسيا، متهما الحكومة الاتحادية بأنها …»: the clitic splitter reads «متهما» as
    a verb and the pronoun «هما»; it is the participle all the same, and after a comma it says what the
    speaker did next: the clause reported before it ends at the comma."""
    by_cue, _ = quotes_of("participle_split_hama")
    assert by_cue["وأكد"].content.text.endswith("يستهدف المحافظة سياسيا")


def test_a_linked_report_with_no_comma_is_a_new_report_and_while_has_no_antecedent():
    """«… وإبلاغ البلدية كما أكد بأن الجهود …»، «… للحاق بالبعثة في الوقت الذي تشير المصادر إلى أن …»:
    a link (words.tsv ``report_link``) and a cue with its own complementiser close the clause before
    them even with no comma. «في الوقت الذي» is «while»: the relative pronoun after a noun of time has
    no antecedent that speaks (``time_antecedent``), the subject after the verb does."""
    by_cue, _ = quotes_of("linked_report_no_comma")
    assert by_cue["وأوضح"].content.text.endswith("وإبلاغ البلدية")
    assert by_cue["أكد"].content.text.startswith("الجهود بالمنطقة")
    assert by_cue["وأبانت"].content.text.endswith("للحاق بالبعثة")
    assert by_cue["تشير"].speaker.text == "المصادر"
    assert by_cue["أكدت"].speaker.text == "وسائل إعلامية رومانية"


def test_a_complementiser_another_word_governs_is_not_the_cues():
    """«ويعتبر ارتفاع ضغط الدم واحداً من … حيث إن …»، «وتعتبر وكالات التصنيف … والتي من الضروري أن …»:
    «يُعتبر» (is considered) with a predicate and no clause of its own; the complementiser after «حيث»،
    «من الضروري»، «لاسيما»، «بالإضافة إلى» (words.tsv ``clause_governor``) is that word's, so no quote.
    A cue's own clause still reaches past them: «وقال الوزير إن الوضع مستقر، لاسيما أن …»."""
    by_cue, _ = quotes_of("clause_governor")
    assert "ويعتبر" not in by_cue and "وتعتبر" not in by_cue
    assert by_cue["وقال"].content.text.startswith("الوضع مستقر")


def test_a_participle_after_a_comma_takes_the_complementiser_after_it():
    """«عبر مدرب الانطلاق الجديد عن سعادته …، متمنياً أن يقدم …»، «…، سائلاً الله أن …»: the complementiser
    right after a circumstantial participle's words is the participle's (a wish, a prayer), not the cue's
    before the comma: no quote. A
    participle closed by its own comma is an aside («…، متوجها إلى مصر، إن …»), and «مجدداً»
    (an adverb) is no participle («…، مجددًا، أن …»): those cues keep their clause."""
    by_cue, _ = quotes_of("participle_own_clause")
    assert "عبر" not in by_cue
    assert by_cue["وقال"].content.text.startswith("الجيش الوطني")
    assert by_cue["أكدت"].content.text.startswith("المفوضية تتوقع")


def test_a_subordinate_verb_takes_the_complementiser_after_its_words():
    """«وتدعو الوزارة … إلى الإبلاغ …، حيث يتاح للمتضرر أن يتقدم …»، «تؤكد على تطبيق مبدأ الشفافية، حيث
    سبق أن …»: a verb after a subordinator («حيث») whose words reach a complementiser before any comma
    governs that clause; it is not the cue's content."""
    by_cue, _ = quotes_of("subordinate_own_clause")
    assert by_cue["وتدعو"].content.text.startswith("الإبلاغ")
    assert "تؤكد" not in by_cue


def test_what_a_text_stipulates_is_no_credit():
    """«…، وفقاً لما نصت عليه الاستراتيجية الوطنية …، فإنها تأمل …»: an according-to phrase over what a
    text stipulates (words.tsv ``norm_verb``) names a norm, like «وفقاً للمادة», and does not close
    the clause before it."""
    by_cue, _ = quotes_of("norm_verb_credit")
    assert by_cue["وأضاف"].content.text.endswith("التعاون معها")


def test_a_closing_according_phrase_whose_source_runs_on_without_a_comma():
    """«…، وفق المرصد السوري لحقوق الانسان ووكالة الانباء السورية (سانا).»، «…، بحسب ما ذكر النادي
    الكاتالوني اليوم الثلاثاء على موقعه الرسمي.»: words after the source with no comma before them
    are still the phrase (a second source, an acronym, a time, a place): the content is the clause
    before it. Only after a comma or a dash does the sentence go on around the phrase («… يرجع
    جزئيا - حسب الصندوق - إلى احتساب …»: the whole sentence)."""
    _, qs = quotes_of("according_source_runs_on")
    got = [(q.cue.text, q.speaker_name, q.content.text) for q in qs]
    assert got[0] == ("وفق", "المرصد السوري لحقوق الانسان", "حققت القوات الكردية الاحد تقدما في مدينة الحسكة حيث "
                      "بات تنظيم داعش محاصرا في منطقتين في هذه المدينة الكبيرة في شمال شرق سوريا")
    assert got[1][2].endswith("خلفا لتشافي المنتقل إلى السد القطري")
    assert got[2][2].startswith("التنقيح") and got[2][2].endswith("من منظمة الصحة العالمية")


def test_a_closing_according_phrase_with_no_comma_before_it():
    """With no comma before it, an according-to phrase closes the clause before it when it ends the
    sentence: a group of people with its own prepositional phrase («… وفق العاملين في المجال
    الإنساني.»), a source with «ل» glued on («وفقا لمسؤولين في الضمان الاجتماعي»), a source with a
    relative clause of its own after it («بحسب حاكم منطقة سوروتش … الذي اضاف إن …»)."""
    _, qs = quotes_of("according_closing_without_comma")
    got = [(q.cue.text, q.speaker_name) for q in qs]
    assert got[:3] == [("وفق", "العاملين في المجال الإنساني"), ("وفقا", "مسؤولين في الضمان الاجتماعي"),
                       ("بحسب", "حاكم منطقة سوروتش عبدالله جيفتشي")]
    assert qs[0].content.text.endswith("نظرا لجسامة الاحتياجات وضعف الإمكانيات")
    assert qs[2].content.text.endswith("ونحو 100 جريح")


def test_a_closing_according_phrase_reports_the_clause_after_kama_anna():
    """«…، كما أن البطالة المقنعة منتشرة جدا في إيران بحسب البنك الدولي.»: with no comma before the
    phrase, its clause begins after the last comma and «كما أن», not at the sentence's start (where
    another source's opening phrase stands)."""
    by_cue, _ = quotes_of("according_after_kama_anna")
    assert by_cue["بحسب"].content.text == "البطالة المقنعة منتشرة جدا في إيران"
    assert by_cue["بحسب"].speaker_name == "البنك الدولي"


def test_a_semicolon_inside_a_sentence_goes_on_with_the_report():
    """«… إلى أن حجم الشاشة يبلغ أكثر من 12 بوصة؛ حيث تصل إلى 12.2 بوصة …»: a semicolon the
    splitter left inside the sentence joins clauses of one report (a reason, a purpose, an
    elaboration), like a comma: the content runs on to the sentence's end. What may open a new
    report after a comma may after it too: «… فقال عنه: إنه …», a cue whose colon comes after a
    preposition with a pronoun, is a new report in direct speech."""
    by_cue, qs = quotes_of("semicolon_inside_report")
    assert by_cue["وأشارت"].content.text.endswith("الذي تبلغ حجم الشاشة به 9.7 بوصة")
    assert by_cue["ويطالب"].content.text.endswith("يحدث تغيرا كبيرا في محيطه الخاص والعام")
    assert by_cue["فقال"].content.text.startswith("بصفة عامة يعمل")


def test_a_cue_inside_a_parenthesis_reaches_only_the_clause_right_after_it():
    """«فكيف لنادٍ ذي عوائد إعلانية ضعيفة (كما يقولون) وبدون دعم شرفي … أن يكتسح …»: the «أن»
    belongs to «كيف لنادٍ»; an aside in parentheses says whose words a phrase is and reports no
    clause beyond it. Right after the closing parenthesis it may: «(كما أوضح الهزاع في حينه)
    أن العقد بينهما ينص …» is the cue's clause."""
    by_cue, qs = quotes_of("cue_inside_parenthesis")
    assert "يقولون" not in by_cue
    assert by_cue["أوضح"].content.text.startswith("العقد بينهما ينص")


def test_a_semicolon_before_a_time_phrase_and_inna_is_a_comma():
    """«قال زعيم الأغلبية … ميتش مكونيل؛ أمس الثلاثاء، إن مجلس الشيوخ سيبحث …»: a semicolon
    between the speaker and «إن», with only a time phrase after it, separates like a comma; the
    report is the verb's, not the opening «وحسب وكالة "فرانس برس"»'s (the fixture is the parse of
    the news-trained splitter, which keeps the semicolon inside the sentence)."""
    by_cue, qs = quotes_of("semicolon_before_time_phrase")
    assert by_cue["قال"].content.text.startswith("مجلس الشيوخ سيبحث")
    assert by_cue["قال"].speaker_name.endswith("ميتش مكونيل")


def test_according_to_skips_a_time_word_and_knows_a_body_with_its_own_waw():
    """«…، بحسب ما افاد الاربعاء مسؤول محلي …»: the time word after «ما افاد» is not the source
    (nor is «أمس» in «بحسب ما ذكر أمس في مؤتمر صحافي»); «… بحسب وزارة التجارة الأميركية.»: with no
    comma before it, the phrase closes the sentence when its source is a body, and «وزارة» is one
    with its own «و» (not «و» + «زارة»)."""
    _, qs = quotes_of("according_time_and_wizara")
    got = [(q.cue.text, q.speaker_name) for q in qs]
    assert got[0] == ("بحسب", "مسؤول محلي وكالة فرانس برس")  # (the agency told: a later step's matter)
    assert got[1] == ("بحسب", "وزارة التجارة الأميركية")
    assert qs[1].content.text.endswith("انكماشا بمعدل 2ر0% سنويا")


def test_a_quote_that_closes_its_sentence_ends_the_content():
    """«وأضاف سميث أنه إذا قرر الطلاق "فأنا أقسم بأنني سأبلغكم بنفسي!" وتزوجت بينكت سميث …»: the
    splitter ran the next sentence on after «!"»; a stop right before a closing mark that closes the
    content's quote, then a word, ends the content there."""
    by_cue, _ = quotes_of("quote_closes_sentence")
    assert by_cue["وأضاف"].content.text.replace(" ", "").endswith('سأبلغكمبنفسي!"')


def test_a_closing_according_phrase_names_an_organisation_by_its_head():
    """«… وفق الأمم المتحدة التي قدرت …»، «… وفق ما أعلن المرصد السوري لحقوق الانسان.»: with no comma
    before it, the phrase closes the clause when its source is an organisation; the heads of
    organisations' names (words.tsv ``institution``) include the nations of «الأمم المتحدة» and the
    observatory of «المرصد»."""
    _, qs = quotes_of("according_closing_institutions")
    got = [(q.cue.text, q.speaker_name) for q in qs]
    assert got == [("وفق", "الأمم المتحدة"), ("وفق", "المرصد السوري لحقوق الانسان")]
    assert qs[0].content.text == "خلفت الحرب في اليمن أربعة آلاف قتيل خلال أربعة أشهر"
    assert qs[1].content.text.endswith("ما تسبب بمقتل 31 شخصا")


def test_a_closing_according_source_keeps_its_own_waw():
    """«… بحسب وكيل الوزارة.»: the source noun's «و» is its own first letter, not a conjunction, so
    «وكيل» is the person noun it is (``words.heads_class``, as for «وزارة»)."""
    _, qs = quotes_of("according_closing_waw_initial")
    assert [(q.cue.text, q.speaker_name, q.content.text) for q in qs] == [
        ("بحسب", "وكيل الوزارة", "وستبدأ الدراسة في المدارس الحكومية يوم الأحد المقبل")]


def test_a_semicolon_before_the_speakers_title_is_a_comma_and_one_after_a_report_ends_it():
    """«وقال سالم العتيبي؛ المدير التنفيذي لشركة …، إن …»: a semicolon between the name and its
    title, with no verb after it before the comma and «إن», stands for a comma: the report is
    found. «… في كل أمورها؛ وبين معاليه أن …»: a semicolon the normaliser split off the last word
    closes the first report, and «وبين» opens the next."""
    by_cue, qs = quotes_of("semicolon_apposition")
    assert by_cue["وقال"].content.text == "أسعار الشحن لن ترتفع خلال العام المقبل"
    assert by_cue["وقال"].speaker_name.startswith("سالم العتيبي")
    assert by_cue["وأكد"].content.text.endswith("في كل أمورها")
    assert by_cue["وبين"].content.text == "مرتكبي هذا العمل سيتم القبض عليهم قريبا"


def test_according_to_a_mechanism_names_no_source():
    """«ووفقاً لآلية العمل المتبعة، تتوزع الفرق …»: «آلية» is a norm (words.tsv ``norm``), which
    names no source; it folds to «اليه», which only looks like a word with the article, so it is
    looked up with nothing taken off too. «وبحسب الوزارة، فإن …» still reports."""
    by_cue, qs = quotes_of("according_to_a_mechanism")
    assert [q.cue.text for q in qs] == ["وبحسب"]


def test_in_reference_to_after_a_comma_is_the_journalists_gloss():
    """«… هذا الموسم، في إشارة إلى الألقاب المحتملة …»: words.tsv ``comment_opener``."""
    _, qs = quotes_of("in_reference_to")
    assert qs[0].content.text == "يرغب في الفوز بكل شيء هذا الموسم"


def test_a_cue_with_its_object_pronoun_and_no_clause_goes_on_with_the_quote():
    """«…، واعتبرتها الأكثر دقة وأمانا …»: it characterises what the quote spoke of and opens no
    new report; «…، وطالبهم بتوفير …» (a preposition after it) is a call of its own."""
    by_cue, _ = quotes_of("characterising_cue")
    assert by_cue["وشدد"].content.text.endswith("واعتبرتها الأكثر دقة وأمانا من كلمة السر")
    assert by_cue["وأكد"].content.text == "اسم الزوجة أسقط من الكشف"
    assert by_cue["وطالبهم"].content.text == "توفير المبلغ المالي خلال ساعتين"


def test_speech_after_a_colon_runs_on_through_its_questions():
    """«وقال الأمين العام: … بأي ذنب قتلت هذه النفوس؟ ولمصلحة من تقع …؟ ومن يدعمها ويقف خلفها؟»:
    a question mark inside the sentence, another question after it, is the same speech."""
    _, qs = quotes_of("questions_in_speech")
    assert len(qs) == 1
    assert "ومن يدعمها ويقف خلفها" in qs[0].content.text


def test_a_final_question_mark_is_left_out_of_the_content():
    """The guidelines leave final punctuation out of the span, «؟» as «.» (words.tsv ``trailing_punct``)."""
    _, qs = quotes_of("questions_in_speech")
    assert qs[0].content.text.endswith("ومن يدعمها ويقف خلفها")


def test_a_project_or_an_agreement_is_a_norm_not_a_source():
    """«وطبقا للمشروع الذي أقرته الحكومة …»، «ووفقا للاتفاقية الموقعة بين البلدين، فإن …»: what is
    done in accordance with a project, a programme or an agreement (words.tsv ``norm``) reports
    nothing."""
    _, qs = quotes_of("norm_project")
    assert qs == []


def test_no_quoted_speech_opens_with_a_full_stop():
    """A stray straight mark earlier turns the pairs, and the mark closing «"خطرا على أمن إسرائيل"»
    opens «". وأطلقت هيلاري كرابجر "»: no speech opens with a full stop or a comma, so it is no
    quote (the walk goes on and finds no other content here)."""
    _, qs = quotes_of("closing_mark_as_opening")
    assert not any(q.content.text.startswith(".") for q in qs)


def test_a_crawls_spaced_full_stop_and_a_doubled_roots_participle_end_the_content():
    """«… نحو التميز .ويأتي برنامج …»: a full stop with its space before it and a word glued after
    ends the sentence the splitter kept whole; «…، عادًّا تلك الخطوة …» (فاعّاً, with its nunation
    and doubled letter) says what the speaker did next, as «مقدراً» or «واصفًا» do."""
    _, qs = quotes_of("crawl_stop_and_doubled_participle")
    assert [q.content.text for q in qs] == [
        "البرنامج يهدف إلى نقل الجمعيات نحو التميز",
        "القوة وصلت أمس وتسلمت المطار",
    ]


def test_the_same_speakers_next_report_inside_a_clause_when_the_aspects_match():
    """«وكشفت الدراسة أن … وذكرت أن …»: «و» + a reporting verb with its clause right after, in the
    aspect of the cue whose clause runs on, is the same speaker's next report; «وقال … إن المجلس
    يدين … ويؤكد أن …» (imperfect after a perfect) goes on with the council, inside the clause."""
    _, qs = quotes_of("same_speaker_goes_on")
    got = [(q.cue.text, q.speaker_name, q.content.text) for q in qs]
    assert got == [
        ("وكشفت", "الدراسة", "هذه الأجهزة تباع عبر الإنترنت بمبالغ زهيدة"),
        ("وذكرت", "الدراسة", "بعضها مزود بمصابيح"),
        ("وقال", "رئيس الهيئة", "المجلس يدين هذا العمل الإرهابي ويؤكد أن المملكة ستجتث هذا الفكر"),
    ]


def test_a_contrast_before_a_reporting_verb_ends_the_clause():
    """«… لكنها لم تذكر أي تفاصيل …»: «لكنه/لكنها» + a reporting verb, negated or not, is the
    narrator going on; so is «…، ولكن النتائج أظهرت أن …» (a short subject, then the verb: a report
    of its own). After a concession inside the clause («ورغم أنه … لكنه عبر …») it is the clause's
    own main verb."""
    _, qs = quotes_of("contrast_then_report")
    got = [(q.cue.text, q.content.text) for q in qs]
    assert got == [
        ("وأضافت", "الأسعار ستتحدد اعتمادا على متوسط الأسعار العالمية"),
        ("وذكرت", "أرباحها بلغت 50 سنتا"),
        ("أظهرت", "النفقات تضخمت بنسبة كبيرة"),
        ("وأكدت", "النادي يسعى لجلب اللاعب، ورغم أنه بدأ موسمه مع غرناطة لكنه عبر عن رغبته في الرحيل"),
    ]


def test_however_that_is_no_cues_complementiser():
    """«… أعلن عنهما الرئيس …، بيد أن الإدارة لم توقع …»، «وطالب لاعبو الفريق بطرد المهاجم غير أن
    الحكم اكتفى بإنذاره»: «بيد أن» and «غير أن» (however; «من غير أن»: without) open a clause of
    their own (words.tsv ``clause_governor``), not what the cue reports."""
    _, qs = quotes_of("however_that")
    assert [(q.cue.text, q.content.text) for q in qs if q.cue.text != "وطالب"] == [
        ("وقال", "الفريق جاهز للمباراة")]
    assert all("الحكم" not in q.content.text for q in qs)


def test_provided_that_is_no_cues_clause():
    """«وأبلغ الجهاز الإداري اللاعبين بمنحهم راحة … على أن يستأنف الفريق …»: «على أن» + a verb after a
    cue that takes no «على» is «provided that», nothing the cue reports; «وشدد الوزير على أن …» is
    the cue's own, and «الشيخ علي أن» (a name, as written) too."""
    _, qs = quotes_of("provided_that")
    got = [(q.cue.text, q.content.text) for q in qs]
    assert ("وأبلغ", "يستأنف الفريق تدريباته يوم الاثنين") not in got
    assert ("وشدد", "المملكة ماضية في دعم اليمن") in got
    assert ("واستبعد", "تستجيب الحكومة للمتظاهرين") in got


def test_words_with_a_clause_of_their_own_keep_it():
    """«بحجة أن» (on the pretext), «خصوصا أن» (especially as), «رغم أن»، «مع أن» (although), «كما
    أن»: the complementiser after them is theirs (words.tsv ``clause_governor``), not the cue's;
    «مصادر خاصة أن …» is an adjective, the cue's clause follows."""
    _, qs = quotes_of("clause_of_its_own")
    got = [(q.cue.text, q.content.text) for q in qs]
    assert ("وطالبت", "تغيير مواعيد المباريات بحجة أنه لن يلعب يوم الجمعة") in got
    assert not any(c == "يدعو" for c, _ in got)
    assert ("وكشفت", "الوزارة علقت إصدار التراخيص") in got


def test_a_clause_governor_with_its_conjunction_keeps_its_clause():
    """«…، نافيا وجود نية …، ولاسيما أن إدارته مكلفة»: «ولاسيما»، «ومتوقع»، «وخصوصا»، «ودعوات» with
    their «و» govern the clause after them as they do without it."""
    _, qs = quotes_of("governor_after_conj")
    assert all("إدارته مكلفة" not in q.content.text for q in qs)
    assert all("تنمو" not in q.content.text for q in qs)


def test_the_narrator_placing_a_report_ends_its_content():
    """«…، ومضران بالبيئة، يأتي ذلك وسط تراجعات حادة …»: «يأتي ذلك»/«جاء ذلك» after a comma
    (words.tsv ``comment_opener``) is the journalist placing the report, not the study's words."""
    by_cue, _ = quotes_of("narrator_places")
    assert by_cue["وأكدت"].content.text == "النفط والغاز الصخريين غير مجديين اقتصاديا، ومضران بالبيئة"


def test_as_a_source_said_closing_a_sentence_reports_the_clause_before():
    """«…، كما ذكرت مصادر عسكرية.»، «…، كما اعلنت الحكومة المالية مساء الاحد.»: «كما» (words.tsv
    ``as_said``) + a reporting verb + its source (a time word after it) closing the sentence is an
    according-to phrase for the clause before it, the verb its cue. «كما أكد الوزير أن …» reports
    its own clause."""
    by_cue, qs = quotes_of("as_said")
    assert by_cue["ذكرت"].content.text == "وتقدمت القوات في اتجاه محافظة لحج المجاورة"
    assert by_cue["ذكرت"].speaker.text == "مصادر عسكرية"
    assert by_cue["اعلنت"].speaker.text == "الحكومة المالية"
    assert by_cue["أكد"].content.text == "الحكومة ستعوض المتضررين"
    assert len(qs) == 3


def test_wire_copys_ala_ma_and_a_participle_after_the_source_still_credit_the_clause_before():
    """«…، على ما أفاد مصدر في الشرطة.» (wire copy's «as X said», words.tsv ``as_said`` pair) and
    «…، كما ذكرت الوزارة، مضيفة أن …» (the source's own participle after it, a report of its own):
    the clause before is what the source said."""
    by_cue, qs = quotes_of("ala_ma_afada")
    assert by_cue["أفاد"].content.text.endswith("على رجل اقتحم بسيارته طوقا أمنيا")
    assert by_cue["أفاد"].speaker.text == "مصدر في الشرطة"
    assert by_cue["ذكرت"].content.text == "وارتفعت الأسعار بنسبة عشرة في المائة"
    assert by_cue["مضيفة"].content.text == "التضخم مستقر"
    by_cue, _ = quotes_of("as_said_two_sources")  # «…، على ما أفاد متطوع ومصدر طبي.»
    assert by_cue["أفاد"].speaker.text == "متطوع ومصدر طبي"


def test_a_first_name_spelt_like_a_verb_before_bin_is_no_unmarked_speech():
    """«يقول يزيد بن فهد الرشيد، …: "…"»: «يزيد» (increases) right after the cue would open unmarked
    speech, but «بن» after it makes it a first name: the speaker, the quote after the colon."""
    by_cue, _ = quotes_of("verb_like_first_name")
    assert by_cue["يقول"].speaker.text == "يزيد بن فهد الرشيد"
    assert by_cue["يقول"].content.text == "لا شك أن نقل مليون ضيف يمثل إنجازا كبيرا"


def test_a_headlines_call_is_not_extracted_the_bodys_is(nlp):
    """«منظمة حقوقية تطالب بمحاكمة …» as the article's headline (its first line, short, no full stop)
    is the editor's summary of the call the body reports; the body's «طالبت … بمحاكمة …» is kept."""
    from quotes.extract import extract_text
    text = ("منظمة حقوقية تطالب بمحاكمة المتورطين في تعذيب السجناء\n\n"
            "طالبت منظمة حقوقية محلية بمحاكمة المتورطين في تعذيب السجناء، وقالت إن التحقيق لم يبدأ بعد.\n")
    qs = extract_text(text, nlp)
    assert [q.cue.text for q in qs] == ["طالبت", "وقالت"]


def test_a_credit_sentence_reports_the_sentence_before_it():
    """«… بزاوية 88 درجة. وفقا للبوابة العربية للأخبار التقنية.»: a sentence that is only an
    according-to phrase naming a source (a crawl's credit after a full stop) reports the sentence
    before; after a quote («وقال الوزير إن …. بحسب رويترز.») it is no second row."""
    by_cue, qs = quotes_of("credit_sentence")
    assert [q.cue.text for q in qs] == ["وفقا", "وقال"]
    assert by_cue["وفقا"].content.text.startswith("وتأتي كاميرا الهاتف الأمامية")
    assert by_cue["وفقا"].speaker_name == "البوابة العربية للأخبار التقنية"


def test_a_call_that_describes_a_noun_is_not_extracted():
    """«… وقائع الحادثة التي سبق أن طالبت المحكمة بإحضارها»، «كتب تكفيرية تحث على القتال»: a call in a
    relative clause, or an imperfect one right after an indefinite noun, describes that noun (the
    gold never rows such calls); «وطالب الوزير بوقف إطلاق النار» is a call."""
    by_cue, qs = quotes_of("describing_call")
    assert [q.cue.text for q in qs] == ["وطالب"]


def test_as_she_put_it_closing_the_sentence_is_not_her_words():
    """«… تعرضت القوات التركية لمواقعنا الدفاعية، على حد قولها.»: «على حد» + her own words (words.tsv
    ``own_words_link``) closing the sentence says whose words they were, like «حسب قوله»; in the middle
    of the clause it glosses one word and the clause goes on («يبحث عن «مغامرة» على حد وصفه، والتعرف …»)."""
    by_cue, _ = quotes_of("own_words_at_the_end")
    assert by_cue["وقالت"].content.text == "القوات التركية تعرضت لمواقعنا الدفاعية"
    assert by_cue["وكشف"].content.text.endswith("والتعرف إلى الكرة المصرية")


def test_the_writers_gloss_ends_the_content_without_a_comma():
    """«… صوت لصالح زيادة أسعار الفائدة | في إشارة إلى أن البنك لا يتعجل …»، «… انتخابات حرة | وذلك في
    إشارة إلى …»: «في إشارة» (words.tsv ``gloss``) opens the writer's gloss on what was said even with
    no comma before it; «وذلك» before it (``gloss_lead``) is the gloss's too."""
    by_cue, _ = quotes_of("gloss_ends_content")
    assert by_cue["وأظهر"].content.text == "عضوا واحدا فقط صوت لصالح زيادة أسعار الفائدة"
    assert by_cue["وأوضح"].content.text == "اتفق مع شكري على أهمية إجراء انتخابات حرة"


def test_went_back_to_say_is_a_report_of_its_own():
    """«…، بيد أنه عاد ليقول: «…»»، «… ولكنه عاد وقال إن …»: after a contrast (its pronoun on «أن» or
    on itself), «عاد» (words.tsv ``resumptive_verb``) + a cue is the speaker going back to say more:
    the first content ends before the contrast, and «ليقول» there is no purpose but a report."""
    _, qs = quotes_of("went_back_to_say")
    assert [(q.cue.text, q.content.text) for q in qs] == [
        ("وأكد", "حكومته حريصة على تحقيق السلام عن طريق الحوار"),
        ("ليقول", "إذا تعذر ذلك عبر الحوار سنرجع لمؤسساتنا"),
        ("وقال", "الإيقاف مؤقت"),
        ("وقال", "الإيقاف قد يطول")]
    assert qs[1].speaker_name == "صالح"


def test_an_unclosed_mark_after_the_cue_and_its_subject_opens_speech():
    """«وقال الحميقاني «تمت السيطرة …» with no closing mark on the line: as right after the cue, a mark
    after the cue's subject (a few nominal words) opens speech running to the line's end."""
    by_cue, _ = quotes_of("unclosed_mark_after_subject")
    assert by_cue["وقال"].content.text == "تمت السيطرة على عدد من المواقع الاستراتيجية بدعم من سلاح الجو"
    assert by_cue["وقال"].type == "direct"


def test_he_or_she_with_a_predicate_after_a_comma_goes_on_with_the_speakers_clause():
    """«… تعمل بروية وبوضوح وتخطيط وصبر، وهي مستمرة في دعم المقاومة …»: «، وهو/وهي» with a
    predicate goes on saying what the clause's subject is or does (45 of 53 such ends read on
    1,783 fresh articles were the speaker's); «، وهو ما …»، «، وهو الأمر …» open the writer's
    comment (words.tsv ``comment_opener``)."""
    _, qs = quotes_of("wahuwa_goes_on")
    got = {q.cue.text: q.content.text for q in qs}
    assert got["وبين"].endswith("وهي مستمرة في دعم المقاومة اليمنية الداعمة للشرعية")
    assert got["وأكد"] == "الرحلات تأخرت بسبب خطأ فني"


def test_an_imperfect_plural_without_its_nun_goes_on_with_the_governed_clause():
    """«… أن يسهموا في تحصين الشباب …، ويحثوهم على …»: «يحثوهم» (not «يحثونهم») is subjunctive,
    governed by the «أن» before it, so it goes on with the clause and is no report of its own;
    «ويدعوهم» keeps its «و» in the singular indicative: a new report (a call) of the speaker."""
    _, qs = quotes_of("plural_without_nun")
    got = {q.cue.text: q.content.text for q in qs}
    assert got["وأكد"].endswith("ويحثوهم على الالتفات حول العلماء الراسخين") and "ويحثوهم" not in got
    assert got["وأوضح"] == "الإمام يحب الشباب" and "ويدعوهم" in got


def test_a_closing_according_phrase_before_a_new_clause_credits_the_clause_before():
    """«…، حسبما ذكرت اللجنة الوطنية المستقلة للانتخابات، فيما لاحظ مراقبون …»: after the phrase
    and its comma a new clause opens (words.tsv ``clause_link``, or «و» + a verb: «، ويهدف الفرع
    الجديد …»), so the phrase credits only the clause before it; in the middle of a clause
    («وأسفر الهجوم، وفق معطيات أولية، عن إصابة …») the whole sentence is still the source's."""
    _, qs = quotes_of("according_then_new_clause")
    got = {q.cue.text: q.content.text for q in qs}
    assert got["حسبما"] == "وبلغت نسبة المشاركة 73.44 في المائة من الأصوات"
    assert got["وفق"].endswith("عن إصابة ثلاثة عسكريين بجروح خطيرة")


def test_a_quoted_name_right_before_the_comma_before_a_quote_does_not_keep_it_from_its_cue():
    """«وقالت إلسا غونزاليس في تصريح إلى محطة التلفزيون الإسبانية «تي في أي»، «في الوقت الحاضر …»»:
    the channel's quoted name closes right before the comma that opens the speech, so the quote is
    still the cue's; a quoted name elsewhere between them still stops it («وكشفت مصادر … لـ«الشرق
    الأوسط» عن «وصول تهديدات …»»: a nominal object, no speech)."""
    _, qs = quotes_of("quoted_name_before_quote")
    got = {q.cue.text: q.content.text for q in qs}
    assert got["وقالت"] == "في الوقت الحاضر بإمكاننا فقط التحدث عن اختفاء"
    assert "وكشفت" not in got


def test_a_topic_answered_by_a_reporting_verb_opens_another_report():
    """«…، أما عن مسلسل مريم فقال سلامة إن …»: «أما» (words.tsv ``topic``) and its topic, then a
    reporting verb with the «ف» that answers it — the narrative has turned to another report, which
    the content before must not swallow; «أما التمويل فهو متوفر» answers with no report and goes on."""
    _, qs = quotes_of("topic_then_report")
    got = {q.cue.text: q.content.text for q in qs}
    assert got["وقالت"] == "خافت من المغامرة عندما قرأت النص"
    assert got["فقال"] == "هذا العمل يعكس ما يحصل مع الإنسان"
    assert got["وأكد"].endswith("أما التمويل فهو متوفر بالكامل")


def test_a_fronted_phrase_then_a_verb_with_its_subject_before_its_clause_is_a_new_report():
    """«…، وعن سرقة النص قال سلامة بأنه …»: «و» + a circumstantial phrase, then a reporting verb whose
    own subject stands between it and its clause — a new report; «، ووفق مواقف مختلفة أكدت لنا أن …»
    is a relative clause on an indefinite noun, and the content goes on."""
    _, qs = quotes_of("topic_then_report")
    got = {q.cue.text: q.content.text for q in qs}
    assert got["وأشار"] == "الحكومة تدرس الأمر"
    assert got["قال"] == "اضطر إلى كتابة أحداث جديدة"
    assert got["وأوضح"].endswith("أكدت لنا أن المجلس بدون سياسة مشتركة")
    _, qs = quotes_of("fronted_cue_comma")  # «…"، وعن غنائه باللهجة المصرية لأول مرة قال، إن …»
    got = {q.cue.text: q.content.text for q in qs}
    assert got["وقال"] == "فضلت أن أطرح الأغنية في أيام العيد"
    assert got["قال"] == "ذلك بسبب حرصه على التواصل مع الجمهور"


def test_a_participle_right_after_the_clause_with_no_comma_ends_it():
    """«… بعد رفع العقوبات عنها مؤكدا قدرة إيران على …»: a masculine accusative participle with no
    comma before it, and words after it, says what the speaker did next — the report ends before
    it, even with a nominal object instead of a clause. An adjective agreeing with an indefinite
    accusative («لم يعد أمرا مستبعدا») goes on, and so does a participle with nothing after it
    («لجعل شاي البابونج مفيدا، يجدر …»: useful, not informing)."""
    _, qs = quotes_of("participle_without_comma")
    got = {q.cue.text: q.content.text for q in qs}
    assert got["وقال"] == "بلاده ستعود إلى إنتاجها السابق بعد رفع العقوبات عنها"
    assert got["وأكد"].endswith("لم يعد أمرا مستبعدا وذلك قبل انطلاق الاجتماع الطارئ")
    assert got["ولاحظي"].endswith("يجدر وضع كيس الشاي في الماء الساخن")
    _, qs = quotes_of("participle_ila")  # any form with «إلى» after it: «… قتلوا مشيرة إلى سقوط …»
    assert {q.cue.text: q.content.text for q in qs}["وأضافت"] == "17 متمردا قتلوا"


def test_a_quoted_name_with_a_dash_between_its_two_words_is_no_speech():
    """«تكشف عن بوادر صراع «شيعي - شيعي»»: a dash is no word; two words in marks are a name."""
    _, qs = quotes_of("quoted_name_with_dash")
    assert qs == []


def test_an_according_to_phrase_then_the_sources_own_report_credits_the_clause_before():
    """«…، حسب متحدث باسم الوزارة، مشيرا إلى أن …»، «…، بحسب نتائج الدراسة، التي أكدت أيضا أن …»:
    the source goes on to a report of its own; the phrase credits only the clause before it."""
    by_cue, _ = quotes_of("according_then_own_report")
    assert by_cue["حسب"].content.text.endswith("أمر يعالون باللجوء إلى الاعتقال الإداري")
    assert by_cue["مشيرا"].content.text == "ذلك سيمنح المحققين وقتا إضافيا"
    assert by_cue["بحسب"].content.text.endswith("بنسبة تصل إلى 50 بالمئة")
    assert by_cue["أكدت"].speaker_name == "نتائج الدراسة"


def test_a_relative_clause_on_a_statement_subject_stands_between_cue_and_content():
    """«وقال بيان لوزارة الداخلية تلقت «الشرق الأوسط» نسخة منه إن «…»»: the verb's pronoun («منه»)
    points back to the statement; the clause is the statement's, not a new one."""
    by_cue, _ = quotes_of("statement_subject_relative")
    q = by_cue["وقال"]
    assert q.content.text == "الغبان تفقد ناحية خان بني سعد بمحافظة ديالى"
    assert q.speaker.text == "بيان لوزارة الداخلية"


def test_a_clause_opening_inside_marks_ends_where_they_close():
    """«وقال الوزير "إن قتل الآمنين … إرهابية"، موجها تعازيه …»: the complementiser right after an
    opening mark; the clause is the speaker's words up to the closing mark (direct), not the
    narrative after it, and the «إن» inside the marks stays in them (GUIDELINES.md, Spans). «"…
    ووفق قادتنا لكل خير"»: a marker inside another report's words opens no according-to quote of
    its own."""
    _, qs = quotes_of("clause_opening_inside_marks")
    assert [(q.cue.text, q.type, q.content.text) for q in qs] == [
        ("وقال", "direct", "إن قتل الآمنين في مسجد هو عادة إرهابية"),
        ("وتابع", "direct", "يجب على الجميع حماية الوطن ، حمانا الله من كل مكروه ووفق قادتنا لكل خير")]


def test_an_opening_according_to_phrase_with_an_aside_in_dashes_reports_the_clause_after_its_link():
    """«وطبقا للائحة الاتهام - التي حصلت "الوطن" على نسخة منها - فإن المقيم …»: the dash closing the
    aside stands where a comma would before «فإن»; the clause after it is reported."""
    by_cue, _ = quotes_of("according_aside_in_dashes")
    assert by_cue["وطبقا"].content.text == "المقيم العشريني كان يعمل في محل لبيع المستلزمات النسائية"


def test_according_to_what_a_source_announced_names_the_source_alone():
    """«، وفقا لما أعلنته مجلة «Caixin» اليوم»: the verb after «لما», with the pronoun that points back
    to «ما» (tagged a noun here), is no part of the source."""
    by_cue, _ = quotes_of("according_to_what_it_announced")
    assert by_cue["وفقا"].speaker.text == "مجلة « Caixin »"


def test_a_closing_according_to_phrase_credits_the_clause_after_the_byline():
    """«ماجد الرفاعي - سبق - ينبع : أعلنت جامعة طيبة …، بحسب موقع الجامعة»: the byline (a few words
    with no verb, then a colon: ``words.byline_end``) is the paper's, not what the source said."""
    by_cue, _ = quotes_of("according_after_byline")
    assert by_cue["بحسب"].content.text.startswith("أعلنت جامعة طيبة")


def test_as_published_in_names_where_it_was_published():
    """«…، حسبما نشر في الجريدة الرسمية»: the verb after «ما» and «في»; the gazette is the source."""
    by_cue, _ = quotes_of("as_published_in")
    assert by_cue["حسبما"].speaker.text == "الجريدة الرسمية"
    assert by_cue["حسبما"].content.text == "وأصدر رئيس الوزراء قرار التمديد"


def test_a_lone_dash_before_a_new_cue_ends_the_clause_but_not_a_dash_closing_an_aside():
    """«… بشمال البلاد - وقال مسؤول بالشرطة إن …» (a crawl's tatweel for a stop): a new report; «… وهي
    بصحة جيدة - ولله الحمد - ونقلت الحالة …»: the aside's closing dash, the clause goes on."""
    _, qs = quotes_of("lone_dash_stop")
    assert [(q.cue.text, q.content.text.split()[-1]) for q in qs] == [
        ("أعلن", "البلاد"), ("وقال", "أعوام"), ("وأوضح", "للمستشفى")]


def test_the_letter_n_inside_initials_is_no_complementiser():
    """«هيئة الإحصاء البرتغالية ( آي إن إي ) اليوم الأربعاء أن …»: «إن» between two initials spells N
    (``words.letter_n``); the clause is the one after «أن». «لشبكة " ام اس ان بي سي " الاثنين ، " …"»:
    the outlet's quoted initials are a name, and with the day after them the quote after the comma is
    the cue's."""
    _, qs = quotes_of("letter_n_initials")
    assert [(q.cue.text, q.content.text) for q in qs] == [
        ("وأوضحت", "معدلات البطالة انخفضت في الربع الثاني"),
        ("وقال", "يجب ان يقدم اعتذارات لعائلات هؤلاء الذين قدموا تضحيات في نزاعات")]


def test_a_closing_according_phrase_with_no_comma_stops_before_its_sources_relative_clause():
    """«… هو "عملية احتجاز رهائن" بحسب المصدر الذي قال إن …»: with no comma before it the phrase closes
    the clause before it, and the relative clause on its source («الذي قال إن …») is the source's own
    report, not more of the credited clause."""
    _, qs = quotes_of("according_bare_relative_source")
    assert [(q.cue.text, q.content.text) for q in qs if q.cue.text == "بحسب"] == [
        ("بحسب", 'والهجوم الذي شنه مسلحون صباح اليوم ، هو " عملية احتجاز رهائن "')]
    assert [q.speaker_name for q in qs if q.cue.text == "قال"][0] == "المصدر"


def test_closing_according_phrases_with_no_comma_name_wires_documents_and_witnesses():
    """«… 99.97 % بحسب يو بي آي.» (a wire spelt in letters: «آي» is I, not «أي»), «… بحسب تقرير الصحف
    المملوكة للدولة.» (a document is a source), «…؛ حسب شهود عيان.» (witnesses are people; the clause
    starts at the sentence's verb, not at «و"الجهاد"», a member of a list); «ووفقا لصحيفة الرياض؛ فإن
    …»: the clause after the semicolon."""
    _, qs = quotes_of("according_sources_unpunctuated")
    assert [(q.cue.text, q.speaker_name, q.content.text) for q in qs] == [
        ("بحسب", "يو بي آي", "وبلغت نسبة المشاركة في الانتخابات 99.97 %"),
        ("بحسب", "تقرير الصحف المملوكة للدولة", "وهذه الأصوات هي لمواطنين تصادف أنهم خارج البلاد"),
        ("حسب", "شهود عيان", 'فجر مجهولون سيارات تعود لعناصر في حركتي " حماس " ، و " الجهاد " ، في مدينة غزة ، '
                             'بواسطة عبوات ناسفة'),
        ("ووفقا", "صحيفة الرياض", "المقبوض عليه اعترف على عدد من الأشخاص")]


def test_a_masculine_participle_in_a_feminine_speakers_clause_and_a_list_adverb_go_on_with_the_clause():
    """«وأضافت لينا أن … إلا أن البغدادي رفض هذا، مقترحا عليها أن …»: a participle agrees with whom it
    describes, so a masculine one after «وأضافت» is what the man did, still her account; «…، مرورا
    بالعاصمة صنعاء» (words.tsv adverb) goes on with a list. A feminine participle after «وقالت» is still
    her next report."""
    _, qs = quotes_of("participle_gender_after_cue")
    assert [(q.cue.text, q.content.text.split()[-1]) for q in qs] == [
        ("وأضافت", "بالتجسس"), ("وقال", "صنعاء"), ("وقالت", "المشروع"), ("مؤكدة", "متوفر")]


def test_a_crawls_paragraph_break_ends_a_statement_and_the_next_report_is_found(nlp):
    """«… ستتصدى بحزم للمتحرشين \\xa0 وقال "الشليل": "…"»: the no-break space between spaces is a lost
    paragraph break, so the unmarked statement ends there and the next paragraph's report is a quote
    of its own; «"الشليل"», a surname in quote marks, resolves to the man named in full."""
    from quotes.extract import extract_text
    text = ('وأكد المتحدث الرسمي الشيخ تركي بن عبد الله الشليل أن الهيئة ستتصدى بحزم للمتحرشين \u00a0 '
            'وقال "الشليل": "قضايا التحرش لم تصل إلى مستوى الظاهرة".')
    qs = extract_text(text, nlp)
    full = "المتحدث الرسمي الشيخ تركي بن عبد الله الشليل"
    assert [(q.cue.text, q.content.text, q.speaker_name) for q in qs] == [
        ("وأكد", "الهيئة ستتصدى بحزم للمتحرشين", full),
        ("وقال", "قضايا التحرش لم تصل إلى مستوى الظاهرة", full)]


def test_a_wish_to_stay_unnamed_with_no_commas_is_an_aside_before_the_content():
    """«وقال مسؤول في وزارة الخارجية الأميركية فضل عدم الكشف عن هويته "نتخذ …"»، «… طلب عدم ذكر اسمه إن
    …»: from the verb (words.tsv ``anonymity``) and «عدم» to the identity withheld, the phrase stands
    between the subject and what was said as an aside set off by commas does; its verb ends nothing."""
    _, qs = quotes_of("unnamed_aside_bare")
    assert [(q.cue.text, q.speaker_name, q.content.text) for q in qs] == [
        ("وقال", "مسؤول في وزارة الخارجية الأميركية", "نتخذ جميع الإجراءات اللازمة من أجل تقليص عدد المعتقلين"),
        ("وقال", "مصدر في الشرطة", "التحقيقات مستمرة")]


def test_a_closing_according_phrase_whose_source_has_its_title_in_apposition():
    """«… فإن «الملا منصور معتدل …» بحسب عبد الحكيم مجاهد، العضو السابق في طالبان الذي …»: with no comma
    before it, an according-to phrase closes the clause before it when what follows its source is the
    source's title in apposition after a comma (and what hangs on the title); the clause starts after
    «فإن» («وفي المقابل، فإن | الأسعار سترتفع … بحسب صندوق النقد الدولي»)."""
    _, qs = quotes_of("according_source_apposition")
    assert [(q.cue.text, q.speaker_name, q.content.text, q.type) for q in qs] == [
        ("بحسب", "عبد الحكيم مجاهد", "الملا منصور معتدل ويؤيد السلام والمحادثات", "direct"),
        ("بحسب", "صندوق النقد الدولي", "الأسعار سترتفع خلال الأشهر المقبلة", "indirect")]


def test_qad_and_an_agreeing_reporting_verb_after_a_comma_open_the_same_speakers_next_report():
    """«وأبلغها الموظف بأن أختها قد عينت …، وقد أوضح لها أن …»: after a comma, «وقد» and a verb in the
    cue's aspect, gender and number with its own clause (the one told between) is the speaker's next
    report, so the first content ends at the comma; «ولفت المبعوث إلى أن الحوثيين يؤكدون …، وقد أعلنوا
    أنه …»: a plural verb is others' report inside the clause, which goes on."""
    _, qs = quotes_of("qad_next_report")
    assert [(q.cue.text, q.content.text) for q in qs[:2]] == [
        ("وأبلغها", "أختها قد عينت معلمة في إحدى المدارس"), ("أوضح", "شقيقتها عينت في مدينة رفحاء")]
    assert qs[2].cue.text == "ولفت" and qs[2].content.text.endswith("من التعامل مع القرار")


def test_a_cue_with_an_object_pronoun_and_its_own_subject_opens_anothers_report():
    """«… معتبرا أن «الشرع يحله»، فاعتبره بعض علماء الأزهر «يوقع الناس …»»: a cue with its object pronoun
    on it goes on with what was said of the same thing (``_characterises``) unless the tree gives it a
    subject of its own right after it that names people («بعض»، a title, a name): then it is another's
    report, and the first content ends at the comma."""
    _, qs = quotes_of("object_pronoun_cue_own_subject")
    assert [(q.cue.text, q.speaker_name, q.content.text) for q in qs] == [
        ("معتبرا", None, "الشرع يحله"), ("فاعتبره", "بعض علماء الأزهر", "يوقع الناس في إشاعة الفاحشة")]


def test_as_said_with_a_time_word_before_its_source():
    """«…، كما ذكرت الجمعة مصادر رسمية.»: a time word between the verb of «كما ذكرت» and its source is
    when, not who: the source is «مصادر رسمية» and the clause before it is what they said."""
    _, qs = quotes_of("as_said_time_before_source")
    assert [(q.cue.text, q.speaker.text, q.content.text) for q in qs] == [
        ("ذكرت", "مصادر رسمية", "وقررت السلطات الكاميرونية توسيع منع ارتداء النقاب الى مناطق الشمال")]


def test_a_participle_of_wishing_after_a_comma_ends_the_clause():
    """«…، متمنية سرعة تسويق أطقمها …»، «…، متمنيا للجميع دوام التوفيق»: what the speaker wishes next
    (words.tsv ``act_participle``) is no more of the clause or the call before it."""
    _, qs = quotes_of("wish_participle_ends")
    assert [(q.cue.text, q.content.text) for q in qs] == [
        ("وطالبت", "سرعة تنفيذ البيع إلكترونيا"), ("وأكد", "البرنامج حقق أهدافه هذا العام")]


def test_a_mark_never_closed_does_not_hide_the_next_report():
    """«وقالت اللجنة في بيان إن «الشهر الماضي شهد مقتل 300 مدني … وأوضحت، أن «عدد الجرحى …»: the crawl
    lost the closing marks, so no quote is open; «و» + a reporting verb in the cue's aspect, a comma and
    its complementiser is the same speaker's next report, and the first content ends before it."""
    _, qs = quotes_of("unclosed_mark_next_report")
    assert [(q.cue.text, q.content.text.strip("« ")) for q in qs] == [
        ("وقالت", "الشهر الماضي شهد مقتل 300 مدني في المحافظة خلال المعارك"),
        ("وأوضحت", "عدد الجرحى بلغ 500 شخص في المحافظة")]


def test_a_verb_of_what_the_speaker_does_next_ends_the_clause():
    """«…، وشكر كل من ساهم …»، «…، وتمنت أن تشهد …»، «…، وقدم شكره لجميع …»: after a comma, «و» and a
    finite verb of an act (words.tsv ``act_verb``) in the cue's gender and number is what the speaker
    did next, no more of what was said; «ويقول الخليفة إن لي نفسا تواقة، تمنت الإمارة فنالتها، وتمنت
    …»: a feminine verb after a man's cue is his own words about another, and the clause goes on."""
    _, qs = quotes_of("act_verb_ends_clause")
    assert [q.content.text for q in qs] == [
        "الفرقة ستشارك في مهرجانات المحافظة الوطنية",
        "اللوحات التعريفية فرصة مواتية للمشاركة في الانتخابات",
        "المملكة تعمل على تطوير المشاريع",
        "لي نفسا تواقة ، تمنت الإمارة فنالتها ، وتمنت الخلافة فنالتها"]


def test_a_closing_according_phrase_whose_source_runs_on_in_a_list_closes_the_sentence():
    """«…، وفقا لدراسة لباحثين إيطاليين من جامعة ألدو مورو في باري، ووحدة الشيخوخة في فوغيا، ومعهد
    الصحة في روما.»: after the comma the source goes on («و» and a noun to the end, no verb), so the
    phrase closes the sentence and only the clause before it was reported; «…، بحسب الجمارك، إلى 50
    مليون ريال»: the clause goes on after a parenthetical phrase, and the whole sentence is reported."""
    _, qs = quotes_of("according_source_list")
    assert [q.content.text for q in qs] == [
        "تناول الأشخاص المسنين القهوة باعتدال أفضل من الإكثار منها",
        "وارتفعت الصادرات بنسبة 5 في المائة ، بحسب الجمارك ، إلى 50 مليون ريال"]


def test_an_opening_according_phrase_with_a_relative_clause_on_its_source_reports_after_its_link():
    """«وبحسب تقرير المستشفى الذي تم نقل "ويندي" إليه فقد تعرضت الأخيرة …»: the relative clause is the
    source's; the reported clause begins after «فقد» (words.tsv ``according_link``), not at «الذي»."""
    _, qs = quotes_of("according_relative_link")
    assert [(q.speaker.text, q.content.text) for q in qs] == [("تقرير المستشفى", "تعرضت الأخيرة لإصابات بالغة في وجهها")]


def test_more_norms_name_no_source():
    """«وفقا للرغبة»، «وفقا لزاوية ميلان الجهاز»، «وفقا لأحكام هذا القانون» (words.tsv ``norm``): what a
    thing is done in accordance with, no source and no report; «وفقا لوزارة الصناعة» still is one."""
    _, qs = quotes_of("according_more_norms")
    assert [(q.speaker.text, q.content.text) for q in qs] == [("وزارة الصناعة", "وارتفع الإنتاج بنسبة 5 في المائة")]


def test_a_quoted_name_after_a_noun_is_no_speech_before_the_next_cue():
    """«وعمل في أسرة تحرير «مجلة السينما اليوم» وكتب عدة سيناريوهات …»، «… يسميه المؤرخون «عصر
    الإمبراطورية المصرية» بين عامي …»: marks right after a noun or a preposition, holding no verb, hold
    a name the noun takes; they are not the content of the cue after them. «… أن هذه المخطوطة «قد تكون
    كتبت بعد وفاة النبي بقليل»، قال ديفيد توماس …»: a clause in them is his words."""
    _, qs = quotes_of("quoted_name_before_cue")
    assert [(q.cue.text, q.content.text) for q in qs] == [("قال", "قد تكون كتبت بعد وفاة النبي بقليل")]


def test_a_quote_right_after_its_cue_then_the_speakers_next_act():
    """«أما الشاعر محمد الخضري، فقال "أعتقد أن أوان الشعر قد أتى …"، مستعيدا فكرة إحياء السوق بالقول:
    …»: marks right after the cue hold speech when a comma and a participle of what the speaker did
    next follow them (the model's parse in its article)."""
    by_cue, _ = quotes_of("quote_then_next_act")
    q = by_cue["فقال"]
    assert q.type == "direct" and q.content.text.startswith("أعتقد أن أوان الشعر") and q.content.text.endswith("الرسمية فقط")
    assert q.speaker_name == "الشاعر محمد الخضري"


def test_a_complementiser_after_idh_is_its_own():
    """«وبحسب صحيفة “ديلي ميل” البريطانية تعتبر الإقامة في هذه السيارة أرخص من … إذ أنها لا تكلف …»:
    «إذ أن» is «since» (words.tsv ``clause_governor``), so «تعتبر» (is considered) reports nothing and the
    according-to phrase credits the sentence (the model's parse in its article)."""
    _, qs = quotes_of("idh_anna_governs")
    assert [q.cue.text for q in qs] == ["وبحسب"] and "ديلي ميل" in qs[0].speaker_name
    assert qs[0].content.text.startswith("تعتبر الإقامة في هذه السيارة")


def test_a_call_ends_before_what_the_speaker_does_next_even_read_as_a_noun():
    """«…، وحث أسر النزلاء على زيارة أبنائهم، وشكر وزارة الشؤون الاجتماعية على الدعم …»: after a comma,
    «و» + a verb of what the speaker does next (words.tsv ``act_verb``) ends what is called for,
    though a news-trained tagger reads «شكر» as a noun (thanks)."""
    by_cue, _ = quotes_of("call_then_thanks")
    assert by_cue["وحث"].content.text == "زيارة أبنائهم"


def test_a_new_report_after_a_comma_whose_subject_is_read_as_an_adjective():
    """«ويوضح … بعد الدولار، وبسؤاله عن العملات العربية، أفاد ملطاني بأن الطلب …»: after a comma a
    reporting verb, a word, then a complementiser opens a new report though the tagger reads the
    surname as an adjective (a news-trained model's parse): the first report ends before it and the
    second is found."""
    by_cue, _ = quotes_of("surname_read_as_adjective")
    assert "أفاد" not in by_cue["ويوضح"].content.text
    assert by_cue["أفاد"].content.text.startswith("الطلب على الجنيه المصري")


def test_an_according_to_report_leaves_out_a_byline_whose_outlet_is_read_as_a_verb():
    """«سبق- وكالات: أطلقت شركة "مايكروسوفت" … حسب وكالة أنباء "رويترز"»: «سبق» (the outlet) read as a
    verb (a news-trained model's parse) is no verb of the byline: the content starts after its colon."""
    by_cue, _ = quotes_of("byline_outlet_as_verb")
    assert by_cue["حسب"].content.text.startswith("أطلقت شركة")


def test_a_first_name_read_as_a_verb_before_a_comma_and_a_complementiser_is_no_speech():
    """«وقال ينس فيدمان رئيس البنك المركزي الألماني، إن الاقتصاد …»: «ينس» tagged a verb (a
    news-trained model's parse) but the tree's subject of the cue, and «إن» right after the comma that
    closes the title: the name is the speaker, the clause after «إن» the content (not unmarked speech
    from «ينس» on)."""
    by_cue, _ = quotes_of("name_spelt_like_verb_comma")
    q = by_cue["وقال"]
    assert q.speaker.text == "ينس فيدمان رئيس البنك المركزي الألماني"
    assert q.content.text.startswith("الاقتصاد المحلي")


def test_a_relative_clause_on_a_bare_word_right_after_the_cue_stands_between_cue_and_quote():
    """«واضاف سامح الذي كان يحرص على مشاهدة مباريات فريقه في مكان عمله "ملاذي الوحيد …"»: one bare
    word right after the cue and then «الذي» is a name whatever the tagger makes of it (a news-trained
    model reads «سامح» as a noun): its relative clause, verbs and all, is no gap that ends the search."""
    by_cue, _ = quotes_of("bare_name_then_relative")
    assert by_cue["واضاف"].content.text.startswith("ملاذي الوحيد")


def test_a_dash_closing_an_aside_the_content_opened_is_content():
    """«… الشركات الصغيرة -وفق الخطة الجديدة-.»: trailing punctuation is left out of a content span, but
    not the dash that closes an aside the content opened; and an aside glued to «-رئيس» and closed by
    «شقراء-:» is split off the name (normalize), so the speaker is the name alone."""
    _, qs = quotes_of("aside_closing_dash")
    # (the fixture holds the prepared text, the dashes already split off their words)
    assert [q.content.text for q in qs] == ["الحكومة ستدعم الشركات الصغيرة - وفق الخطة الجديدة -",
                                          "تم تخصيص محال خاصة لكل أسرة"]
    assert qs[1].speaker_name == "إبراهيم بن عبدالله الثنيان"


def test_a_feminine_act_participle_after_a_comma_ends_the_clause():
    """«وأوضحت الشركة أنها حققت أرباحاً …، مرجعة ذلك إلى ارتفاع أسعار المنتجات»: the shape rule finds a
    derived participle by its «ـا» (مرجعاً), so the feminine is in words.tsv ``act_participle``: what the
    company did next, not more of what it said."""
    _, qs = quotes_of("feminine_act_participle")
    assert qs[0].content.text == "حققت أرباحا بلغت مليار ريال في النصف الأول"


def test_the_frame_s_name_as_the_subject_of_a_verb_after_wa_ends_the_clause():
    """«صرح يوسف العبدان … أن الرحلات … عادت …، ودعى العبدان المسافرين …»: a speaker does not name
    himself in his own words; «و» + a verb whose subject is the frame's name is the narrator going on,
    also where the tagger reads the name there as an adjective («وتعجب هريدي من تصريحات المالكي»)."""
    by_cue, _ = quotes_of("frame_name_acts")
    assert by_cue["صرح"].content.text.endswith("حتى الساعة 5 من عصر اليوم")
    by_cue, _ = quotes_of("frame_name_acts_adj")
    assert by_cue["وأوضح"].content.text.endswith("بالتنظيم الإرهابي")


def test_the_speakers_own_call_after_wa_ends_the_clause():
    """«لكن إردوغان قال … إن عملية السلام باتت مستحيلة ودعا البرلمان لنزع الحصانة …»: «و» + a call
    cue (category demand) in the cue's gender, number and aspect, its preposition after its object, is
    the speaker's own call, no more of what he said (a feminine «ودعت» after a clause about «الحكومة»
    would be hers)."""
    by_cue, _ = quotes_of("speaker_calls_after_clause")
    assert by_cue["قال"].content.text == "عملية السلام باتت مستحيلة"


def test_unless_after_a_comma_is_the_speakers_own_condition():
    # «…، إلا إذا كانت خدمات الإيواء متطورة»: «إلا» after a comma opens the writer's «however» (a
    # comment_opener), but «إلا إذا» (unless) is the speaker's condition on what they said (words.tsv
    # speaker_condition)
    _, qs = quotes_of("unless_condition")
    assert [q.content.text for q in qs] == [
        "صناعة السياحة لا يمكن تطويرها، إلا إذا كانت خدمات الإيواء متطورة وراقية"]


def test_evidenced_by_governs_its_own_clause():
    # «أكدت نجاحها | بدليل أنها تمتلك …»: «بدليل» (as the fact shows) takes the complementiser, as «بحجة»
    # does (words.tsv clause_governor); a verb with its nominal object reports no clause after it
    _, qs = quotes_of("evidenced_by")
    assert qs == []


def test_and_a_subject_then_a_reporting_verb_after_a_comma_is_a_new_report():
    # «…، والمعارضة تقول إن …»، «…، وآخرون أكدوا أن …»: after a comma, «و» + a subject set first, then a
    # reporting verb with its own complementiser: another source's report, not more of the first
    _, qs = quotes_of("subject_then_report")
    assert [(q.cue.text, q.speaker_name, q.content.text) for q in qs] == [
        ("وتشير", "تقديرات الحكومة", "تكاليف الاستفتاء في حدود 20 مليون يورو"),
        ("تقول", "المعارضة", "التكلفة قد تصل إلى 120 مليون يورو")]


def test_according_to_what_something_requires_names_no_source():
    """«وفق ما يتطلبه الموقف»: after «وفق ما» the verb must be a cue or a verb of publishing (words.tsv
    ``publishing``: «وفق ما نشرته صحيفة الحياة») for a source to follow."""
    _, qs = quotes_of("according_needs_a_telling_verb")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [("وفق", "صحيفة الحياة")]


def test_according_to_what_a_source_said_closes_the_content_with_no_comma():
    """«… إنه يعتزم الاستقالة بحسب ما ذكرته صحيفة نيكي …»: «according to what X said» with a verb that
    makes something known credits the clause before it, comma or not."""
    _, qs = quotes_of("credit_without_comma")
    assert qs[0].content.text == "يعتزم الاستقالة"
