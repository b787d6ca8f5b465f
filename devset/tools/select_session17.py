"""How the session-17 tuning articles were drawn (run once; kept for the record).

A fifth batch of whole articles for the tuning part (issue #18), by the session-13 method
(``select_session13.draw``: nothing from quotes itself is used) on two days no draw has used,
2015-07-22 and 2015-08-02, with another seed. Left out as before: documents of the dev set and
devtest, articles holding a sentence of the news treebank, the corpus articles 3000–3399, and
(``--exclude``) the 400 unannotated ``u…`` articles this session reads changes on. (The lists of
the unannotated articles sessions 14–16 read are not kept; at most a few of theirs can be here.)

    python devset/tools/select_session17.py ../shared --exclude unseen400.jsonl
"""
from select_session13 import draw, excluded_ids

DAYS = ("2015-07-22", "2015-08-02")
FIRST = 81  # numbering after the session-16 draw's (71…)

if __name__ == "__main__":
    draw(DAYS, 20261217, FIRST, "session 17", excluded_ids())
