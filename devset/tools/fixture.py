"""Write a test fixture: the bundled model's parse of a few made-up sentences, as CoNLL-U.

    python devset/tools/fixture.py tests/fixtures/NAME.conllu "what it shows" "sentence 1" "sentence 2" …

Each sentence is parsed on its own (quotes' whole path: normalise, Stanza, the clitic check)
and written with its ``# text``; the rule tests then read it with ``parse.doc_from_conllu``,
so they run without the model and keep testing the rules on the parse the model gave.
``QUOTES_MODEL=DIR`` parses with another model. An existing fixture is never overwritten.

    python devset/tools/fixture.py tests/fixtures/NAME.conllu "what it shows" --in-context ARTICLE.txt "words of sentence 1" …

writes instead the sentences of ARTICLE.txt, parsed as quotes parses the whole article, that hold
the words given (in article order): the parse the model gave in context, which a sentence parsed on
its own may not reproduce.
"""
import sys
from pathlib import Path


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    out, comment, sentences = Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
    if out.exists():
        sys.exit(f"{out} exists: a fixture other tests may read; choose another name")
    from quotes.extract import get_pipeline
    from quotes.normalize import prepare
    from quotes.parse import parse_many

    if sentences[:1] == ["--in-context"] and len(sentences) > 2:
        article, wanted = Path(sentences[1]).read_text(encoding="utf-8"), sentences[2:]
        doc = parse_many([prepare(article)], get_pipeline(), [0])[0]
        chosen = [(doc, s) for s in doc.sentences if any(w in doc.text[s.start:s.end] for w in wanted)]
        missing = [w for w in wanted if not any(w in d.text[s.start:s.end] for d, s in chosen)]
        if missing:
            sys.exit(f"no sentence of {sentences[1]} holds: {missing}")
    else:
        docs = parse_many([prepare(s) for s in sentences], get_pipeline(), list(range(len(sentences))))
        chosen = [(d, s) for d in docs for s in d.sentences]
    blocks = [f"# {comment}"]
    n = 0
    for d, s in chosen:
        rows = [f"# text = {d.text[s.start:s.end]}", f"# sent_id = {n}"]
        n += 1
        for t in s.tokens:
            misc = f"start_char={t.start - s.start}|end_char={t.end - s.start}"
            if len(t.words) > 1:
                rows.append(f"{t.words[0].id}-{t.words[-1].id}\t{t.text}\t_\t_\t_\t_\t_\t_\t_\t{misc}")
            for w in t.words:
                feats = "|".join(f"{k}={v}" for k, v in sorted(w.feats.items())) or "_"
                rows.append(f"{w.id}\t{w.text}\t{w.lemma}\t{w.upos}\t_\t{feats}\t{w.head}\t{w.deprel}\t_\t"
                            + (misc if len(t.words) == 1 else "_"))
        blocks.append("\n".join(rows))
    out.write_text(blocks[0] + "\n" + "\n\n".join(blocks[1:]) + "\n", encoding="utf-8")
    print(f"{out}: {n} sentences")


if __name__ == "__main__":
    main()
