"""Items for a blind pairwise review: the quotes that differ between two runs of quotes on the same
articles (two models, or two codes), shuffled, with no run label, in groups of articles for
reviewers who judge each item alone from GUIDELINES.md (devset/reviews/session20-parser/prompt.md).

    python devset/tools/pairwise_items.py A.jsonl B.jsonl ARTICLES_DIR OUT_DIR NGROUPS KEY.tsv

KEY.tsv (written outside OUT_DIR, where reviewers do not look) maps each item to its run;
`pairwise_summary.py` tallies the verdicts by run."""
import sys, json, random, shutil
from pathlib import Path
A, B, art, out, ng, keyfile = sys.argv[1], sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
def load(p):
    d = {}
    for l in open(p, encoding='utf-8'):
        q = json.loads(l)
        d[(q['doc_id'], q['content']['start'], q['content']['end'])] = q
    return d
def sp(q):
    s = q.get('speaker_name') or (q.get('speaker') or {}).get('text') or ''
    return s
def same(x, y):
    return x and y and sp(x) == sp(y) and x['type'] == y['type'] and x['cue']['text'] == y['cue']['text'] \
        and (x.get('via') or {}).get('text') == (y.get('via') or {}).get('text')
a, b = load(A), load(B)
items = []
for k in sorted(set(a) | set(b)):
    qa, qb = a.get(k), b.get(k)
    if same(qa, qb):
        continue
    for run, q in (('A', qa), ('B', qb)):
        if q is None:
            continue
        items.append((run, q))
random.seed(20)
docs = sorted({q['doc_id'] for _, q in items})
random.shuffle(docs)
groups = {d: i % ng for i, d in enumerate(docs)}
random.shuffle(items)
out.mkdir(parents=True, exist_ok=True)
key = open(keyfile, 'w', encoding='utf-8')
key.write('item\trun\tdoc\tcontent_start\tcontent_end\n')
rows = {g: [] for g in range(ng)}
for n, (run, q) in enumerate(items):
    iid = f"i{n:04d}"
    doc = q['doc_id'].replace('.txt', '')
    g = groups[q['doc_id']]
    via = (q.get('via') or {}).get('text')
    s = sp(q) or '(none)'
    mention = (q.get('speaker') or {}).get('text')
    if mention and mention != s:
        s += f' (written here as: {mention})'
    if via:
        s += f' [via {via}]'
    content = q['content']['text'].replace('\t', ' ').replace('\n', ' ')
    rows[g].append((doc, q['cue']['start'], f"{iid}\t{doc}\t{q['cue']['text']}\t{q['cue']['start']}\t{s}\t{content}"))
    key.write(f"{iid}\t{run}\t{doc}\t{q['content']['start']}\t{q['content']['end']}\n")
for g in range(ng):
    gd = out / f"g{g+1}"
    gd.mkdir(exist_ok=True)
    with open(gd / 'items.tsv', 'w', encoding='utf-8') as f:
        f.write('item\tdoc\tcue\tcue_start\tspeaker_output\tcontent_output\n')
        for _, _, line in sorted(rows[g]):
            f.write(line + '\n')
    for d in {r[0] for r in rows[g]}:
        shutil.copy(art / f"{d}.txt", gd / f"{d}.txt")
    print(f"g{g+1}: {len(rows[g])} items, {len({r[0] for r in rows[g]})} articles")
