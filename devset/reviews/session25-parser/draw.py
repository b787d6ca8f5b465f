"""draw 300 unannotated articles never drawn before (80-900 words), seed 2501"""
import sys, random
from pathlib import Path
sys.path.insert(0, '/work/main/devset/tools')
from corpus import articles
from select_fresh import text_of
M = Path('/work/main/devset')
docs = list((M/'docs').glob('*.txt')) + list((M/'devtest/docs').glob('*.txt'))
keys = {p.read_text(encoding='utf-8').split('\n\n', 1)[-1].strip()[:120] for p in docs}
before = set(open('drawn_before.txt').read().split())
pool = [(n, a) for n, day, a in articles(Path('/work/shared'))
        if 80 <= len((a.get('content') or '').split()) <= 900 and (a.get('content') or '').strip()[:120] not in keys
        and f'u{n}' not in before]
rng = random.Random(2501)
pick = rng.sample(pool, 300)
out = Path('arts'); out.mkdir(exist_ok=True)
for n, a in pick:
    (out / f'u{n}.txt').write_text(text_of(a), encoding='utf-8')
print(len(pool), 'in pool;', len(pick), 'drawn')
