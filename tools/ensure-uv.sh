#!/usr/bin/env bash
# Prints the path of a working `uv`, installing it with pip when it is absent.
# Works on a fresh Debian machine (as root it may apt-get install python3-pip).
set -eu
if command -v uv >/dev/null 2>&1; then command -v uv; exit 0; fi
for candidate in "$HOME/.local/bin/uv" "/usr/local/bin/uv"; do
  if [ -x "$candidate" ]; then echo "$candidate"; exit 0; fi
done
PY=${PYTHON:-python3}
if ! "$PY" -m pip --version >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq >&2 && apt-get install -y -qq python3-pip python3-venv >&2
  else
    echo "ensure-uv: $PY has no pip; install python3-pip (or uv) first" >&2; exit 1
  fi
fi
"$PY" -m pip install --user --quiet uv >&2 \
  || "$PY" -m pip install --user --quiet --break-system-packages uv >&2
for candidate in "$HOME/.local/bin/uv" "$(command -v uv 2>/dev/null || true)"; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; exit 0; fi
done
USER_BIN=$("$PY" -c 'import site, os; print(os.path.join(site.USER_BASE, "bin"))')
if [ -x "$USER_BIN/uv" ]; then echo "$USER_BIN/uv"; exit 0; fi
echo "ensure-uv: could not install uv" >&2; exit 1
