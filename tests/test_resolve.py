"""Resolution (quotes/resolve.py Memory): who the speaker mention is across the document."""
from conftest import quotes_by_content, quotes_of


def test_prodrop_takes_the_last_agreeing_source():
    by_cue, _ = quotes_of("news_a")
    q = by_cue["وأضافت"]  # feminine: the ministry, not Pompeo who spoke before
    assert q.speaker is None
    assert q.speaker_name == "وزارة الدفاع"
    assert q.speaker_resolution == "pro-drop"


def test_definite_description_resolves_to_full_mention():
    by_cue, _ = quotes_of("news_a")
    q = by_cue["ولفتت"]
    assert q.speaker.text == "الوزارة"
    assert q.speaker_name == "وزارة الدفاع"


def test_participle_takes_speaker_from_its_clause():
    by_cue, _ = quotes_of("constructions")
    q = by_cue["مشيرا"]
    assert q.speaker_name == "الرئيس"


def test_relative_clause_speaker_is_the_antecedent():
    _, qs = quotes_of("constructions2")
    q = next(q for q in qs if q.content.text == "لا يرى فرصة")
    assert q.speaker_resolution == "relative"
    assert q.speaker_name == "رئيس الوزراء نيكول باشينيان"


def test_a_title_resolves_to_the_named_mention_with_that_title():
    _, qs = quotes_of("titles_misparsed")
    by_content = {q.content.text: q for q in qs}
    q = by_content["الإرهابيين لا يراعون حرمة المساجد"]  # «المفتي» → the named mention with that title
    assert q.speaker.text == "المفتي" and q.speaker_resolution == "nominal"
    assert q.speaker_name == "الدكتور شوقي علام، مفتي مصر"
    q = by_content["الحل سلمي"]  # another wording of the same title → the quoted name
    assert q.speaker_resolution == "nominal" and "إسماعيل ولد الشيخ أحمد" in q.speaker_name


def test_a_different_title_is_not_coreferent():
    from quotes.resolve import Memory, Mention
    mem = Memory(None, [Mention("الرئيس الروسي فلاديمير بوتين", ["الرئيس", "الروسي", "فلاديمير", "بوتين"],
                                "Masc", "Sing", True, 0)])
    m, how = mem.resolve_explicit(Mention("الرئيس الأمريكي الجديد", ["الرئيس", "الامريكي", "الجديد"], "Masc", "Sing",
                                          False, 1))
    assert how == "explicit" and m.name == "الرئيس الأمريكي الجديد"
    m, how = mem.resolve_explicit(Mention("الرئيس الروسي", ["الرئيس", "الروسي"], "Masc", "Sing", False, 1))
    assert how == "nominal" and m.name == "الرئيس الروسي فلاديمير بوتين"


def test_vague_sources_are_named_by_their_mention_and_a_later_cue_skips_unattributed_claims():
    qs = quotes_by_content("sources")
    q = qs["الخطة تأجلت"]  # «وأفادت تقارير إعلامية»: the mention is all the text says of the source
    assert q.speaker.text == q.speaker_name == "تقارير إعلامية" and q.speaker_resolution == "vague"
    q = qs["النمو سيرتفع"]  # a later «وأضاف» skips the unattributed claims
    assert q.speaker_name == "الوزير" and q.speaker_resolution == "pro-drop"


def test_participle_after_an_echoing_clause_takes_its_subject():
    qs = quotes_by_content("echo")
    assert qs["الحوار جرى في أجواء إيجابية"].speaker_name == "شكري"  # «وهو ما أكده شكري بدوره، قائلاً»
    assert qs["الاتصالات مستمرة"].speaker_name == "بوتين"  # «وفق ما أوردته رويترز»: the outlet is nobody's «وأضاف»


def test_participle_takes_the_subject_of_its_clause():
    qs = quotes_by_content("participle_clause")
    assert qs["اللاعب بات مدللا"].speaker_name.endswith("مارادونا")
    assert qs["سيبقي عليه في التشكيلة"].speaker_name == "مارتينو"  # not the last speaker, nor «ميسي»


def test_cue_continuing_a_relative_clause_takes_its_antecedent():
    _, qs = quotes_of("relative_coordinated")
    assert [(q.speaker_name, q.speaker_resolution) for q in qs] == [("مارادونا", "relative")]


def test_spokesperson_synonyms_corefer_and_a_verb_in_yn_is_singular():
    # «وحذر الناطق الرسمي للهيئة …» (no quote) is the same man as «المتحدث الرسمي …»,
    # and «وبين» (explained) agrees with him: «ين» is no plural ending on a verb
    _, qs = quotes_of("spokesperson")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [
        ("وأوضح", "المتحدث الرسمي للهيئة المهندس سامي العلي"),
        ("وبين", "المتحدث الرسمي للهيئة المهندس سامي العلي"),
    ]


def test_a_subject_that_is_no_source_is_not_remembered():
    # «يتوقع فرض عقوبات مالية» (it is expected): «فرض» is no one a later «وأكد» can mean
    _, qs = quotes_of("source_like")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [("وقال", "اللاعب محمد العلي"), ("وأكد", "اللاعب محمد العلي")]


def test_relative_clause_with_a_resumptive_pronoun_is_not_continued_by_the_cue():
    # «الدور الذي تلعبه القنوات … وقال»: the role is what the channels play, not who spoke
    _, qs = quotes_of("relative_object")
    assert [(q.cue.text, q.speaker_name, q.speaker_resolution) for q in qs] == [
        ("وقال", "المخرج عامر الحمود", "pro-drop")]


def test_the_one_asked_answers_next():
    # «وتواصلت الصحيفة مع المتحدث … لسؤاله …، فأكد أن …»: not the hospital director
    # who spoke before, but the one the paper asked
    by_cue, _ = quotes_of("interlocutor")
    assert by_cue["وقال"].speaker_name == "مدير المستشفى خالد العمري"
    q = by_cue["فأكد"]
    assert q.speaker is None
    assert q.speaker_name == "المتحدث باسم الشرطة العقيد فواز الميمان"
    assert q.speaker_resolution == "pro-drop"


def test_the_one_heard_goes_on_not_the_paper():
    # «وعلمت "الوطن" من مصدر مطلع أن …» then «وأضاف أنه …»: the paper learned it from the source,
    # who goes on (words.tsv ``learning``: only the «من» phrase; an unnamed source will do)
    _, qs = quotes_of("learned_from_source")
    assert [(q.cue.text, q.speaker_name, q.speaker_resolution) for q in qs] == [
        ("وأضاف", "مصدر مطلع", "pro-drop"), ("وأضافت", "مصادر مطلعة", "nominal")]


def test_continuing_cue_with_a_title_is_the_named_source_going_on():
    # «وتابع مدرب برشلونة السابق …» right after «جيراردو مارتينو مدرب الأرجنتين» spoke
    by_cue, _ = quotes_of("continuing_title")
    q = by_cue["وتابع"]
    assert q.speaker.text == "مدرب برشلونة السابق"
    assert q.speaker_name == "جيراردو مارتينو مدرب الأرجنتين"
    assert q.speaker_resolution == "nominal"
    # a cue that does not continue introduces a new source: another coach
    assert by_cue["وقال"].speaker_name == "مدرب المكسيك"
    assert by_cue["وقال"].speaker_resolution == "explicit"


def test_singular_prodrop_falls_back_to_plural_sources():
    # «أكدت مصادر أمنية … وأوضح أن …»: no singular source about; Arabic news refers
    # to «مصادر» as «المصدر» too
    by_cue, _ = quotes_of("plural_sources")
    q = by_cue["وأوضح"]
    assert q.speaker_name == "مصادر أمنية رفيعة"
    assert q.speaker_resolution == "pro-drop"


def test_plural_sources_do_not_outrank_an_agreeing_singular_source():
    from quotes.resolve import Memory, Mention
    memory = Memory(None, [Mention("الوزير", ["الوزير"], "Masc", "Sing", False, 0),
                           Mention("مصادر أمنية", ["مصادر", "امنيه"], None, "Plur", False, 1)])
    assert memory.resolve_prodrop("Masc", "Sing", 2).name == "الوزير"
    assert memory.resolve_prodrop("Masc", "Plur", 2).name == "مصادر أمنية"


def test_participle_takes_the_speaker_of_its_verb_whatever_the_name_was_tagged():
    by_cue, _ = quotes_of("participle_mistagged")
    # «رأفت» is tagged a plural: the masculine singular «موضحا» still goes with the
    # speaker of «وأكد» in the same sentence, since nobody else was named in between
    q = by_cue["موضحا"]
    assert q.speaker_name == "رأفت الصباغ المتحدث الرسمي للمركز"
    assert q.speaker_resolution == "pro-drop"


def test_participle_goes_with_the_last_one_named_not_with_its_parsed_head():
    by_cue, _ = quotes_of("participle_mistagged")
    # «وأكد كيري …، وهو ما أكده شكري بدوره، قائلا إن …»: the parser hangs «قائلا» on
    # «وأكد», but Shoukry is the one who said it
    assert by_cue["قائلا"].speaker_name == "شكري"


def test_honorific_pronoun_is_the_person_named_before():
    """«وبين معاليه أن …» after «أكد وزير الصحة الدكتور توفيق الربيعة …» and «وأوضحت الوزارة …»:
    the minister, not the ministry that spoke last, and not the word «معاليه»."""
    by_cue, _ = quotes_of("honorific_pronoun")
    q = by_cue["وبين"]
    assert q.speaker.text == "معاليه"
    assert q.speaker_name == "وزير الصحة الدكتور توفيق الربيعة"
    assert q.speaker_resolution == "pronoun"


def test_participle_takes_the_subject_of_its_main_clause():
    """«ووجه السيسي …، قائلا: …» after «وقال رئيس الهيئة مهاب مميش»: the subject of the
    clause the participle hangs on, though the tagger read «السيسي» as a common noun;
    «أدان المفتي … العمليات التي تقتل … وتلحق …، مؤكدا»: the verbs of the relative
    clause are not the main clause."""
    by_cue, _ = quotes_of("participle_main_clause")
    assert by_cue["قائلا"].speaker_name == "السيسي"
    assert by_cue["مؤكدا"].speaker_name.startswith("المفتي")


def test_an_interviewee_answers_in_her_own_voice():
    """«التقينا الفنانة سارة أحمد … سألناها … فقالت: نحن …»: the one the interviewer met (the
    tagger reads «التقينا» as a noun) is who answers; «فقالت» is feminine whatever the
    tagger's features say, and unmarked first-person speech after the colon is direct."""
    by_cue, qs = quotes_of("interview")
    q = by_cue["فقالت"]
    assert (q.speaker_name, q.speaker_resolution, q.type) == ("الفنانة سارة أحمد", "pro-drop", "direct")
    assert q.content.text == "نحن نعمل الآن على مسلسل جديد سيعرض في رمضان المقبل"


def test_a_lexicon_form_says_who_speaks():
    from quotes.lexicon import default_lexicon
    lex = default_lexicon()
    assert lex.agreement("فقالت") == ("Fem", "Sing") and lex.agreement("وأضاف") == ("Masc", "Sing")
    assert lex.agreement("يقولون") == ("Masc", "Plur") and lex.agreement("مؤكدة") == ("Fem", "Sing")
    assert lex.agreement("مشيرين") == ("Masc", "Plur") and lex.agreement("قطار") is None


def test_a_coordinated_cue_goes_on_from_the_clause_before_it():
    """«وافتتح … سامح شكري المؤتمر الصحفي …، وأضاف أنه …»: «وأضاف» has no subject of its own
    and continues the sentence's clause, whose subject (not a verb of saying) is the speaker,
    not the last one quoted (كيري)."""
    by_cue, _ = quotes_of("coordinated_prodrop")
    assert by_cue["وأضاف"].speaker_name == "وزير الخارجية المصري سامح شكري"
    assert by_cue["وأضاف"].speaker_resolution == "pro-drop"


def test_a_possessed_noun_after_a_comma_is_no_apposition():
    """«آشتون كارتر، زيارته الأولى لإسرائيل، …»: the phrase stops at the name."""
    from quotes.speaker import noun_phrase_end
    from conftest import gold_doc
    sent = gold_doc("coordinated_prodrop").sentences[2]
    first = next(t.index for t in sent.tokens if t.text == "وزير")
    assert sent.tokens[noun_phrase_end(sent, first, len(sent.tokens))].text == "كارتر"


def test_plural_sources_by_their_endings():
    """«يقول الناقمون …» then «وهم يقولون …»: the tagger calls «الناقمون» singular; the sound
    plural ending says otherwise, and so does «يقولون»، «ويرون» whatever its features."""
    by_cue, qs = quotes_of("plural_agreement")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [
        ("يقول", "الناقمون"), ("يقولون", "الناقمون"),
        ("ويعتقد", "مراقبون لهذه التطورات"), ("ويرون", "مراقبون لهذه التطورات")]
    from quotes.agreement import sound_plural
    assert sound_plural("المسؤولون") and sound_plural("مؤيدين") and not sound_plural("القانون")


def test_a_participle_after_kana_and_a_title_chain_takes_the_named_subject():
    """«وكان وزير الاقتصاد والتخطيط الاسبق محمد الجاسر انتقد …، مشيرا الى ان …»: «وزير» is a
    title (words.tsv person_noun), so the phrase runs through «والتخطيط» to the name, and the
    subject of «كان» is the participle's speaker, not the last one quoted."""
    by_cue, _ = quotes_of("titles")
    assert by_cue["مشيرا"].speaker_name == "وزير الاقتصاد والتخطيط الاسبق محمد الجاسر"


def test_the_subject_of_an_initial_verb_read_as_a_noun_is_remembered():
    """«وقف صاحب السمو الملكي الأمير فيصل بن خالد …» with «وقف» tagged NOUN: the tree still
    gives it a subject after it, so «وأكد سموه» is the prince."""
    by_cue, _ = quotes_of("initial_verb_as_noun")
    assert by_cue["وأكد"].speaker_name == "صاحب السمو الملكي الأمير فيصل بن خالد أمير منطقة عسير"


def test_a_title_with_a_nisba_is_the_one_person_named_with_that_title():
    """«وقال الرئيس المصري» after «وقع الرئيس عبد الفتاح السيسي»: no earlier mention says
    «المصري», and the article names one president: he is the speaker."""
    by_cue, _ = quotes_of("title_with_nisba")
    assert by_cue["وقال"].speaker_name == "الرئيس عبد الفتاح السيسي"
    assert by_cue["وقال"].speaker_resolution == "nominal"


def test_a_title_with_a_nisba_is_not_someone_named_with_another_nisba():
    from quotes.resolve import Memory, Mention
    putin = Mention("الرئيس الروسي فلاديمير بوتين", ["الرئيس", "الروسي", "فلاديمير", "بوتين"], "Masc", "Sing", True, 0)
    sisi = Mention("الرئيس عبد الفتاح السيسي", ["الرئيس", "عبد", "الفتاح", "السيسي"], "Masc", "Sing", True, 0)
    bare = Mention("الرئيس الأمريكي", ["الرئيس", "الامريكي"], "Masc", "Sing", False, 1)
    assert Memory(None, [putin]).resolve_explicit(bare)[1] == "explicit"
    m, how = Memory(None, [putin, sisi]).resolve_explicit(bare)
    assert how == "nominal" and m.name == sisi.name  # the one named without a nisba
    other = Mention("الرئيس باراك أوباما", ["الرئيس", "باراك", "اوباما"], "Masc", "Sing", True, 0)
    assert Memory(None, [sisi, other]).resolve_explicit(bare)[1] == "explicit"  # two presidents: nobody


def test_the_subject_of_a_verb_after_a_side_opener_speaks_next():
    """«من جهته أثنى مدرب الوحدة … على مستوى فريقه، وأكد بأن …»: «من جهته» opens the
    sentence, so «أثنى» is its initial verb and its subject, not the club's president quoted
    before, says what «وأكد» reports. «أبو يعرب المرزوقي»: after «أبو» a name, though
    «يعرب» is spelt like a cue."""
    by_cue, _ = quotes_of("side_opener")
    assert by_cue["وأكد"].speaker_name == "مدرب الوحدة خوان رودريجيز"
    assert by_cue["ويقول"].speaker_name == "المفكر التونسي الحر أبو يعرب المرزوقي"


def test_the_maker_of_a_statement_is_the_source_of_the_cue_after_it():
    """«في كلمة ألقاها وزير الصحة …، أكد أن …»، «في بيان أصدره أمين عام الرابطة …، قال فيه إن …»:
    the subject of the verb that made the statement speaks (there was no speaker, or the last
    one); «تصريحات بثها التلفزيون الروسي»: the channel only broadcast them."""
    _, qs = quotes_of("statement_maker")
    assert [q.speaker_name for q in qs] == [
        "وزير الصحة الدكتور خالد الفالح",
        "أمين عام الرابطة الدكتور عبدالله بن عبدالمحسن التركي",
        "وزير الخارجية الروسي سيرجي لافروف",
        "وزير الخارجية الروسي سيرجي لافروف"]


def test_a_singular_participle_skips_a_plural_clause_for_the_named_relative_subject():
    """«بعض الوزراء عادوا إلى المدينة التي قام بزيارة خاطفة إليها رئيس الوزراء خالد بحاح …،
    مؤكدا أنها …»: «عادوا» is plural, «مؤكدا» singular; the prime minister named in the relative
    clause between them is the one who stressed it."""
    from conftest import quotes_of
    by_cue, _ = quotes_of("participle_past_plural_clause")
    assert by_cue["مؤكدا"].speaker_name == "رئيس الوزراء خالد بحاح"


def test_the_antecedent_of_a_relative_clause_never_starts_with_a_preposition():
    """«… لانتقادات من دييجو مارادونا الذي قال إن …»: a single word before a name may be a first
    name the tagger misread («علي»), but not «من» (words.tsv function_word)."""
    from conftest import quotes_of
    _, qs = quotes_of("relative_after_preposition")
    assert [q.speaker_name for q in qs] == ["دييجو مارادونا"]


def test_the_subject_after_a_fronted_prepositional_phrase_is_remembered():
    """«وفي المدينة المنورة أنشأ فهد عبدالله فاجع …»، then «وقال بأنه …»: the subject of a
    sentence's first verb after the prepositional phrase that opens it is an entity a later
    pro-drop may mean, as a sentence-initial verb's is (not the speaker named before)."""
    _, qs = quotes_of("subject_after_fronted_phrase")
    assert qs[1].cue.text == "وقال" and qs[1].speaker_resolution == "pro-drop"
    assert qs[1].speaker_name.startswith("فهد عبدالله فاجع")


def test_a_head_of_state_is_not_the_one_named_heading_a_body():
    """«الرئيس الروسي» after «رئيس الاتحاد الدولي لكرة القدم جوزيف بلاتر»: the only person named
    with the title heads a body (a definite genitive after the title), so he is not the
    president the nisba names; the description stays as written."""
    _, qs = quotes_of("head_of_body_not_head_of_state")
    assert [(q.speaker_name, q.speaker_resolution) for q in qs][1] == ("الرئيس الروسي", "explicit")


def test_a_nisba_plural_read_as_a_foreign_word_is_plural():
    """«ويشير دبلوماسيون إلى أن …، لكنهم يقولون إنه …»: the tagger reads «دبلوماسيون» as a foreign
    word (``X``), which made it one name; the ending of a nisba plural says many, so the plural
    «يقولون» goes back to it."""
    _, qs = quotes_of("nisba_plural")
    assert [q.speaker_name for q in qs] == ["دبلوماسيون", "دبلوماسيون"]


def test_a_definite_title_whole_inside_a_named_mention_is_that_person():
    """«وأوضح المدير التنفيذي لشركة مترو جدة الدكتور أسامة عبده، أن …. وأشار المدير التنفيذي لشركة
    مترو جدة، إلى أن …»: the title, whole inside the earlier named mention, is that man, though
    «جدة» makes the tagger see a name in the title itself."""
    _, qs = quotes_of("title_inside_named")
    assert [(q.speaker_name, q.speaker_resolution) for q in qs] == [
        ("المدير التنفيذي لشركة مترو جدة الدكتور أسامة عبده", "explicit"),
        ("المدير التنفيذي لشركة مترو جدة الدكتور أسامة عبده", "nominal")]


def test_a_woman_named_with_a_masculine_title_is_who_a_feminine_verb_goes_on_with():
    """«تؤكد كيم براون مساعد مدير قسم الخدمات المهنية بجامعة سيراكيوز انها …. وتضيف في مقال لها أن
    …»: the title's head («مساعد») is masculine, the verb feminine: she is remembered as a woman,
    and «وتضيف» is hers (before, no one agreed with it)."""
    _, qs = quotes_of("woman_masculine_title")
    name = "كيم براون مساعد مدير قسم الخدمات المهنية بجامعة سيراكيوز"
    assert [(q.cue.text, q.speaker_name) for q in qs] == [("تؤكد", name), ("وتضيف", name)]


def test_the_body_after_basm_is_not_its_spokesman():
    """«… المتحدث الإعلامي باسم وزارة الصحة الدكتور خالد مرغلاني، … وتوصي الوزارة كل قادم …»: the
    body «باسم» introduces is named by the title, like the body after a title noun («رئيس الفيفا»);
    «الوزارة» is the ministry, not its spokesman: the ministry of health the title named."""
    _, qs = quotes_of("body_after_basm")
    assert [q.speaker_name for q in qs if q.cue.text == "وتوصي"] == ["وزارة الصحة"]


def test_a_title_cut_before_its_own_conjunct_is_the_man_named_with_it_before():
    """«ووصف الأمين العام المساعد لشؤون فلسطين والأراضي العربية المحتلة … السفير محمد صبيح …» then
    «ودعا الأمين العام المساعد لشؤون فلسطين | والأراضي …»: the news-trained parser ends the second
    phrase at «و»; the earlier mention goes on past it through a title («السفير») to a name, so it
    is the same man, not a phrase run on past its holder (parsed by session 20's ft12 model)."""
    by_cue, _ = quotes_of("title_prefix_of_named")
    full = "الأمين العام المساعد لشؤون فلسطين والأراضي العربية المحتلة بالجامعة العربية السفير محمد صبيح"
    assert by_cue["ودعا"].speaker.text == "الأمين العام المساعد لشؤون فلسطين"
    assert by_cue["ودعا"].speaker_name == full and by_cue["مشددا"].speaker_name == full


def test_a_title_alone_is_the_holder_named_with_it_in_a_sentence_that_reports_nothing():
    """«رفض الكاتب الصحفي فهد بن جليد، أن يطلق الخليجيون …» (no report: «رفض» is no cue) then
    «ويجيب الكاتب: "…"»: the title named with its holder aside is remembered for a later title
    alone (`Memory.named_aside`); a pro-drop never takes it."""
    by_cue, _ = quotes_of("title_named_aside")
    assert by_cue["ويجيب"].speaker_name == "الكاتب الصحفي فهد بن جليد"


def test_a_title_is_not_the_deputy_named_with_it():
    """«نائب رئيس التحرير سليمان ابا حسين» is not «رئيس التحرير»: the title another title stands
    before is the deputy's (`resolve._deputy_of`)."""
    from quotes.resolve import Mention, _deputy_of
    deputy = Mention("نائب رئيس التحرير سليمان ابا حسين", ["نائب", "رئيس", "التحرير", "سليمان", "ابا", "حسين"],
                     "Masc", "Sing", True, 0, (0, 1))
    assert _deputy_of(deputy, "رئيس") and not _deputy_of(deputy, "التحرير")


def test_a_sound_plural_read_as_a_foreign_word_is_still_many():
    """«وقال متضررون: …» — «متضررون» tagged X (a foreign word) — then «مشيرين الى ان …»: the plural
    participle goes on from them (a sound plural ending on a participle is many, whatever the tag;
    only a proper name keeps its singular)."""
    by_cue, _ = quotes_of("plural_read_foreign")
    assert by_cue["مشيرين"].speaker_name == "متضررون"


def test_the_statement_is_whoever_issued_it():
    """«وقال المتحف في بيان …» then «وأضاف البيان: …»: the museum speaks on; a statement named as a
    source since («وأفاد بيان صادر عن قيادة الجيش اللبناني …») is the one a later «البيان» means."""
    _, qs = quotes_of("statement_issuer")
    names = [(q.cue.text, q.speaker_name) for q in qs]
    assert names == [("وقال", "المتحف"), ("وأضاف", "المتحف"),
                     ("وأفاد", "بيان صادر عن قيادة الجيش اللبناني"), ("وأضاف", "بيان صادر عن قيادة الجيش اللبناني")]


def test_a_bare_name_before_the_cues_own_preposition_is_its_subject():
    """«من جهته، أكد شكري | على أهمية …، مشيرا إلى أن …»: «شكري» (tagged a common noun) between «أكد»
    and its own «على» is who spoke, so the participle is his; «وعبر موتا عن رغبته … قائلا» too. Not
    after a verb of asking: «فما أن تسأل عربي عن شيء» — «عربي» is the one asked, not a speaker the
    participle after it could mean."""
    _, qs = quotes_of("bare_name_before_prep")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [("مشيرا", "شكري"), ("قائلا", "موتا"), ("مؤكدا", "موتا")]


def test_a_person_who_opens_a_coordinated_clause_is_remembered():
    """«…، ولعب مدرب الفتح التونسي ناصيف البياوي بتشكيلتين …» then «وأبدى رضاه … وقال: "…"»: the
    subject of «و» + a verb after a comma is remembered like a sentence's first verb's — when it
    begins with a title, an honorific or a name («، وشملت زيارة الفريق برئاسة … الدكتور محمد
    الممتن …» is a visit, not the fuller name of the «الممتن» who speaks after it; the title named
    aside inside it, «مساعد مدير … الدكتور محمد الممتن», is: ``Memory._titled_holder``)."""
    _, qs = quotes_of("coordinated_clause_subject")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [
        ("وقال", "مدرب الفتح التونسي ناصيف البياوي"),
        ("وأوضح", "مساعد مدير الشؤون الصحية للخدمات العلاجية الدكتور محمد الممتن")]


def test_what_a_cue_denies_is_its_object_not_an_echo():
    """«…، نافيا ما ذكرته بعض النزيلات عن المحاباة …، مؤكدا أن الدار ليست فندقا»: «ما ذكرته بعض
    النزيلات» is what the director denied — the object of «نافيا» — so the participle after it goes
    on with the director, not with the inmates (an echo is «وهو ما أكده شكري بدوره، قائلاً …»)."""
    by_cue, _ = quotes_of("object_of_denial")
    assert by_cue["مؤكدا"].speaker_name.startswith("عبيدالله المسعودي")


def test_a_clause_less_cues_statement_and_the_statements_gender():
    """«أكدت وزارة العدل ذلك في بيان.» then «ولم يشر البيان …، لكنه أشار إلى أن …»: the statement of
    a cue that reports no clause is its subject's too, and «لكنه» agrees with «البيان» (masculine),
    not with the ministry; «وشدد وزير الخارجية في بيان صحفي على …» then «وذكر البيان أن …»."""
    by_cue, _ = quotes_of("statement_issuer_more")
    assert by_cue["أشار"].speaker_name == "وزارة العدل"
    assert by_cue["وذكر"].speaker_name == "وزير الخارجية"


def test_a_title_of_address_does_not_give_its_gender_to_the_person():
    """«أكد سماحة مفتي عام المملكة الشيخ عبدالعزيز …» then «وقال «…»»: «سماحة» is a feminine noun, the
    mufti is a man (words.tsv ``address_title``: سماحة، فخامة، معالي …), so the masculine «وقال» is his."""
    by_cue, _ = quotes_of("address_title_gender")
    assert by_cue["وقال"].speaker_name == by_cue["أكد"].speaker_name


def test_a_common_noun_after_a_name_and_a_comma_is_the_object_and_a_subject_keeps_its_verbs_gender():
    """«فيما اعتبر … النقيب نواف العبطان، برنامج البيت العائلي، من أهم …، مؤكدا أن …»: after a name
    and a comma, a common noun that is no title is what he considered, not his apposition. «… عضو
    مجلس الإدارة الدكتورة مريم الغامدي, البارحة الأولى, …» then «وبدأت الدكتورة الغامدي …، وذكرت
    أنه …»: the subject «وبدأت» remembers is a woman, as its verb says, though her title is not."""
    by_cue, _ = quotes_of("apposition_or_object")
    assert by_cue["مؤكدا"].speaker_name == "مدير العلاقات والإعلام بسجون المنطقة النقيب نواف العبطان"
    assert by_cue["وذكرت"].speaker_name == "عضو مجلس الإدارة الدكتورة مريم الغامدي"


def test_a_group_of_people_as_a_first_verbs_subject_speaks_on():
    """«دان وجهاء وأعيان محافظة القطيف الجريمة …» then «وأكدوا أن …، مشيرين إلى أن …»: a plural noun of
    people (words.tsv ``people``; «وجهاء» keeps its «و», its own first letter) as the subject of a
    sentence's first verb is remembered, so the plural verbs after it have a speaker."""
    _, qs = quotes_of("people_subject")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [("وأكدوا", "وجهاء"), ("مشيرين", "وجهاء")]


def test_a_statement_with_its_issuers_pronoun_is_the_issuers():
    """«وتابعت الوزارة في بيانها قائلة إن …» then «وجاء في البيان أن …»: «بيانها» (the statement with
    the issuer's pronoun on it) names the statement as the ministry's like «في بيان» does, so the
    bare «البيان» after it is the ministry."""
    by_cue, _ = quotes_of("statement_with_pronoun")
    assert by_cue["وجاء"].speaker_name == "وزارة الخارجية الروسية"


def test_a_group_of_people_read_as_a_name_is_plural():
    """«تجمع متظاهرون في شارع تايمز سكوير … داعين الكونغرس الاميركي الى رفض الاتفاق»: the tagger reads
    «متظاهرون» as a name, and a name is one person; a word of words.tsv ``people`` is many all the
    same, so the plural participle after it is theirs."""
    by_cue, _ = quotes_of("people_read_as_name")
    assert by_cue["داعين"].speaker_name == "متظاهرون"


def test_a_man_whose_name_ends_in_ta_marbuta_is_the_masculine_verbs():
    """«وقال عوضة الضورة عمّ "نايف" …» then «وأضاف: "…"»: «عوضة» ends in «ة» and the tagger gives it no
    gender, so its gender was guessed feminine and the masculine «وأضاف» found no one. A verb before
    its subject agrees with it: a named speaker is remembered as his own verb spoke of him."""
    _, qs = quotes_of("masculine_name_in_ta_marbuta")
    assert [q.cue.text for q in qs] == ["وقال", "وأضاف"]
    assert qs[1].speaker_name == qs[0].speaker_name and qs[1].speaker_name.startswith("عوضة الضورة")


def test_a_body_a_sentences_first_verb_names_is_what_a_later_description_means():
    """«أطلقت شركة المياه الوطنية الفرع الإلكتروني …» … «وأضافت الشركة أن …»: the body the first verb
    of a sentence names (words.tsv ``institution``) is remembered like a title named aside, so the
    bare «الشركة» is «شركة المياه الوطنية»; it is no antecedent of a pro-drop (a body met in
    narrative is not yet a source)."""
    _, qs = quotes_of("body_named_by_first_verb")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [("وأضافت", "شركة المياه الوطنية"), ("وأكد", "المدير")]


def test_an_honorific_pronoun_subject_is_whom_a_participle_after_it_means():
    """«… حيث نوه سموه بالمبادرات …، مؤكدا أن …» after «أوضح الدكتور … الغفيص أن …»: the participle
    goes on from «نوه», whose subject «سموه» is the prince the article named, not the last speaker.
    An honorific pronoun is remembered as the dignitary it stands for, like a cue's own «وقال سموه»."""
    _, qs = quotes_of("honorific_pronoun_subject")
    assert [q.speaker_name for q in qs] == [
        "الدكتور علي بن ناصر الغفيص محافظ المؤسسة العامة للتدريب التقني والمهني",
        "صاحب السمو الأمير جلوي بن عبدالعزيز بن مساعد، أمير منطقة نجران"]


def test_friends_and_families_are_groups_of_people():
    """«وأصيب أصدقاء عبد العزيز بصدمة …، وقالوا إنه …» («أصدقاء» tagged singular), «عبّرت أسر الشهداء
    عن اعتزازهم …، وأضافوا أن …» («أسر» feminine): words.tsv ``people`` has friends, colleagues,
    neighbours and families, so the plural verb after them has its speaker."""
    _, qs = quotes_of("people_friends_families")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [("وقالوا", "أصدقاء عبد العزيز"), ("وأضافوا", "أسر الشهداء")]


def test_a_titled_subject_of_a_cue_with_no_clause_speaks_on():
    """«وفي الجانب الرائدي، شدد منصور الرسيني نائب رئيس النادي على صحة موقف …» then «وقال: «…»»: the
    tagger reads the name as common nouns, but a title inside the phrase («نائب») says it is someone:
    the subject of the clause-less cue is remembered, and «وقال» is his, not the last speaker's."""
    _, qs = quotes_of("titled_subject_of_clauseless_cue")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [("وأكد", "الصعب"), ("وقال", "منصور الرسيني نائب رئيس النادي")]


def test_a_source_in_the_singular_is_the_sources_named_in_the_plural():
    """«أكدت مصادر خاصه لـ«عكاظ» أن …» then «وأوضح المصدر أن …»: «المصدر» and «مصادر» are one source
    noun (words.tsv ``source``, like «الناطق» = «المتحدث»), so the description resolves to them."""
    _, qs = quotes_of("source_singular_after_plural")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [("أكدت", "مصادر خاصه"), ("وأوضح", "مصادر خاصه")]


def test_a_title_with_a_preposition_named_aside_is_what_a_later_title_means():
    """«صدر … كتاب صور الموت الفلسطيني للكاتب الفلسطيني إسماعيل ناشف.» then «يرى الكاتب أنّ …»: a title
    with «ل» fused to it that runs on to its holder's name is a title named aside like one without,
    so the later «الكاتب» is the writer named (without the preposition)."""
    _, qs = quotes_of("title_with_preposition_named_aside")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [("يرى", "الكاتب الفلسطيني إسماعيل ناشف")]


def test_a_statements_issuer_between_a_cue_and_its_content_is_no_new_speaker():
    """«وقالت وزيرة الدولة للسكان الدكتورة هالة يوسف، في بيان أصدره المجلس أمس: إن …» then «وأضافت أنه
    …»: «أصدره المجلس» names the body she speaks for, inside her own cue's gap; it is not remembered
    as a speaker, so «وأضافت» goes on with her."""
    _, qs = quotes_of("statement_issuer_in_cue_gap")
    assert [q.speaker_name for q in qs] == ["وزيرة الدولة للسكان الدكتورة هالة يوسف"] * 2


def test_the_first_verb_after_a_byline_and_a_family_as_a_group():
    """«فهد العتيبي- سبق- الطائف: رفعت أسرة الجندي … شكرها …، معربين …، ومؤكدين أن …»: the verb after
    a byline's colon opens the sentence, so its subject is remembered; «أسرة» (a family, words.tsv
    ``people``) is many, so the plural participle goes on from it."""
    _, qs = quotes_of("byline_then_family")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [("ومؤكدين", "أسرة الجندي عبدالمحسن بن عاضة الحارثي")]


def test_a_body_whose_name_begins_with_waw_is_named_by_its_first_verb():
    """«حذرت وزارة الداخلية أمس المواطنين …» then «وقالت الوزارة في بيان لها …»: «وزارة» begins with
    the letter «و», which is no conjunction here; the body is recognised as it is written, as a word
    of words.tsv ``people`` is («وجهاء»), so the later «الوزارة» is «وزارة الداخلية»."""
    by_cue, _ = quotes_of("body_with_wa_letter")
    assert by_cue["وقالت"].speaker_name == "وزارة الداخلية"


def test_a_sentence_initial_verb_with_its_waw_read_as_a_noun_still_names_the_subject():
    """«وقدر عضو الجمعية السعودية للاقتصاد الدكتور عبدالله المغلوث حجم الإنفاق …، مشيرا إلى أن …»:
    the tagger reads «قدر» after its «و» as a noun, the tree still gives it the subject; the
    participle goes on from that subject (it had no speaker)."""
    by_cue, _ = quotes_of("initial_verb_tagged_noun_with_conj")
    assert by_cue["مشيرا"].speaker_name.endswith("الدكتور عبدالله المغلوث")


def test_a_dual_of_a_title_noun_is_two_people():
    """«… بينما رأى أستاذان للفقه أنه لا بأس …» then «وقال مجيباً على سؤال: …»: the tagger reads
    «أستاذان» as singular; the nominative dual of a title or source noun is two people, so a
    singular «وقال» goes back to the mufti named before them."""
    by_cue, _ = quotes_of("dual_title_not_prodrop")
    assert by_cue["رأى"].speaker_name == "أستاذان للفقه"
    assert by_cue["وقال"].speaker_name.endswith("الدكتور صالح بن فوزان الفوزان")


def test_the_prophet_named_in_an_earlier_sentence_is_no_prodrop_source():
    """A preacher quotes a hadith («… لقوله صلى الله عليه وسلم …»), then «وقال …» in the next
    sentence: the preacher goes on. In the same sentence («سمعت رسول الله صلى الله عليه وسلم
    يقول») the Prophet is the one meant, named as an explicit «قال رسول الله» names him: «النبي»."""
    from quotes.resolve import Memory, Mention
    memory = Memory(None, [Mention("المفتي العام", ["المفتي", "العام"], "Masc", "Sing", False, 0),
                           Mention("رسول الله صلى الله", ["رسول", "الله", "صلى", "الله"], "Masc", "Sing", True, 1)])
    assert memory.resolve_prodrop("Masc", "Sing", 2).name == "المفتي العام"
    assert memory.resolve_prodrop("Masc", "Sing", 1).name == "النبي"


def test_the_coach_is_the_technical_director_named_before():
    """«ودافع المدرب الأرجنتيني …، وقال إن …» after «خيراردو مارتينو المدير الفني للمنتخب الأرجنتيني»:
    «المدير الفني» and «المدرب» are one role (words.tsv ``coach``), so the description is the man."""
    by_cue, _ = quotes_of("coach_role")
    assert by_cue["وقال"].speaker_name == "خيراردو مارتينو المدير الفني للمنتخب الأرجنتيني لكرة القدم"


def test_an_honorific_and_a_surname_find_the_man_named_before():
    """«وكشف المهندس قدح أن …» after «رئيس الشركة …، صالح قدح»: the honorific is no part of who he
    is; the surname alone finds him (an honorific that is the only word, «النقيب», still counts)."""
    by_cue, _ = quotes_of("honorific_and_surname")
    assert by_cue["وكشف"].speaker_name == "رئيس الشركة الوطنية السياحية، صالح قدح"


def test_a_title_comes_back_to_the_holder_whose_name_alone_followed_it():
    """«أجرى وزير الخارجية عادل بن أحمد الجبير مباحثات …» then «وقال وزير الخارجية …»: after the
    title only name words follow (no honorific), so the earlier phrase is the title's holder, not
    a walk that ran past a name into something else."""
    by_cue, _ = quotes_of("title_then_holder")
    assert by_cue["وقال"].speaker_name == "وزير الخارجية عادل بن أحمد الجبير"


def test_an_honorific_and_a_name_read_as_a_common_noun_resolve_by_name():
    """«وتتابع الدكتور أمل حديثها: …» after «قالت الدكتورة أمل الشقير إن …»: «أمل» (hope) is tagged
    a common noun, but after an honorific it is a name, found in the titled mention that holds it."""
    by_cue, _ = quotes_of("honorific_common_noun_name")
    assert by_cue["وتتابع"].speaker_name == "الدكتورة أمل الشقير"


def test_a_surname_before_the_verbs_object_is_the_person_named_in_full():
    """«وطالب حمادة وزارة العمل بتوفير العمالة» after «فايز حمادة، نائب رئيس اللجنة …»: «حمادة» (read
    as a common noun, the object hung on it) is a name word of a person the article named in full,
    and the word after it no title, name or comma: the speaker is «حمادة» alone, resolved to him."""
    by_cue, _ = quotes_of("surname_before_object")
    assert by_cue["وطالب"].speaker.text == "حمادة"
    assert by_cue["وطالب"].speaker_name == "فايز حمادة، نائب رئيس اللجنة للمخابز في مجلس الغرف"


def test_a_body_named_in_passing_is_what_its_head_noun_alone_means_later():
    """«هذه خلاصة تحليل لمؤسسة "جي أي أم" المالية السويسرية» reports nothing, but names a body in
    full (an institution's head without the article, then its name); «وتقر المؤسسة أن …» is that
    body. The name stops before «ل» + a noun that names no body («في جامعة تبوك | لسلامة كافة
    الإجراءات»: what was found, not part of the university's name)."""
    by_cue, _ = quotes_of("body_named_in_passing")
    assert by_cue["وتقر"].speaker.text == "المؤسسة"
    assert by_cue["وتقر"].speaker_name == 'مؤسسة " جي أي أم " المالية السويسرية'  # (the fixture's spacing)
    assert by_cue["وذكرت"].speaker_name == "جامعة تبوك"


def test_an_outlet_named_in_passing_is_what_its_head_noun_alone_means_later():
    """«نشرت صحيفة الإندبندنت موضوعا …» then «وتقول الصحيفة إن …»: an outlet's head without the article
    (words.tsv ``media``, not a person: «مراسل») and its name is remembered as a body is, so «الصحيفة»
    is that paper; so with «بحسب ما ذكرت صحيفة «دياريو بوبولار»» before «وبحسب الصحيفة، فإن …»."""
    by_cue, _ = quotes_of("paper_named_then_described")
    assert by_cue["وتقول"].speaker.text == "الصحيفة"
    assert by_cue["وتقول"].speaker_name == "صحيفة الإندبندنت"



def test_the_one_whose_speech_it_is_speaks_on():
    """«وكلمة لقائد عام المخيم تكاياسو شيما، أكد فيها …، مفيداً أن …»: a speech event «لـ» a title (or
    an honorific) is that one's speech; a participle or a pro-drop after it goes on from them."""
    by_cue, _ = quotes_of("speech_of_a_titled_one")
    assert by_cue["مفيدا"].speaker_name == "قائد عام المخيم تكاياسو شيما"


def test_a_description_resolved_to_a_body_of_another_gender_keeps_its_verbs_gender():
    """«خصصت إدارة مرور المنطقة الشرقية …» … «وأكد البيان أنه …» … «وأشار المرور إلى أن …» then
    «وأضاف أن …»: «المرور» resolves to the directorate (a feminine phrase), but the sentence spoke
    of it with a masculine verb, and so does «وأضاف»: it goes on with the traffic police, not back
    to the statement."""
    by_cue, _ = quotes_of("nominal_keeps_its_gender")
    assert by_cue["وأشار"].speaker_name == "إدارة مرور المنطقة الشرقية"
    assert by_cue["وأضاف"].speaker_name == "إدارة مرور المنطقة الشرقية"


def test_the_source_with_no_source_before_is_the_last_unnamed_official():
    """«لكن مسؤولا ليبيا رفيعا قال إن …» then «وأضاف المصدر أن …»: a bare «المصدر» (words.tsv
    ``unnamed_source``) with no «مصدر» before is the latest source spoken of by an indefinite
    person noun, a place's name inside it («ليبيا») or not."""
    by_cue, _ = quotes_of("unnamed_source_back")
    assert by_cue["وأضاف"].speaker_name == "مسؤولا ليبيا رفيعا"
    assert by_cue["وأضاف"].speaker_resolution == "nominal"


def test_a_plural_relative_after_one_named_person_means_the_plural_before():
    """«انتقد سياسيون في دولة الغابون، مهاجم فريق برشلونة … ليونيل ميسي، الذين يقولون إن …»: «الذين»
    is plural, so it cannot mean Messi, the one person named right before it: the nearest plural
    of people before that phrase (here the verb's subject) said it."""
    by_cue, _ = quotes_of("plural_relative")
    assert by_cue["يقولون"].speaker_name.startswith("سياسيون")


def test_a_group_of_people_is_many_and_a_demonstrative_subject_agrees_as_itself():
    """«استنكر عدد من الأكاديميين والدعاة …» then «مشيرين بأن …»: a quantifier with «من» and a plural
    of people is many (not «عدد», one), whom a plural participle goes on with; «ويقول عدد من
    المسؤولين … إن …، ويرى هؤلاء أن …»: «هؤلاء» before «أن» is the verb's subject (the tree's object)
    and points back as a plural, though the verb before it is singular."""
    by_cue, _ = quotes_of("group_of_people")
    assert by_cue["مشيرين"].speaker_name == "عدد من الأكاديميين"
    assert by_cue["ويرى"].speaker_name == "عدد من المسؤولين الفلسطينيين"


def test_a_surname_goes_to_the_mention_of_its_holder_not_to_a_later_event_of_his():
    """«وشدد كارتر» after «وزير الدفاع الأميركي آشتون كارتر» and «وأثارت زيارة كارتر …»: the name
    goes to the latest mention that names its holder — one opening on a name, or on a title or an
    honorific and ending on it — before any other («زيارة كارتر»، «جدول كاميرون»: his visit, his
    agenda)."""
    by_cue, _ = quotes_of("name_holder")
    assert by_cue["وشدد"].speaker_name == "وزير الدفاع الأميركي آشتون كارتر"


def test_the_maker_of_a_statement_named_in_its_relative_clause_is_remembered():
    """«جاء ذلك في البيان الذي أصدره معالي الدكتور عبد الله … التركي …» then «وأفاد معاليه بأن …»:
    the definite speech noun with «الذي» before its verb of making names who made it, as «بيان
    أصدره …» does, so the honorific pronoun later means him."""
    by_cue, _ = quotes_of("statement_relative")
    assert by_cue["وأفاد"].speaker_name.startswith("معالي الدكتور عبد الله بن عبد المحسن التركي")


def test_a_body_with_a_nisba_is_the_one_body_of_that_kind_named():
    """«وقالت الشركة الأمريكية …» after «رفضت شركة جوجل …»: the one company the document names
    (``Memory._one_body_named``); not one named with another nisba («شركة سامسونج الكورية»)."""
    by_cue, _ = quotes_of("body_with_nisba")
    assert by_cue["وقالت"].speaker_name == "شركة جوجل"
    _, qs = quotes_of("body_with_other_nisba")
    assert [q.speaker_name for q in qs] == ["شركة أبل", "شركة أبل"]


def test_a_spokeswoman_for_a_named_person_is_not_that_person():
    """«قالت متحدثة باسم الممثلة الأميركية ديمي مور …» then «وأكدت مور …»: «باسم» and a person's title
    after it: the spokeswoman speaks for Moore; «مور» is Moore, not her spokeswoman."""
    _, qs = quotes_of("spokeswoman_for_named")
    assert qs[1].speaker_name == "مور"


def test_an_outlet_or_a_coach_with_a_nisba_is_the_one_named():
    """«وقال الموقع البريطاني» after «موقع "إنترناشيونال بزنيس تايمز"» (an outlet's noun, words.tsv
    ``media``); «وشدد المدرب الخلجاوي» after «مدرب الفريق جلال قادري» (his team, words.tsv ``team``)."""
    _, qs = quotes_of("outlet_and_coach_with_nisba")
    assert [q.speaker_name for q in qs] == ['موقع " إنترناشيونال بزنيس تايمز "', "مدرب الفريق جلال قادري",
                                            "مدرب الفريق جلال قادري"]


def test_a_body_that_issues_a_statement_speaks_in_it():
    """«وأصدرت قيادة القوات المشتركة اليوم بياناً أوضحت فيه أنه …»: a body a sentence's first verb
    names is no pro-drop's antecedent, unless that verb's object is the statement the cue speaks in."""
    _, qs = quotes_of("body_issues_statement")
    assert [(q.speaker_name, q.speaker_resolution) for q in qs] == [
        ("قيادة القوات المشتركة", "pro-drop"), ("الوزارة", "pro-drop")]


def test_a_bodys_noun_inside_a_titles_chain_is_the_body_not_the_holder():
    """«وقالت المنظمة» after «لاجوينز نائبة رئيس اتحاد منظمة «بلاند بيرنتهود»»: «منظمة» is the genitive
    of a title's chain (bodies' nouns in the construct state up to «رئيس»), so the description means
    the organisation named before, not the vice-president."""
    _, qs = quotes_of("body_inside_a_title")
    assert qs[2].speaker_name == "منظمة « بلاند بيرنتهود » الأميركية" and qs[2].speaker_resolution == "nominal"


def test_the_same_source_is_the_source_before():
    """«وأضاف نفس المصدر»، «وأوضح ذات المصدر»: «نفس»/«ذات» before the noun point back as «المصدر نفسه»
    does (words.tsv ``anaphoric``), to the unnamed source before — an officer too (``person_noun``)."""
    _, qs = quotes_of("same_source")
    assert [q.speaker_name for q in qs] == ["ضابط بوروندي في المقاطعة"] * 2 + ["مصدر أمني تونسي"] * 2
    assert qs[1].speaker_resolution == "nominal"


def test_a_name_the_tagger_reads_as_common_nouns_is_still_a_name():
    """«وقال عز الدين الأصبحي، وزير حقوق الإنسان اليمني، إن …»: two or three common nouns (as tagged), the
    first with no article and no title, ending on a family nisba, are a name: its title in commas goes
    with it (speaker.untagged_name), «وكشف الأصبحي» is that man, and so is the title alone later."""
    _, qs = quotes_of("untagged_full_name")
    full = "عز الدين الأصبحي ، وزير حقوق الإنسان اليمني"
    assert qs[0].speaker.text == full
    assert [(q.speaker_name, q.speaker_resolution) for q in qs[1:]] == [(full, "name"), (full, "pro-drop")]


def test_a_programme_is_a_body_a_description_may_mean():
    """«وفر برنامج الأغذية العالمي …» then «وأعلن البرنامج …»: «برنامج» heads a body's name (words.tsv
    ``institution``), so the sentence's first verb names it aside and «البرنامج» is the World Food
    Programme."""
    _, qs = quotes_of("programme_body")
    assert [(q.speaker_name, q.speaker_resolution) for q in qs] == [("برنامج الأغذية العالمي", "nominal")]


def test_the_subject_of_a_light_verb_ends_before_what_was_done():
    """«وقام وزير الصحة بافتتاح المستشفى، مؤكدا أن …»: «قام بـ» (words.tsv light_verb) takes what was
    done with «بـ», so its subject, whom the participle after it means, ends before the «بـ»: the
    first one after a name («… العبدالعالي | برفقة …»), not a place's («بمحافظة الأحساء»)."""
    from conftest import quotes_of
    _, qs = quotes_of("light_verb_subject")
    assert [q.speaker_name for q in qs] == [
        "وزير الصحة", "مدير الشؤون الصحية بمحافظة الأحساء الدكتور محمد بن خالد العبدالعالي"]


def test_a_name_in_quote_marks_is_the_name():
    """«وقال "الشليل" إن …»: a surname set in quote marks (a crawl's house style) resolves to the man
    named in full before; «وأشار “لصور”»: the name in the marks is all name, its «لـ» no preposition."""
    from conftest import quotes_of
    _, qs = quotes_of("quoted_surname")
    assert [q.speaker_name for q in qs] == [
        "المتحدث الرسمي الشيخ تركي بن عبد الله الشليل", "المتحدث الرسمي الشيخ تركي بن عبد الله الشليل", "لصور"]


def test_a_description_with_another_adjective_of_relation_is_another_body():
    """«اعلنت السلطات الماليزية» after «قالت السلطات الاسترالية المكلفة البحث عن الرحلة الماليزية ام اتش
    370» (the model's parse in its article): the earlier mention's adjective of relation right after
    «السلطات» is another (the «الماليزية» there is the flight's), so it is not the same body;
    «الوزارة السعودية» after «وزارة الخارجية السعودية» is (its adjective is among those right after
    the head)."""
    _, qs = quotes_of("other_nisba_body")
    assert [q.speaker_name for q in qs] == [
        "السلطات الاسترالية المكلفة البحث عن الرحلة الماليزية ام اتش 370", "السلطات الماليزية"]
    _, qs = quotes_of("same_nisba_body")
    assert [q.speaker_name for q in qs] == ["وزارة الخارجية السعودية", "وزارة الخارجية السعودية"]


def test_ma_bayna_is_between_and_names_no_source():
    """«نفى أحمد عيد … وجود أي خلافات ما بين إبراهيم الربيش … وأحمد الخميس، مشددا على أنه …»، «كما أشار
    مسؤول تركي إلى تعرض ما بين 20 و25 شخصا …، وأفاد بأن …»: «بين» after «ما», tagged the preposition,
    is «between», not «what … explained» (an echoed report whose subject a later cue would go on
    from), so the participle and the pro-drop go on from the sentence's own speaker."""
    _, qs = quotes_of("ma_bayna_between")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [
        ("مشددا", "أحمد عيد رئيس الاتحاد السعودي"), ("وأفاد", "مسؤول تركي")]


def test_a_titles_nisba_finds_the_holder_named_with_its_country():
    """«بحسب الرئيس الغابوني» after «رئيس الغابون علي بونجو اونديمبا» (the model's parse in its
    article): the title's genitive «الغابون» is the country the nisba «الغابوني» is of, not a body the
    title heads («رئيس الاتحاد»), so the one person named with it is the source."""
    _, qs = quotes_of("nisba_of_country_title")
    assert [q.speaker_name for q in qs if q.cue.text == "بحسب"] == ["رئيس الغابون علي بونجو اونديمبا"]


def test_a_relative_clause_on_the_sentences_first_noun_phrase_written_with_its_waw():
    """«والأزهر الشريف الذي أكد …»، «والمجلس الأعلى الذي أعلن …»: the «و» that opens the sentence is
    written on the antecedent's head; it joins no noun to the phrase, so the antecedent is the whole
    phrase, not its adjective alone («الشريف»، «الأعلى»)."""
    _, qs = quotes_of("opening_waw_antecedent")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [("أكد", "الأزهر الشريف"), ("أعلن", "المجلس الأعلى")]


def test_a_body_is_not_the_officer_whose_title_heads_it():
    """«وتقول الأمم المتحدة إن …» after «المتحدث باسم الأمم المتحدة في جنيف أحمد فوزي»، «وقال الجيش
    السويسري إن …» after «نائب قائد الجيش السويسري دومينيك آندري»: a description whose words stand in an
    earlier mention only as what a title heads names the body, not the person who holds the title."""
    _, qs = quotes_of("body_not_its_officer")
    assert [q.speaker_name for q in qs] == [
        "المتحدث باسم الأمم المتحدة في جنيف أحمد فوزي", "الأمم المتحدة",
        "نائب قائد الجيش السويسري دومينيك آندري", "الجيش السويسري"]


def test_bodies_named_without_a_name_say_what_the_participle_after_their_verb_says():
    """«ونددت 19 منظمة غير حكومية … بالشروط الجديدة، مؤكدة …»، «وشكك معهد بحثي أمريكي بارز … قائلا …»:
    an institution's noun in any number (by its lemma), counted or not, is a vague source, as
    «مصادر» is, so the participle goes on from it; «غير أن منظمات غير حكومية سارعت …، مؤكدة …»: the
    «أن» of «غير أن» (however) reports no clause, so its subject is the participle's too."""
    _, qs = quotes_of("bodies_before_participle")
    assert [q.speaker_name for q in qs] == ["19 منظمة غير حكومية", "منظمات غير حكومية", "معهد بحثي أمريكي بارز"]


def test_what_exists_is_not_whom_a_participle_goes_on_from():
    """«وتؤكد المبتعثة فاطمة محمد أنها تحرص …، مضيفة: "…"، إضافة إلى …، حيث توجد مراكز غذائية عربيه
    …، موضحةً أنهم …»: the subject of «توجد» (words.tsv ``existential``) is a thing that exists; the
    participle is still the student's (the model's parse in its article)."""
    _, qs = quotes_of("existential_before_participle")
    assert [(q.cue.text, q.speaker_name) for q in qs][:3] == [
        ("وتؤكد", "المبتعثة فاطمة محمد"), ("مضيفة", "المبتعثة فاطمة محمد"), ("موضحة", "المبتعثة فاطمة محمد")]


def test_an_untagged_initial_verb_with_its_conjunction_names_the_participles_speaker():
    """«ودان رئيس الحزب الجمهوري رينس بريبوس الاجراءات، معتبرا أنه …» after «وقال السناتور الجمهوري
    لامار سميث …»: the tagger leaves «ودان» whole and untagged (``X``), the tree makes «رئيس» its
    subject; it is still the sentence's first verb, so the participle is Priebus's, not Smith's (the
    model's parse in its article). Not «فورميقا اعادني للدفاع …» (a name and a verb both untagged)."""
    _, qs = quotes_of("untagged_initial_verb")
    assert [q.speaker_name for q in qs] == ["السناتور الجمهوري لامار سميث", "رئيس الحزب الجمهوري رينس بريبوس"]


def test_the_object_of_a_verb_that_reports_nothing_is_no_part_of_its_subject():
    """«ونشر موقع ويكيليكس لائحة …» then «وقال الموقع»، «وألقى الشيخ صالح آل طالب كلمة …، مؤكدا»،
    «ووزع مقاتلو طالبان أغذية …، مشيرين»: a common noun the tree makes the verb's object (or an
    accusative one after a nominative head) ends the subject a later report means; «وتراجع رئيس
    الحكومة اللبنانية تمّام سلام …»: a name after it with no one named before is the tree's slip
    inside the phrase, which is kept."""
    _, qs = quotes_of("verb_object_not_subject")
    assert [q.speaker_name for q in qs] == [
        "موقع ويكيليكس", "الشيخ صالح آل طالب", "مقاتلو طالبان", "رئيس الحكومة اللبنانية تمام سلام"]


def test_a_statement_is_not_the_fuller_mention_of_its_maker():
    """«… أن تصريحات محمد عبده في برنامج «يا هلا رمضان» لم تعجب …» then «ورفض محمد عبده ترتيب الفنانين
    …، قائلاً»، «وأضاف عبده»: a mention headed by a statement's noun is the statement, not the fuller
    mention of the man a later surname means (the model's parse of the article up to that report)."""
    _, qs = quotes_of("statement_not_its_maker")
    assert [(q.cue.text, q.speaker_name) for q in qs][-2:] == [("قائلا", "محمد عبده"), ("وأضاف", "محمد عبده")]


def test_a_preposition_is_no_word_two_descriptions_share():
    """«بينما أكدت مصادر تقدم المعارضة في بلدة داريا المحاذية» (read as one mention) then «كشف مصدر
    مطلع في المعارضة السورية ان …»، «وأضاف المصدر»: the second shares «مصدر»، «المعارضة» and «في» with
    the first, but «في» says nothing of who it is, so it is someone else, whom the later «المصدر» means
    (the model's parse in its article)."""
    _, qs = quotes_of("preposition_not_a_shared_word")
    assert [(q.cue.text, q.speaker_name) for q in qs][1:] == [
        ("كشف", "مصدر مطلع في المعارضة السورية"), ("وأضاف", "مصدر مطلع في المعارضة السورية")]


def test_a_body_is_not_the_man_a_title_names_as_its_head():
    """«وأوضح رئيس المنظمة العربية الدكتور بندر آل فهيد أن …» then «وتوقعت المنظمة أن …، مشيرة …»: a
    body's noun as the second word of a mention, after a title that heads it, is the body the man
    heads, not the man (the model's parse in its article). Not «المسؤول» after «مصدر مسؤول»: no body."""
    _, qs = quotes_of("body_second_after_title")
    assert [q.speaker_name for q in qs][-2:] == ["المنظمة", "المنظمة"]


def test_a_surname_finds_a_titled_name_met_aside_but_not_two_holders_nor_a_spokesman():
    """A name no source holds is the latest title named aside that ends on it: not a title joining two
    holders with «و» («الرئيس أوباما ومايك هاكابي»), nor a spokesman «باسم» the one named."""
    from quotes.resolve import Memory, Mention

    def aside(text, keys, names):
        return Mention(text, keys, "Masc", "Sing", True, 0, names=tuple(names))

    def surname(key):
        return Mention(key, [key], "Masc", "Sing", True, 1, names=(key,))

    mem = Memory(None, [])
    mem.named_aside.append(aside("مدير تعليم صبيا عسيري الأحوس", ["مدير", "تعليم", "صبيا", "عسيري", "الاحوس"],
                                 ["عسيري", "الاحوس"]))
    m, how = mem.resolve_explicit(surname("الاحوس"))
    assert how == "name" and m.name == "مدير تعليم صبيا عسيري الأحوس"
    mem.named_aside.append(aside("الرئيس أوباما ومايك هاكابي", ["الرييس", "اوباما", "ومايك", "هاكابي"],
                                 ["اوباما", "مايك", "هاكابي"]))
    mem.named_aside.append(aside("متحدثة باسم الممثلة الأميركية ديمي مور",
                                 ["متحدثه", "باسم", "الممثله", "الاميركيه", "ديمي", "مور"], ["ديمي", "مور"]))
    for key in ("هاكابي", "مور"):
        m, how = mem.resolve_explicit(surname(key))
        assert how == "explicit" and m.name == key


def test_a_surname_read_as_a_noun_resolves_to_the_title_named_aside():
    # the news model tags «بحاح» in «وقال بحاح …» a common noun; the article named him in full as
    # the subject of «إذ وصل …» (a title named aside, no source): the word is his name all the same
    by_cue, _ = quotes_of("surname_as_noun_named_aside")
    q = by_cue["وقال"]
    assert q.speaker.text == "بحاح"
    assert q.speaker_name == "نائب الرئيس اليمني رئيس الوزراء خالد بحاح"


def test_a_title_made_definite_by_a_bodys_name_means_its_named_holder():
    """«وأشار نائب رئيس مجلس إدارة «سابك» إلى أن …» after «وأوضح يوسف البنيان نائب رئيس مجلس إدارة
    «سابك» …»: a title chain that ends in a body's name is definite, like one with the article, and
    means the person named with it."""
    _, qs = quotes_of("title_definite_by_body")
    assert [(q.cue.text, q.speaker_resolution) for q in qs[3:]] == [("وأشار", "nominal"), ("وتابع", "pro-drop")]
    assert qs[3].speaker_name == qs[2].speaker_name == "يوسف البنيان نائب رئيس مجلس إدارة « سابك »"


def test_a_description_that_says_another_is_not_resolved_back():
    """«وقال ضابط آخر بالشرطة إن …» after «وأكد ضابط الشرطة الرائد نور أوسوبل أن …»: «آخر» (another)
    says it is someone not named yet (words.tsv ``another``)."""
    _, qs = quotes_of("another_officer")
    assert [(q.speaker_name, q.speaker_resolution) for q in qs] == [
        ("ضابط الشرطة الرائد نور أوسوبل", "explicit"), ("ضابط آخر بالشرطة", "explicit")]


def test_a_title_is_not_the_genitive_of_a_thing_mentioned_before():
    """«وهبطت طائرة الرئيس الأمريكي في مطار نيروبي الدولي» then «وقال الرئيس الأمريكي إن …»: the
    president, not his plane — a mention headed by a thing (a common noun in the construct state that is
    no title, honorific, body or name) is not what a title or body inside it means; and «قال لبي بي سي»
    is the outlet told, though the tree makes «لبي» a subject after the verb: the subject is before it."""
    _, qs = quotes_of("thing_genitive")
    assert [(q.speaker.text, q.speaker_name) for q in qs] == [
        ("الرئيس الأمريكي", "الرئيس الأمريكي"), ("الرئيس الأمريكي", "الرئيس الأمريكي")]


def test_a_titles_preposition_after_its_holders_full_name_is_not_the_titles():
    """«وصل الرئيس الأمريكي باراك أوباما إلى كينيا …» then «وقال أوباما إن …»: «إلى» after the holder's
    full name (two name words) goes with the verb, not the title («المبعوث الدولي إلى اليمن»); so the later
    «أوباما» is «الرئيس الأمريكي باراك أوباما», not «… إلى كينيا». One name word may be the title's place
    («مندوبة واشنطن لدى الأمم المتحدة سامانثا باور»)."""
    _, qs = quotes_of("title_ends_with_name")
    assert [q.speaker_name for q in qs] == ["الرئيس الأمريكي باراك أوباما"]


def test_a_first_verbs_bare_subject_that_ended_a_full_name_names_that_person():
    """«… اطلق عليها كبير الباحثين آنج كوي …» then «واستعرض كوي كيفية عمل النظام …. وقال إنه …»: the
    tagger reads «كوي» as a common noun there, but it ended a full name earlier in the text
    (``full_name_ends``), so the sentence's first verb names that person and the «وقال» after it is his."""
    by_cue, _ = quotes_of("surname_given_before")
    assert by_cue["وقال"].speaker_name == "كبير الباحثين آنج كوي"
    assert by_cue["وقال"].speaker_resolution == "pro-drop"


def test_a_statement_a_subject_spoke_in_is_its_own_later():
    """«ثمنت حركة حماس في بيان … دور المملكة» (no reporting verb), then «وقال البيان إن …»: the
    statement is the movement's."""
    by_cue, _ = quotes_of("statement_after_stance_verb")
    assert by_cue["وقال"].speaker_name == "حركة حماس" and by_cue["وقال"].speaker_resolution == "nominal"


def test_a_sound_plural_in_construct_is_many_people():
    """«تحدث صيادو الروبيان عن …، مؤكدين أن …»: «صيادو» (صيادون in construct, tagged singular) is many
    people: the sentence's subject, plural, whom the plural participle goes on with."""
    by_cue, _ = quotes_of("construct_plural_people")
    assert by_cue["مؤكدين"].speaker_name == "صيادو الروبيان"


def test_another_definite_word_in_the_same_place_is_another_one():
    """«وزير الخارجية المصري» after «وزير الخارجية الروسي سيرغي لافروف»: the same words, then another
    definite word where the other has its own, is someone else (not «الأممي»/«الدولي»: words.tsv
    ``same_sense``)."""
    _, qs = quotes_of("credit_without_comma")
    assert (qs[2].speaker_name, qs[2].speaker_resolution) == ("وزير الخارجية المصري", "explicit")
    from quotes.resolve import _parts_differ
    assert not _parts_differ(["المبعوث", "الاممي"], ["المبعوث", "الدولي", "اسماعيل"])


def test_a_description_headed_by_a_title_is_the_one_source_named_with_it():
    """«وقال اللاعب السابق لريال مدريد» after «أكد اللاعب الألماني سامي خضيرة»: a description headed by a
    person's title, with no name of its own (a club after «ل» is no name of his), is the one source the
    article named with that head (session 57's review); «اللاعب البرازيلي السابق …» is someone else (another
    nisba than the named one's)."""
    _, qs = quotes_of("description_of_the_one_named")
    got = [(q.speaker_name, q.speaker_resolution) for q in qs]
    assert got[1] == ("اللاعب الألماني سامي خضيرة", "nominal")
    assert got[2] == ("اللاعب البرازيلي السابق لريال مدريد", "explicit")


def test_a_statement_of_a_body_is_the_body_named_before():
    """«ووفقا لتقرير المؤسسة، فإن …» after «أكدت مؤسسة النقد «ساما» …»: a statement or a document in construct
    with a definite body noun is that body's (the guidelines: whoever issued it, where the text says so), and
    the body is the one named before (session 57's review)."""
    _, qs = quotes_of("statement_of_a_body")
    assert [(q.cue.text, q.speaker_name) for q in qs] == [("أكدت", "مؤسسة النقد « ساما »"), ("ووفقا", "مؤسسة النقد « ساما »")]
