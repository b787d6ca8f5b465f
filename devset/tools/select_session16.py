"""How the session-16 tuning articles were drawn (run once; kept for the record).

A fourth batch of whole articles for the tuning part (issue #18), by the session-13 method
(``select_session13.draw``: nothing from quotes itself is used) on two days no fresh draw has used,
2015-07-26 and 2015-08-06, with another seed. Left out as before: documents of the dev set and
devtest, articles holding a sentence of the news treebank, the corpus articles 3000–3399, and
(``--exclude``) every unannotated article earlier sessions read changes on: the 300 ``v…`` and
179 ``h…`` articles.

    python devset/tools/select_session16.py ../shared --exclude unseen300b.jsonl --exclude hon200.jsonl
"""
from select_session13 import draw, excluded_ids

DAYS = ("2015-07-26", "2015-08-06")
FIRST = 71  # numbering after the session-15 draw's (61…)

if __name__ == "__main__":
    draw(DAYS, 20261216, FIRST, "session 16", excluded_ids())
