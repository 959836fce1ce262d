#!/bin/sh
# Regenerates each fixture's truth with a real jrnl (4.6): FILE.json is jrnl's --export json of FILE.txt,
# read with the timeformat that journal was written with. jrnl 4.6 reads a 1.x journal (no brackets)
# only through its upgrade, which opens it with its LegacyJournal class: legacy.py does the same and
# exports what it read. mixed.json is jrnl 1.x's reading of mixed.txt's bracketless part and jrnl 4's of
# its bracketed part. Usage: make.sh JRNL OUTDIR (JRNL's python must be beside it).
set -eu
JRNL=$1
OUT=$2
HERE=$(cd "$(dirname "$0")" && pwd)
PYTHON=$(dirname "$JRNL")/python
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" PYTHONHASHSEED=0
mkdir -p "$WORK/config/jrnl" "$WORK/data"
# export NAME JOURNAL TIMEFORMAT: jrnl's --export json of the journal (a file or a folder).
export_json() {
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
    journal: $2
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '$3'
version: v4.6
YAML
  "$JRNL" --export json > "$OUT/$1.json" 2>/dev/null
}
for name in dotted slashed us preamble dated-body; do cp "$HERE/$name.txt" "$WORK/data/$name.txt"; done
cp -R "$HERE/folder" "$WORK/data/folder"
export_json dotted "$WORK/data/dotted.txt" '%d.%m.%Y %H:%M'
export_json slashed "$WORK/data/slashed.txt" '%d/%m/%Y %I:%M %p'
export_json us "$WORK/data/us.txt" '%F %r'
export_json preamble "$WORK/data/preamble.txt" '%F %r'
export_json dated-body "$WORK/data/dated-body.txt" '%F %r'
# jrnl loses the entry right after a byte-order mark (its header no longer starts the text): the truth
# is its reading of the same file without the mark.
tail -c +4 "$HERE/bom-crlf.txt" > "$WORK/data/bom-crlf.txt"
export_json bom-crlf "$WORK/data/bom-crlf.txt" '%F %r'
export_json folder "$WORK/data/folder" '%F %r'
"$PYTHON" "$HERE/legacy.py" "$HERE/legacy.txt" '%Y-%m-%d %H:%M' > "$OUT/legacy.json"
# mixed.txt: its bracketless lines come first, up to the first bracketed header.
first=$(grep -n '^\[' "$HERE/mixed.txt" | head -1 | cut -d: -f1)
head -n $((first - 1)) "$HERE/mixed.txt" > "$WORK/data/mixed-old.txt"
tail -n +"$first" "$HERE/mixed.txt" > "$WORK/data/mixed-new.txt"
"$PYTHON" "$HERE/legacy.py" "$WORK/data/mixed-old.txt" '%Y-%m-%d %H:%M' > "$WORK/old.json"
export_json mixed-new "$WORK/data/mixed-new.txt" '%F %r'
mv "$OUT/mixed-new.json" "$WORK/new.json"
"$PYTHON" -c '
import json, sys
old, new = (json.load(open(p)) for p in sys.argv[1:3])
print(json.dumps({"entries": old["entries"] + new["entries"]}, indent=2, ensure_ascii=False))
' "$WORK/old.json" "$WORK/new.json" > "$OUT/mixed.json"
