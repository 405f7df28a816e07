#!/usr/bin/env bash
# PyInstaller on Linux needs objcopy and objdump (binutils) besides ldd; as root on Debian it installs them.
set -eu
[ "$(uname -s)" = Linux ] || exit 0
command -v objcopy >/dev/null 2>&1 && command -v objdump >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing binutils for PyInstaller" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends binutils >&2
else
  echo "PyInstaller needs objcopy and objdump: install binutils" >&2; exit 1
fi
