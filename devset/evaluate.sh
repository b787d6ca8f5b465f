#!/usr/bin/env bash
# Scores on the dev set and on the seed article (README "Quality" table).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
quotes extract devset/docs -o "$out/dev.jsonl" --quiet || true
quotes extract seeds/karabakh-2020-10-23.txt -o "$out/seed.jsonl" --quiet
echo "dev set:"; quotes evaluate devset/gold.tsv "$out/dev.jsonl" --json
if [ -f ../shared/dev/karabakh-2020-10-23.gold.tsv ]; then
  echo "seed article:"; quotes evaluate ../shared/dev/karabakh-2020-10-23.gold.tsv "$out/seed.jsonl" --json
fi
