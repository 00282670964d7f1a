#!/usr/bin/env bash
# Looks at the rules explorer and a decision page as a person would (issue 20): opens them in headless Chromium, fails
# on any console error, and saves screenshots for the README.
#
# Needs: Debian's Chromium (/usr/bin/chromium: apt-get install -y chromium), Node.js 20+ and npm; the first run
# installs playwright-core (pinned below; npm registry only, never a browser download) into a cache directory,
# ${XDG_CACHE_HOME:-~/.cache}/police-conduct/. Not part of mvn verify, since it needs Chromium: run it by hand, from
# anywhere, before resolving the issue, and commit the PNGs.
#
# What it does:
#   1. builds the site and the decision pages with the project's launcher, from the repository root:
#        ./conduct site target/site --as-at 2026-11-30
#        ./conduct evaluate examples/cases/example.jsonl --format html --output-dir target/decision-pages
#      or, given SITE_DIR (first argument) and DECISION_DIR (second argument), uses pages already built there;
#   2. opens SITE_DIR/index.html, SITE_DIR/rules/$RULE_ID.html, SITE_DIR/lifecycle.html, the first decision page
#      (by name; or DECISION_PAGE) and, where the site has it, SITE_DIR/documents/$DOCUMENT_PAGE (default: the
#      Staffordshire story's Barred List report) as file:// URLs in one headless Chromium with a fresh temporary profile, started
#      with --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
#      --disable-component-update --disable-sync (the network is closed here; without them Chromium hangs on
#      refused connections);
#   3. saves index.png, rule.png, lifecycle.png, decision.png and document.png (a 1280x1600 window; FULL_PAGE=1
#      for whole pages)
#      into OUT_DIR (default: docs/screenshots/, beside this script);
#   4. exits 1, naming each page and message, if any page logged a console error, threw an uncaught exception, or
#      failed to load anything (a missing image, style sheet or script; any request off the machine is refused on
#      purpose, since the pages must need no network); 2 if Chromium, Node or npm is missing.
#
# How console errors are caught: through the DevTools protocol, with playwright-core driving Debian's Chromium
# (executablePath), in look.cjs beside this script: its console (type error), pageerror and requestfailed events.
# Chromium's own --enable-logging=stderr --v=1 was tried first and is not enough: it prints console.error exactly as
# console.log (no level), and a missing image never appears as a CONSOLE line at all.
# test-take-screenshots.sh beside this script proves that it fails on console.error("boom") and on a missing image,
# and passes on a clean page.
#
# Usage: docs/screenshots/take-screenshots.sh [SITE_DIR [DECISION_DIR]]
# Environment: SITE_DIR, DECISION_DIR, DECISION_PAGE, DOCUMENT_PAGE, RULE_ID (default sanctions.former_officer), OUT_DIR,
#   FULL_PAGE, CHROMIUM (default /usr/bin/chromium), PLAYWRIGHT_CORE_DIR (where playwright-core is installed).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
playwright_version=1.65.1

site_dir="${1:-${SITE_DIR:-}}"
decision_dir="${2:-${DECISION_DIR:-}}"
rule_id="${RULE_ID:-sanctions.former_officer}"
document_page="${DOCUMENT_PAGE:-STAFFS-2025-001.barred_list_report.html}"
out_dir="${OUT_DIR:-$here}"
chromium="${CHROMIUM:-/usr/bin/chromium}"

if [ ! -x "$chromium" ]; then
  echo "take-screenshots: no Chromium at $chromium; install Debian's: apt-get install -y chromium" >&2
  exit 2
fi
for tool in node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "take-screenshots: $tool is needed (Node.js 20 or later, with npm)" >&2
    exit 2
  fi
done

# 1. the pages
if [ -z "$site_dir" ] || [ -z "$decision_dir" ]; then
  cd "$root"
  if [ -z "$site_dir" ]; then
    site_dir="$root/target/site"
    ./conduct site "$site_dir" --as-at 2026-11-30
  fi
  if [ -z "$decision_dir" ]; then
    decision_dir="$root/target/decision-pages"
    ./conduct evaluate examples/cases/example.jsonl --format html --output-dir "$decision_dir"
  fi
fi
site_dir="$(cd "$site_dir" && pwd)"
decision_dir="$(cd "$decision_dir" && pwd)"
decision_page="${DECISION_PAGE:-}"
if [ -z "$decision_page" ]; then
  decision_page="$(find "$decision_dir" -maxdepth 1 -name '*.html' | LC_ALL=C sort | head -n 1)"
  if [ -z "$decision_page" ]; then
    echo "take-screenshots: no decision page (*.html) in $decision_dir" >&2
    exit 1
  fi
fi
mkdir -p "$out_dir"
out_dir="$(cd "$out_dir" && pwd)"

# 2. playwright-core, once, into a cache directory (it brings no browser; Debian's Chromium is used)
pw_dir="${PLAYWRIGHT_CORE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/police-conduct/playwright-core-$playwright_version}"
if [ ! -f "$pw_dir/node_modules/playwright-core/package.json" ]; then
  echo "take-screenshots: installing playwright-core@$playwright_version into $pw_dir" >&2
  mkdir -p "$pw_dir"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --prefix "$pw_dir" --no-audit --no-fund --silent \
    "playwright-core@$playwright_version" >&2
fi

# 3. look at each page
list="$(mktemp)"
trap 'rm -f "$list"' EXIT
json_string() { # a JSON string of $1 (paths here have no control characters)
  local s="${1//\\/\\\\}"
  printf '"%s"' "${s//\"/\\\"}"
}
{
  printf '['
  printf '{"name":"index","file":%s,"png":%s},' "$(json_string "$site_dir/index.html")" "$(json_string "$out_dir/index.png")"
  printf '{"name":"rule","file":%s,"png":%s},' "$(json_string "$site_dir/rules/$rule_id.html")" "$(json_string "$out_dir/rule.png")"
  printf '{"name":"lifecycle","file":%s,"png":%s},' "$(json_string "$site_dir/lifecycle.html")" "$(json_string "$out_dir/lifecycle.png")"
  printf '{"name":"decision","file":%s,"png":%s}' "$(json_string "$decision_page")" "$(json_string "$out_dir/decision.png")"
  if [ -f "$site_dir/documents/$document_page" ]; then
    printf ',{"name":"document","file":%s,"png":%s}' "$(json_string "$site_dir/documents/$document_page")" "$(json_string "$out_dir/document.png")"
  fi
  printf ']\n'
} > "$list"

status=0
PLAYWRIGHT_CORE="$pw_dir/node_modules/playwright-core" CHROMIUM="$chromium" node "$here/look.cjs" "$list" || status=$?
if [ "$status" -ne 0 ]; then
  echo "take-screenshots: FAILED (see the messages above)" >&2
  exit "$status"
fi
echo "take-screenshots: no console errors; screenshots in $out_dir"
