#!/usr/bin/env bash
# The slow name-screening evaluation on full real lists (not part of `mvn test`):
#   eval/run.sh [eval-names options...]     e.g. eval/run.sh --show-heldout
# 1. extracts the names of the full OFAC SDN list (Advanced XML in ../shared/reference) into
#    eval/work/ofac-sdn-names.csv (a native list, Latin script) and ofac-sdn-scripts.csv;
# 2. builds eval/work/cases.csv (names in other scripts, the UN's spellings of DPRK entries,
#    ordinary innocent people and companies per country) from the UN list and the public
#    popular-names dataset in eval/data/;
# 3. runs `eval-names` on the OFAC list with those cases; exit 0 when the held-out targets are met.
# Needs python3 (standard library only) and a JDK with Maven (bin/sanctions-monitor builds on first use).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ref="${SANCTIONS_REFERENCE:-$home/../shared/reference}"
work="$home/eval/work"
ofac="$ref/ofac-sdn-advanced-2025-11-19/sdn_advanced.xml.bz2"
un="$ref/un-consolidated-2026-02/consolidated.xml"
for f in "$ofac" "$un"; do
  [ -f "$f" ] || { echo "eval/run.sh: $f is missing (set SANCTIONS_REFERENCE to the shared reference folder)" >&2; exit 2; }
done
mkdir -p "$work"
if [ ! -f "$work/ofac-sdn-names.csv" ] || [ "$ofac" -nt "$work/ofac-sdn-names.csv" ]; then
  python3 "$home/eval/tools/ofac_advanced_names.py" "$ofac" "$work"
fi
python3 "$home/eval/tools/build_cases.py" "$work" "$un" "$home/eval/data/popular-names" "$work"
exec "$home/bin/sanctions-monitor" eval-names --lists "$work/ofac-sdn-names.csv" --cases "$work/cases.csv" "$@"
