"""Reading documents: encodings and bad input become clear error records."""
from quotes.inputs import iter_documents

ARABIC = "قال الوزير إن الاقتصاد قوي."


def docs(tmp_path, files: dict):
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return {d.doc_id.split("/")[-1]: d for d in iter_documents([str(tmp_path)], glob="*")}


def test_encodings_are_detected(tmp_path):
    got = docs(tmp_path, {
        "utf8.txt": ARABIC.encode("utf-8"),
        "bom.txt": b"\xef\xbb\xbf" + ARABIC.encode("utf-8"),
        "utf16.txt": ARABIC.encode("utf-16"),
        "cp1256.txt": (ARABIC + " وأضاف أن الحكومة ستعمل على خفض العجز في الميزانية.").encode("cp1256"),
    })
    for name, d in got.items():
        assert d.error is None, (name, d.error)
        assert d.text.lstrip("\ufeff").startswith("قال الوزير"), name


def test_bad_inputs_give_messages_not_tracebacks(tmp_path):
    got = docs(tmp_path, {
        "binary.txt": b"\x00\x01\x02\xff" * 50,
        "empty.txt": b"",
        "blank.txt": b"  \n\t \n",
        "latin.txt": b"The minister said the economy is strong.",
        "good.txt": ARABIC.encode("utf-8"),
    })
    assert "binary" in got["binary.txt"].error
    assert got["empty.txt"].error == "empty document"
    assert got["blank.txt"].error == "empty document"
    assert "no Arabic" in got["latin.txt"].error
    assert got["good.txt"].error is None


def test_missing_path_and_empty_folder(tmp_path):
    (tmp_path / "sub").mkdir()
    got = list(iter_documents([str(tmp_path / "nope.txt"), str(tmp_path / "sub")]))
    assert got[0].error == "no such file or folder"
    assert "no files matching" in got[1].error


def test_forced_encoding(tmp_path):
    (tmp_path / "a.txt").write_bytes(ARABIC.encode("cp1256"))
    d = next(iter_documents([str(tmp_path / "a.txt")], encoding="cp1256"))
    assert d.text == ARABIC
    d = next(iter_documents([str(tmp_path / "a.txt")], encoding="utf-8"))
    assert d.error.startswith("cannot decode as utf-8")


def test_jsonl_records_carry_meta(tmp_path):
    import json
    lines = [
        {"id": "a1", "text": ARABIC, "url": "https://example.org/a1", "outlet": "okaz"},
        {"text": ARABIC, "date": "2020-10-23"},
        {"id": "a3", "body": ARABIC},
        {"id": "a4", "text": "English only."},
    ]
    f = tmp_path / "dump.jsonl"
    f.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n{broken\n", encoding="utf-8")
    got = list(iter_documents([str(f)]))
    assert [d.doc_id for d in got] == ["a1", f"{f}:2", "a3", "a4", f"{f}:5"]
    assert got[0].text == ARABIC and got[0].meta == {"url": "https://example.org/a1", "outlet": "okaz"}
    assert got[1].meta == {"date": "2020-10-23"}
    assert got[2].error == "record has no text field 'text'"
    assert got[3].error == "no Arabic text in the document"
    assert got[4].error.startswith("line 5 is not valid JSON")


def test_custom_fields_and_json_arrays(tmp_path):
    import json
    from quotes.inputs import Fields, count_documents
    f = tmp_path / "dump.json"
    f.write_text(json.dumps([{"uid": 7, "body": ARABIC}, {"uid": 8, "body": ARABIC}], ensure_ascii=False),
                 encoding="utf-8")
    got = list(iter_documents([str(f)], fields=Fields("body", "uid")))
    assert [(d.doc_id, d.text) for d in got] == [("7", ARABIC), ("8", ARABIC)]
    (tmp_path / "x.txt").write_text(ARABIC, encoding="utf-8")
    assert count_documents([str(f), str(tmp_path / "x.txt")]) == 3
    assert count_documents([str(tmp_path)], glob="*") == 3


def test_utf16_without_bom_is_named(tmp_path):
    got = docs(tmp_path, {"le.txt": (ARABIC + " (AFP)").encode("utf-16-le"),
                          "be.txt": (ARABIC + " (AFP)").encode("utf-16-be"),
                          "binary.txt": b"\x00\x01\x02\xff" * 50})
    assert got["le.txt"].error.endswith("it looks like UTF-16-LE without a byte-order mark: pass --encoding utf-16-le")
    assert got["be.txt"].error.endswith("pass --encoding utf-16-be")
    assert got["binary.txt"].error == "binary file (contains NUL bytes), not text"


def test_closed_stdin_is_an_error_record(monkeypatch):
    monkeypatch.setattr("sys.stdin", None)
    (d,) = iter_documents(["-"])
    assert d.error == "standard input is closed"
