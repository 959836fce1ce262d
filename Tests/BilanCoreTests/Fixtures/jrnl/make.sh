#!/bin/sh
# Regenerates the jrnl fixtures with a real jrnl (4.6): journal.txt (its plain-text format) and
# journal.json (its --export json) from entries made with jrnl; sample.json, jrnl's reading of the
# hand-written sample.txt (its date forms, a bracket that is not a date, tags, a star). Usage: make.sh JRNL OUTDIR. The tests run it when BILAN_JRNL names
# a jrnl binary, and compare its output with the committed files.
set -eu
JRNL=$1
OUT=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/config/jrnl" "$WORK/data"
cat > "$WORK/config/jrnl/jrnl.yaml" <<YAML
colors: {body: none, date: none, tags: none, title: none}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: true
indent_character: '|'
journals:
  default:
    journal: $WORK/data/journal.txt
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%F %r'
version: v4.6
YAML
# jrnl orders tags by Python set order: a fixed hash seed makes its output the same on every run.
export HOME="$WORK" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" PYTHONHASHSEED=0
"$JRNL" 2024-03-01 09:15: "Stand-up with @team. Talked about the #release and the migration." >/dev/null 2>&1
"$JRNL" 2024-03-02 18:40: "Fixed the flaky test! It was a race in @ci. Took two hours." >/dev/null 2>&1
"$JRNL" 2024-03-03 08:05: "Shipped the release *" >/dev/null 2>&1
"$JRNL" "2024-03-04 21:30: Autonomie : ce que j'en retiens. Demander de l'aide tôt, c'est aussi de l'autonomie." >/dev/null 2>&1
cp "$WORK/data/journal.txt" "$OUT/journal.txt"
"$JRNL" --export json > "$OUT/journal.json" 2>/dev/null
# The hand-written sample, read by jrnl: a second journal with the same settings.
sed "s|$WORK/data/journal.txt|$WORK/data/sample.txt|" "$WORK/config/jrnl/jrnl.yaml" > "$WORK/sample.yaml"
cp "$(dirname "$0")/sample.txt" "$WORK/data/sample.txt"
"$JRNL" --config-file "$WORK/sample.yaml" --export json > "$OUT/sample.json" 2>/dev/null
