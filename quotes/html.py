"""A self-contained HTML review page: each article right to left with speaker,
cue and content highlighted, type and confidence on hover, and a table of its
quotes."""
from __future__ import annotations

from html import escape
from typing import Iterable

STYLE = """
body{font-family:"Noto Naskh Arabic","Amiri","Geeza Pro","Arial",sans-serif;margin:0;background:#f6f6f3;color:#1d1d1b}
header{position:sticky;top:0;background:#233;color:#fff;padding:.6em 1.2em;z-index:2}
header h1{display:inline;font-size:1.2em;margin-inline-end:1em}
.legend span{padding:0 .4em;margin-inline-start:.5em;border-radius:3px}
main{max-width:70em;margin:auto;padding:1em}
section.doc{background:#fff;border:1px solid #ddd;border-radius:6px;margin:1em 0;padding:1em 1.4em}
section.doc h2{font-size:1em;font-family:monospace;direction:ltr;text-align:left;color:#555;margin:0 0 .5em}
.meta{font-size:.85em;color:#666;direction:ltr;text-align:left}
.article{white-space:pre-wrap;line-height:2;font-size:1.1em}
.speaker{background:#cfe3ff;border-bottom:2px solid #2d6cdf}
.cue{background:#ffd8a8;font-weight:bold;border-bottom:2px solid #e8590c}
.content{background:#fff3bf;border-bottom:2px solid #f08c00}
.speaker.content,.cue.content{background:#e9d8fd}
.error{color:#b00020;font-weight:bold}
table{border-collapse:collapse;width:100%;margin-top:1em;font-size:.92em}
th,td{border:1px solid #ddd;padding:.3em .5em;vertical-align:top;text-align:right}
th{background:#f0f0ec}
td.num{direction:ltr;text-align:left;font-family:monospace}
"""


def _segments(text: str, quotes: list[dict]) -> str:
    """The article with every speaker, cue and content span wrapped; spans may
    nest or overlap, so the text is cut at every span boundary."""
    spans = []
    for n, q in enumerate(quotes):
        for role in ("speaker", "cue", "content"):
            s = q.get(role)
            if s and s["end"] > s["start"]:
                spans.append((s["start"], s["end"], role, n))
    cuts = sorted({0, len(text), *(a for a, _, _, _ in spans), *(b for _, b, _, _ in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(text[a:b])
        cover = [(role, n) for s, e, role, n in spans if s <= a and b <= e]
        if not cover:
            out.append(piece)
            continue
        roles = sorted({r for r, _ in cover})
        attrs = " ".join(f'data-{r}="{" ".join(str(n) for rr, n in cover if rr == r)}"' for r in roles)
        title = "\n".join(_hover(quotes[n], r) for r, n in cover)
        out.append(f'<span class="{" ".join(roles)}" {attrs} title="{escape(title)}">{piece}</span>')
    return "".join(out)


def _hover(q: dict, role: str) -> str:
    who = q.get("speaker_name") or (q.get("speaker") or {}).get("text") or "—"
    return f"#{q['quote_id'].rsplit('#', 1)[-1]} {role} · {q['type']} · {q['confidence']:.2f} · {who} · {q['cue']['text']}"


def _table(quotes: list[dict]) -> str:
    rows = []
    for n, q in enumerate(quotes):
        sp = (q.get("speaker") or {}).get("text") or ""
        rows.append(
            f'<tr data-quote="{n}"><td class="num">{n}</td><td>{escape(q["type"])}</td><td>{escape(sp)}</td>'
            f'<td>{escape(q.get("speaker_name") or "")}</td><td>{escape(q.get("speaker_resolution") or "")}'
            f'{(" · عبر " + escape(q["via"]["text"])) if q.get("via") else ""}</td>'
            f'<td>{escape(q["cue"]["text"])} ({escape(q["cue"].get("category") or "")})</td>'
            f'<td>{escape(q["content"]["text"])}</td><td class="num">{q["confidence"]:.2f}</td></tr>')
    head = ("<tr><th>#</th><th>النوع</th><th>المتحدث</th><th>هوية المتحدث</th><th>الإسناد</th><th>فعل القول</th>"
            "<th>المضمون</th><th>الثقة</th></tr>")
    return f'<table class="quotes"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def page(docs: Iterable) -> str:
    parts = []
    n_docs = n_quotes = n_failed = 0
    for i, d in enumerate(docs):
        n_docs += 1
        quotes = d.quotes
        n_quotes += len(quotes)
        body = []
        if d.meta:
            body.append('<p class="meta">' + escape(", ".join(f"{k}: {v}" for k, v in d.meta.items())) + "</p>")
        if d.error:
            n_failed += 1
            body.append(f'<p class="error">{escape(d.error)}</p>')
        else:
            if d.text is not None:
                body.append(f'<div class="article" lang="ar">{_segments(d.text, quotes)}</div>')
            body.append(_table(quotes) if quotes else "<p>لا اقتباسات — no quotes found.</p>")
        parts.append(f'<section class="doc" id="doc-{i}" data-doc="{escape(d.doc_id)}" data-quotes="{len(quotes)}">'
                     f"<h2>{escape(d.doc_id)} — {len(quotes)} quotes</h2>{''.join(body)}</section>")
    summary = f"{n_docs} documents, {n_quotes} quotes, {n_failed} failed"
    legend = ('<span class="legend"><span class="speaker">المتحدث speaker</span><span class="cue">فعل القول cue</span>'
              '<span class="content">المضمون content</span></span>')
    return (f'<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>quotes — {escape(summary)}</title><style>{STYLE}</style></head>"
            f'<body><header><h1>quotes</h1><span class="summary" dir="ltr">{escape(summary)}</span>{legend}</header>'
            f"<main>{''.join(parts)}</main></body></html>\n")
