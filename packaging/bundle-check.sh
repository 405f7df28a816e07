#!/usr/bin/env bash
# Runs the built bundle as a user would, away from the checkout: the command on the demo selection (Alembic
# migrations, pyarrow's CSV reader, openpyxl, fpdf2 with a Chinese font, pypinyin), then the app started
# offscreen. Usage: packaging/bundle-check.sh [dist/top10-panel]   (Linux; on macOS it needs GNU timeout)
set -euo pipefail
BUNDLE=$(cd "${1:-dist/top10-panel}" && pwd)
ROOT=$(cd "$(dirname "$0")/.." && pwd)
EXE="$BUNDLE/top10-panel"
[ -x "$EXE" ] || { echo "bundle-check: $EXE is missing; run 'make bundle' first" >&2; exit 1; }

WORK=$(mktemp -d)
cd "$WORK"
# A user's machine: no Python paths, settings and logs in a scratch home.
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
export XDG_CACHE_HOME="$WORK/home/.cache" XDG_RUNTIME_DIR="$WORK/runtime" TMPDIR="$WORK/tmp"
mkdir -p "$HOME" "$TMPDIR" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# An internal error's trace goes to $TMPDIR/top10-panel-error.log (cli._internal_error): show it if there is one.
trap 'cat "$TMPDIR/top10-panel-error.log" 2>/dev/null >&2 || true; rm -rf "$WORK"' EXIT

step() { echo "== bundle-check: $*"; }

step "--version"
expected=$(sed -n 's/^version = "\(.*\)"$/\1/p' "$ROOT/pyproject.toml" | head -1)
version=$("$EXE" --version)
echo "$version"
[[ "$version" == *"$expected"* ]] || { echo "bundle-check: expected version $expected" >&2; exit 1; }

step "--help"
"$EXE" --help >/dev/null

step "demo, tally --json, a ballot matrix, export, verify"
"$EXE" demo demo
"$EXE" tally demo/demo-2020.t10 --json >tally.json
python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' tally.json
"$EXE" tally demo/sample-approval.csv --mode approval >/dev/null
"$EXE" export demo/demo-2020.t10 --xlsx results.xlsx --pdf report.pdf
test -s results.xlsx && test -s report.pdf
"$EXE" verify demo/demo-2020.t10 demo/packages >/dev/null  # its signed ballot files re-read and looked up
"$EXE" verify results.xlsx >/dev/null

step "a selection published in pinyin order (pypinyin's dictionaries), from the demo's lists and ballots"
"$EXE" new pinyin.t10 --title "拼音" --mode approval --publish-order pinyin
"$EXE" import-candidates pinyin.t10 demo/candidates-2020.csv
"$EXE" import-experts pinyin.t10 demo/experts.csv >/dev/null
"$EXE" collect pinyin.t10 demo/sample-approval.csv
published=$("$EXE" export pinyin.t10 --xlsx pinyin.xlsx --pdf pinyin.pdf)
echo "$published"
[[ "$published" == *"publication order:"* ]] || { echo "bundle-check: no publication order" >&2; exit 1; }

step "the app, offscreen, in Chinese: a ballot package opened, the ballot window shown, then quit"
package=$(find demo/packages -name '*.t10pkg' | sort | head -1)  # the packages the demo issued
# TOP10_PANEL_STARTUP_PROBE (ui/app.py) quits once the ballot window is shown. The lone path is how a
# double-clicked file arrives (packaging/launcher.py turns it into `open FILE`).
T0=$(python3 -c "import time; print(time.time())")
shown=$(LC_ALL=C.UTF-8 LANGUAGE=zh_CN QT_QPA_PLATFORM=offscreen TOP10_PANEL_STARTUP_PROBE=1 TOP10_PANEL_T0=$T0 \
  timeout 60 "$EXE" "$package")
echo "$shown"
[[ "$shown" == *"ballot window shown"* ]] || { echo "bundle-check: the ballot window was not shown" >&2; exit 1; }

step "the app, offscreen: the start screen, and the demo selection in the editor's window, each up for 5 s"
# 124: still running when the time was up, as it should be; 0: it quit once shown (when the probe learns to quit
# after these windows too, this step takes a second, not five). Both at once, to wait once.
QT_QPA_PLATFORM=offscreen TOP10_PANEL_STARTUP_PROBE=1 timeout 5 "$EXE" & start_screen=$!
QT_QPA_PLATFORM=offscreen TOP10_PANEL_STARTUP_PROBE=1 timeout 5 "$EXE" demo/demo-2020.t10 & editor=$!
for pid in $start_screen $editor; do
  status=0; wait "$pid" || status=$?
  [ "$status" = 124 ] || [ "$status" = 0 ] || { echo "bundle-check: the app ended with $status" >&2; exit 1; }
done

step "no internal error in the app's log"
if grep -rlE "ERROR|CRITICAL|Traceback" "$XDG_DATA_HOME" 2>/dev/null; then
  grep -rhE -A5 "ERROR|CRITICAL|Traceback" "$XDG_DATA_HOME" >&2
  echo "bundle-check: the app logged an error" >&2; exit 1
fi

step "the Chinese translation is in the bundle and was loaded"
if [ -z "$(find "$BUNDLE" -path '*/resources/translations/*.qm' -print -quit)" ]; then
  echo "bundle-check: no .qm translation in the bundle ('make bundle' builds it)" >&2; exit 1
elif grep -rq "translation is missing" "$XDG_DATA_HOME"; then
  echo "bundle-check: the app did not load the Chinese translation" >&2; exit 1
fi
step "passed; the bundle takes $(du -sh "$BUNDLE" | cut -f1) ($(find "$BUNDLE" -type f | wc -l) files)"
