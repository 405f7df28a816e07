#!/usr/bin/env bash
# Installs the app as Python users do — the wheel (`uv build --wheel`) into a fresh virtual environment with the
# runtime dependencies only — and runs it away from the checkout: the demo, tally, export, verify through the
# command, then the app started offscreen in Chinese. `make test` runs it (Makefile: wheel-check).
# Usage: packaging/wheel-check.sh   (needs uv; the dependencies come from uv's cache, pinned by uv.lock)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
UV=${UV:-uv}
WORK=$(mktemp -d)
trap 'cat "$WORK/tmp/top10-panel-error.log" 2>/dev/null >&2 || true; rm -rf "$WORK"' EXIT
step() { echo "== wheel-check: $*"; }

step "the wheel, and a fresh environment with the runtime dependencies of uv.lock"
(cd "$ROOT" && "$UV" build --quiet --wheel --out-dir "$WORK/dist")
wheel=$(find "$WORK/dist" -name 'top10_panel-*.whl' | head -1)
(cd "$ROOT" && "$UV" export --quiet --locked --no-default-groups --no-hashes --no-emit-project \
  --format requirements-txt >"$WORK/requirements.txt")
"$UV" venv --quiet "$WORK/venv"
"$UV" pip install --quiet --python "$WORK/venv/bin/python" -r "$WORK/requirements.txt"
"$UV" pip install --quiet --python "$WORK/venv/bin/python" --no-deps "$wheel"
EXE="$WORK/venv/bin/top10-panel"

# A user's machine: elsewhere than the checkout, no Python paths, settings and logs in a scratch home.
mkdir -p "$WORK/run" "$WORK/home" "$WORK/tmp" "$WORK/runtime" && chmod 700 "$WORK/runtime"
cd "$WORK/run"
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
export XDG_CACHE_HOME="$WORK/home/.cache" XDG_RUNTIME_DIR="$WORK/runtime" TMPDIR="$WORK/tmp"
"$WORK/venv/bin/python" - "$ROOT" <<'PY'
import sys
from pathlib import Path

import top10_panel

where = Path(top10_panel.__file__).resolve()
if Path(sys.argv[1]).resolve() in where.parents:
    sys.exit(f"wheel-check: top10_panel was imported from the checkout ({where}), not the installed wheel")
PY

step "demo, tally, settle, export, verify"
"$EXE" demo demo
"$EXE" tally demo/demo-2020.t10 >/dev/null
"$EXE" settle demo/demo-2020.t10 --lot-source "福彩3D 2020-12-31 开奖号码" --by 编辑部 >/dev/null
"$EXE" settle demo/demo-2020.t10 --lot "2020-12-31 福彩3D 123" --by 编辑部 >/dev/null
"$EXE" export demo/demo-2020.t10 --xlsx results.xlsx --pdf report.pdf
test -s results.xlsx && test -s report.pdf
"$EXE" verify demo/demo-2020.t10 >/dev/null

step "the Chinese translation and the icon are installed"
QT_QPA_PLATFORM=offscreen "$WORK/venv/bin/python" - <<'PY'
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from top10_panel.resources import resource
from top10_panel.ui.i18n import Translations

app = QApplication([])
Translations().apply("zh_CN")
for context, source, n in (("StartWindow", "Open s&election…", -1), ("CandidatesPage", "%n candidate(s)", 10)):
    if QCoreApplication.translate(context, source, None, n) == source.replace("%n", str(n)):
        sys.exit(f"wheel-check: {source!r} is not translated: the .qm did not reach the wheel")
resource("icons", "top10-panel.png")
PY

step "the app, offscreen, in Chinese: the demo selection shown, then quit"
shown=$(LC_ALL=C.UTF-8 LANGUAGE=zh_CN QT_QPA_PLATFORM=offscreen TOP10_PANEL_STARTUP_PROBE=1 \
  timeout 60 "$EXE" open demo/demo-2020.t10)
echo "$shown"
[[ "$shown" == *"selection window shown"* ]] || { echo "wheel-check: the selection window was not shown" >&2; exit 1; }
if grep -rqE "translation is missing|Traceback|ERROR" "$XDG_DATA_HOME" 2>/dev/null; then
  grep -rhE -A5 "translation is missing|Traceback|ERROR" "$XDG_DATA_HOME" >&2
  echo "wheel-check: the app logged an error" >&2; exit 1
fi
step "passed"
