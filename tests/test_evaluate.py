from quotes.evaluate import GoldRow, evaluate, read_gold, token_f1


def pred(content, speaker=None, typ="indirect", doc="d.txt", conf=0.9):
    return {"doc_id": doc, "type": typ, "content": {"text": content}, "speaker_name": speaker,
            "speaker": None, "cue": {"text": "قال"}, "confidence": conf}


def test_token_f1_normalises_arabic():
    assert token_f1("أكّد الوزيرُ", "اكد الوزير") == 1.0
    assert token_f1("a b c d", "a b") == 2 * (1 * 0.5) / 1.5


def test_one_to_one_best_first_and_optional_rows():
    gold = [GoldRow("d", "indirect", ["بوتين"], "قال", "روسيا تمتعت بعلاقات جيدة مع الجميع"),
            GoldRow("d", "optional", ["بوتين"], "أكد", "أهمية التمييز بين المحق والمخطئ"),
            GoldRow("d", "direct", ["دوجاريك"], "قال", "نحن ندعم كل الجهود الدبلوماسية")]
    preds = [pred("روسيا تمتعت بعلاقات جيدة مع الجميع", "الرئيس الروسي فلاديمير بوتين"),
             pred("روسيا تمتعت بعلاقات جيدة", "بوتين"),               # duplicate: a false positive
             pred("أهمية التمييز بين المحق والمخطئ", "أردوغان"),       # optional: neither
             pred("كلام لا علاقة له", "أحد")]                          # false positive
    rep = evaluate(gold, preds)
    m = rep.metrics()
    assert (rep.tp, rep.fp, rep.fn) == (1, 2, 1)
    assert m["attribution"] == 1.0
    assert m["precision"] == round(1 / 3, 4) and m["recall"] == 0.5
    assert [g.content.split()[0] for g in rep.misses] == ["نحن"]


def test_wrong_speaker_counts_against_end_to_end_only():
    gold = [GoldRow("d", "direct", ["دوجاريك"], "قال", "نحن ندعم كل الجهود")]
    rep = evaluate(gold, [pred("نحن ندعم كل الجهود", "غوتيريس", typ="direct")])
    m = rep.metrics()
    assert m["f1"] == 1.0 and m["attribution"] == 0.0 and m["end_to_end_f1"] == 0.0
    assert m["type_accuracy"] == 1.0


def test_read_gold(tmp_path):
    p = tmp_path / "g.tsv"
    p.write_text("doc\ttype\tspeaker\tcue\tcontent\nd\tdirect\tأ|ب\tقال\tنص \"مقتبس\" هنا\n", encoding="utf-8")
    rows = read_gold(p)
    assert rows[0].speakers == ["أ", "ب"] and rows[0].content == 'نص "مقتبس" هنا'


def test_a_quote_found_in_an_article_annotated_as_quote_free_is_a_false_positive():
    gold = [GoldRow("d", "direct", ["دوجاريك"], "قال", "نحن ندعم كل الجهود")]
    preds = [pred("نحن ندعم كل الجهود", "دوجاريك"), pred("الطقس حار اليوم", doc="calm.txt")]
    assert evaluate(gold, preds).metrics()["predicted"] == 1  # only annotated documents are scored
    m = evaluate(gold, preds, quote_free=["calm"]).metrics()
    assert m["predicted"] == 2 and m["matched"] == 1 and m["precision"] == 0.5
