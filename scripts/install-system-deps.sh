#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the window, the PDFs and the tests need, only when missing.
# Qt's xcb platform needs libxcb-icccm4/keysyms1 (its own error message blames libxcb-cursor0);
# Chinese needs a CJK TrueType font; pdftoppm/pdftotext come from poppler-utils; Xvfb for screenshots;
# xdotool types into the real window under Xvfb the way a USB scanner does (tests/ui/test_scanner_under_x.py).
# chromium for the HQ console's browser tests (Playwright drives /usr/bin/chromium).
set -euo pipefail
packages=(
  libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 libxcb-shape0
  libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libxkbcommon0 libegl1 libgl1
  libfontconfig1 libdbus-1-3 libglib2.0-0
  fonts-wqy-microhei fonts-hanazono poppler-utils xvfb xauth xdotool
  chromium
)
missing=()
# The app runs on Python 3.11 or 3.12 (Debian 12: 3.11; Ubuntu 24.04: 3.12; Ubuntu 22.04 ships
# 3.10, so its python3.11 package is installed). Debian's Pythons make no venv without -venv.
py=$(command -v python3.11 || command -v python3.12 || true)
if [ -z "$py" ]; then
  packages+=(python3.11 python3.11-venv)
elif ! "$py" -c "import ensurepip" 2>/dev/null; then
  packages+=("$(basename "$py")-venv")
fi
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "Please install these system packages with your package manager: ${missing[*]}" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Run as root or install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
