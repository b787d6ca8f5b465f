#!/usr/bin/env bash
# Scores for the README "Quality" table: the frozen devtest part, the tuning part (its
# earlier 63 documents, its 38 fresh articles of session 9 and its 22 each of sessions 13,
# 15, 16, 17 and 18 apart, then whole), the seed article.
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
{ head -1 devset/gold.tsv; grep -E '^tu-[a-z0-9]+-[0-4][0-9]'$'\t' devset/gold.tsv; } > "$out/fresh.tsv"
{ head -1 devset/gold.tsv; grep -E '^tu-[a-z0-9]+-5[0-9]'$'\t' devset/gold.tsv; } > "$out/fresh13.tsv"
{ head -1 devset/gold.tsv; grep -E '^tu-[a-z0-9]+-6[0-9]'$'\t' devset/gold.tsv; } > "$out/fresh15.tsv"
{ head -1 devset/gold.tsv; grep -E '^tu-[a-z0-9]+-7[0-9]'$'\t' devset/gold.tsv; } > "$out/fresh16.tsv"
{ head -1 devset/gold.tsv; grep -E '^tu-[a-z0-9]+-8[0-9]'$'\t' devset/gold.tsv; } > "$out/fresh17.tsv"
{ head -1 devset/gold.tsv; grep -E '^tu-[a-z0-9]+-9[0-9]'$'\t' devset/gold.tsv; } > "$out/fresh18.tsv"
# each part's documents (an article with no gold row has no quote: what is found there counts)
mkdir -p "$out/earlier" "$out/fresh" "$out/fresh13" "$out/fresh15" "$out/fresh16" "$out/fresh17" "$out/fresh18"
for f in devset/docs/*.txt; do
  case "$(basename "$f")" in
    tu-*-5[0-9].txt) ln -s "$PWD/$f" "$out/fresh13/" ;;
    tu-*-6[0-9].txt) ln -s "$PWD/$f" "$out/fresh15/" ;;
    tu-*-7[0-9].txt) ln -s "$PWD/$f" "$out/fresh16/" ;;
    tu-*-8[0-9].txt) ln -s "$PWD/$f" "$out/fresh17/" ;;
    tu-*-9[0-9].txt) ln -s "$PWD/$f" "$out/fresh18/" ;;
    tu-*) ln -s "$PWD/$f" "$out/fresh/" ;;
    *) ln -s "$PWD/$f" "$out/earlier/" ;;
  esac
done
echo "devtest (frozen):"; quotes evaluate devset/devtest/gold.tsv "$out/devtest.jsonl" --json --docs devset/devtest/docs $(by_class devset/devtest/docs)
echo "tuning, earlier 63 documents:"; quotes evaluate "$out/earlier.tsv" "$out/tuning.jsonl" --json --docs "$out/earlier"
echo "tuning, 38 fresh articles (session 9):"; quotes evaluate "$out/fresh.tsv" "$out/tuning.jsonl" --json --docs "$out/fresh"
echo "tuning, 22 fresh articles (session 13):"; quotes evaluate "$out/fresh13.tsv" "$out/tuning.jsonl" --json --docs "$out/fresh13"
echo "tuning, 22 fresh articles (session 15):"; quotes evaluate "$out/fresh15.tsv" "$out/tuning.jsonl" --json --docs "$out/fresh15"
echo "tuning, 22 fresh articles (session 16):"; quotes evaluate "$out/fresh16.tsv" "$out/tuning.jsonl" --json --docs "$out/fresh16"
echo "tuning, 22 fresh articles (session 17):"; quotes evaluate "$out/fresh17.tsv" "$out/tuning.jsonl" --json --docs "$out/fresh17"
echo "tuning, 22 fresh articles (session 18):"; quotes evaluate "$out/fresh18.tsv" "$out/tuning.jsonl" --json --docs "$out/fresh18"
echo "tuning, whole:"; quotes evaluate devset/gold.tsv "$out/tuning.jsonl" --json --docs devset/docs $(by_class devset/docs)
if [ -f ../shared/dev/karabakh-2020-10-23.gold.tsv ]; then
  echo "seed article:"; quotes evaluate ../shared/dev/karabakh-2020-10-23.gold.tsv "$out/seed.jsonl" --json
fi
