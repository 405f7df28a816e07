#!/usr/bin/env bash
# Installs the built bundle on a Linux desktop so that the menu has Top10 Panel and a double-clicked .t10 or
# .t10pkg opens in it: the folder, a `top10-panel` command on PATH, the desktop entry, the MIME types, the icon.
# For the user running it (~/.local), or for everyone when run as root (/opt, /usr/local); PREFIX, BIN and
# SHARE override the places.
#   packaging/install-linux.sh [dist/top10-panel]      install (again: replaces the old version)
#   packaging/install-linux.sh --uninstall             remove it all again (the user's files stay)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" = 0 ]; then
  PREFIX=${PREFIX:-/opt/top10-panel} BIN=${BIN:-/usr/local/bin} SHARE=${SHARE:-/usr/local/share}
else
  PREFIX=${PREFIX:-$HOME/.local/opt/top10-panel} BIN=${BIN:-$HOME/.local/bin} SHARE=${SHARE:-${XDG_DATA_HOME:-$HOME/.local/share}}
fi
TYPES="application/x-top10-panel-selection application/x-top10-panel-package"

refresh() {
  if command -v update-mime-database >/dev/null; then update-mime-database "$SHARE/mime" || true; fi
  if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$SHARE/applications" || true; fi
  if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true; fi
}

if [ "${1:-}" = --uninstall ]; then
  rm -rf "$PREFIX"
  rm -f "$BIN/top10-panel" "$SHARE/applications/top10-panel.desktop" "$SHARE/mime/packages/top10-panel.xml" \
    "$SHARE/icons/hicolor/256x256/apps/top10-panel.png"
  for type in $TYPES; do rm -f "$SHARE/icons/hicolor/256x256/mimetypes/${type/\//-}.png"; done
  refresh
  echo "Top10 Panel removed from $PREFIX"
  exit 0
fi

BUNDLE=$(cd "${1:-$HERE/../dist/top10-panel}" && pwd)
[ -x "$BUNDLE/top10-panel" ] || { echo "install-linux: no bundle in $BUNDLE; run 'make bundle'" >&2; exit 1; }
mkdir -p "$(dirname "$PREFIX")" "$BIN" "$SHARE/applications" "$SHARE/mime/packages" \
  "$SHARE/icons/hicolor/256x256/apps" "$SHARE/icons/hicolor/256x256/mimetypes"
rm -rf "$PREFIX.new" && cp -a "$BUNDLE" "$PREFIX.new" && rm -rf "$PREFIX" && mv "$PREFIX.new" "$PREFIX"
ln -sfn "$PREFIX/top10-panel" "$BIN/top10-panel"
# The menu starts the program by its full path: a desktop session's PATH often lacks ~/.local/bin.
sed -e "s|^Exec=top10-panel |Exec=$PREFIX/top10-panel |" -e "s|^TryExec=top10-panel$|TryExec=$PREFIX/top10-panel|" \
  "$HERE/top10-panel.desktop" >"$SHARE/applications/top10-panel.desktop"
cp "$HERE/top10-panel-mime.xml" "$SHARE/mime/packages/top10-panel.xml"
cp "$HERE/icons/top10-panel.png" "$SHARE/icons/hicolor/256x256/apps/top10-panel.png"
for type in $TYPES; do cp "$HERE/icons/top10-panel.png" "$SHARE/icons/hicolor/256x256/mimetypes/${type/\//-}.png"; done
refresh
if [ "$(id -u)" != 0 ] && command -v xdg-mime >/dev/null; then
  for type in $TYPES; do xdg-mime default top10-panel.desktop "$type" || true; done
fi
echo "Top10 Panel installed in $PREFIX; the command: $BIN/top10-panel"
