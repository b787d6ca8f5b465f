#!/usr/bin/env bash
# Scores for the README "Quality" table: the frozen devtest part, the tuning part (its
# earlier 63 documents and its 38 fresh articles apart, then whole), the seed article.
# `--by-class` adds the error tallies by cause. The devtest part is scored to report:
# its errors are not read for rules.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
by_class() { if [ "${BY_CLASS:-}" = 1 ]; then echo "--by-class $1"; fi; }
[ "${1:-}" = "--by-class" ] && BY_CLASS=1
quotes extract devset/devtest/docs -o "$out/devtest.jsonl" --quiet || true
quotes extract devset/docs -o "$out/tuning.jsonl" --quiet || true
quotes extract seeds/karabakh-2020-10-23.txt -o "$out/seed.jsonl" --quiet
grep -v '^tu-' devset/gold.tsv > "$out/earlier.tsv"
{ head -1 devset/gold.tsv; grep '^tu-' devset/gold.tsv; } > "$out/fresh.tsv"
echo "devtest (frozen):"; quotes evaluate devset/devtest/gold.tsv "$out/devtest.jsonl" --json $(by_class devset/devtest/docs)
echo "tuning, earlier 63 documents:"; quotes evaluate "$out/earlier.tsv" "$out/tuning.jsonl" --json
echo "tuning, 38 fresh articles:"; quotes evaluate "$out/fresh.tsv" "$out/tuning.jsonl" --json
echo "tuning, whole:"; quotes evaluate devset/gold.tsv "$out/tuning.jsonl" --json $(by_class devset/docs)
if [ -f ../shared/dev/karabakh-2020-10-23.gold.tsv ]; then
  echo "seed article:"; quotes evaluate ../shared/dev/karabakh-2020-10-23.gold.tsv "$out/seed.jsonl" --json
fi
