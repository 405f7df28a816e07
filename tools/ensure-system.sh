#!/usr/bin/env bash
# Makes sure the Debian packages Qt needs are present: offscreen ones always,
# a virtual screen (Xvfb) and a Chinese font for windows and the PDF report.
# As root on Debian it installs what is missing; otherwise it names it.
set -eu
PACKAGES="libglib2.0-0 libgl1 libegl1 libx11-6 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3
  xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0
  libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 fonts-wqy-microhei"
command -v dpkg >/dev/null 2>&1 || exit 0   # not Debian: the README says what to install
missing=""
for p in $PACKAGES; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages:$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends $missing >&2
else
  echo "Missing system packages (install them with apt-get):$missing" >&2
fi
