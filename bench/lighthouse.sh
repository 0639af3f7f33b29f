#!/usr/bin/env bash
# Lighthouse (mobile profile) on the public page types of a running Newsdesk.
# Needs Node.js 20 and Debian's chromium; Lighthouse 12 is the last major that runs on Node 20.
# Usage: bench/lighthouse.sh [base-url]   (default http://localhost:8080)
set -euo pipefail
BASE="${1:-http://localhost:8080}"
TOOLS="${LIGHTHOUSE_DIR:-/tmp/newsdesk-lighthouse}"
mkdir -p "$TOOLS"
[ -x "$TOOLS/node_modules/.bin/lighthouse" ] || npm install --silent --prefix "$TOOLS" lighthouse@12 >/dev/null
item=$(curl -s "$BASE/" | grep -o 'href="/news/[^"]*"' | head -1 | cut -d'"' -f2)
tag=$(curl -s "$BASE/tags" | grep -o 'href="/tags/[^"]*"' | head -1 | cut -d'"' -f2)
year=$(curl -s "$BASE/archive" | grep -o 'href="/archive/[0-9]\{4\}"' | head -1 | cut -d'"' -f2)
for path in / /page/2 "$item" /tags "$tag" /archive "$year" "/search?q=migration"; do
  CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}" "$TOOLS/node_modules/.bin/lighthouse" "$BASE$path" --quiet \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
    --form-factor=mobile --output=json --output-path="$TOOLS/report.json" >/dev/null 2>&1 || true
  python3 - "$path" "$TOOLS/report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[2]))
scores = {name: (round(c["score"] * 100) if c["score"] is not None else None) for name, c in report["categories"].items()}
print(f"{sys.argv[1]:<60} " + "  ".join(f"{k} {v}" for k, v in scores.items()))
PY
done
