#!/usr/bin/env bash
# Makes sure the Chromium that npm start and the end-to-end tests drive is installed.
# Uses CHROMIUM_PATH if set; otherwise Debian's chromium at /usr/bin/chromium, installed with apt-get when missing.
set -euo pipefail
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$path" ]; then exit 0; fi
if [ -n "${CHROMIUM_PATH:-}" ]; then echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" >&2; exit 1; fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at /usr/bin/chromium. Install Chromium and set CHROMIUM_PATH to its executable." >&2
  exit 1
fi
echo "Chromium not found: installing Debian's chromium with apt-get…" >&2
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq chromium >/dev/null
