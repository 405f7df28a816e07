#!/usr/bin/env bash
# Makes sure the Debian packages Qt needs are present: offscreen ones always,
# a virtual screen (Xvfb) and a Chinese font for windows and the PDF report.
# As root on Debian it installs what is missing; otherwise it names it.
# Optional: LibreOffice Calc and Writer, for the tests of forms and lists saved by LibreOffice and of the
# announcement printed by it (they skip without them).
set -eu
PACKAGES="libglib2.0-0 libgl1 libegl1 libx11-6 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3
  xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0
  libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 fonts-wqy-microhei"
OPTIONAL="libreoffice-calc libreoffice-writer"
command -v dpkg >/dev/null 2>&1 || exit 0   # not Debian: the README says what to install
missing=""
for p in $PACKAGES; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
optional=""
for p in $OPTIONAL; do
  dpkg -s "$p" >/dev/null 2>&1 || optional="$optional $p"
done
if [ -n "$optional" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing optional system packages:$optional" >&2
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends $optional; } >&2 \
      || echo "Could not install$optional: the LibreOffice round-trip tests will be skipped" >&2
  else
    echo "Optional system packages (the LibreOffice round-trip tests skip without them):$optional" >&2
  fi
fi
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages:$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends $missing >&2
else
  echo "Missing system packages (install them with apt-get):$missing" >&2
fi
