#!/usr/bin/env bash
# Proves that take-screenshots.sh fails as it should: on fixture pages written here into a temporary directory (no
# build of the project needed), it passes on clean pages and saves four PNGs, and exits non-zero naming the page and
# the message when a page logs console.error("boom"), references a missing image, throws an uncaught exception, or
# asks for anything off the machine; and exits 2 saying how to install Chromium when there is none.
# Needs what take-screenshots.sh needs (Chromium, Node.js, npm). Not part of mvn verify. Prints "N passed, N failed".
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

page() { # page FILE TITLE BODY
  mkdir -p "$(dirname "$1")"
  printf '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n</head>\n<body>\n<main>\n%s\n</main>\n</body>\n</html>\n' "$2" "$3" > "$1"
}

fixtures() { # fixtures DIR: a clean site and decision page
  page "$1/site/index.html" "Index" '<h1>Rules</h1><p><a href="rules/sanctions.former_officer.html">Former officers</a></p><script>console.log("fine"); console.info("also fine"); console.warn("a warning is not an error");</script>'
  page "$1/site/rules/sanctions.former_officer.html" "Rule" '<h1>sanctions.former_officer</h1><p><img src="../img/ok.svg" alt="a box" width="20" height="20"></p>'
  mkdir -p "$1/site/img"
  printf '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>\n' > "$1/site/img/ok.svg"
  page "$1/site/lifecycle.html" "Lifecycle" '<h1>Lifecycle</h1><svg viewBox="0 0 10 10" width="100" height="100"><rect width="10" height="10" fill="#1d3557"/></svg>'
  page "$1/decisions/CASE-1.html" "CASE-1" '<h1>CASE-1</h1><p>Decision.</p>'
}

# expect NAME STATUS GREP-PATTERN [ENV...]: run the script on $work/NAME, check its exit status and that its output
# matches the pattern
expect() {
  local name="$1" want="$2" pattern="$3"
  shift 3
  local out="$work/$name.out"
  env "$@" OUT_DIR="$work/$name/png" "$here/take-screenshots.sh" "$work/$name/site" "$work/$name/decisions" > "$out" 2>&1
  local got=$?
  if [ "$got" -eq "$want" ] && grep -Eq -- "$pattern" "$out"; then
    echo "ok   $name: exit $got, output matches /$pattern/"
    passed=$((passed + 1))
  else
    echo "FAIL $name: exit $got (wanted $want), output:"
    sed 's/^/     /' "$out"
    failed=$((failed + 1))
  fi
}

fixtures "$work/clean"
expect clean 0 'no console errors'
for png in index rule lifecycle decision; do
  if [ -s "$work/clean/png/$png.png" ]; then
    passed=$((passed + 1))
  else
    echo "FAIL clean: no $png.png"
    failed=$((failed + 1))
  fi
done

fixtures "$work/boom"
page "$work/boom/site/rules/sanctions.former_officer.html" "Rule" '<h1>Rule</h1><script>console.error("boom");</script>'
expect boom 1 '^take-screenshots: rule \(sanctions\.former_officer\.html\): console error: boom'

fixtures "$work/image"
page "$work/image/site/lifecycle.html" "Lifecycle" '<h1>Lifecycle</h1><p><img src="missing.png" alt="gone"></p>'
expect image 1 '^take-screenshots: lifecycle \(lifecycle\.html\): failed to load file://.*/missing\.png'

fixtures "$work/exception"
page "$work/exception/decisions/CASE-1.html" "CASE-1" '<h1>CASE-1</h1><script>null.boom();</script>'
expect exception 1 '^take-screenshots: decision \(CASE-1\.html\): uncaught exception'

fixtures "$work/network"
page "$work/network/site/index.html" "Index" '<h1>Rules</h1><link rel="stylesheet" href="https://fonts.example.org/font.css">'
expect network 1 '^take-screenshots: index \(index\.html\): failed to load https://fonts\.example\.org/font\.css'

fixtures "$work/missing-page"
rm "$work/missing-page/site/lifecycle.html"
expect missing-page 1 '^take-screenshots: lifecycle: no such page'

fixtures "$work/no-chromium"
expect no-chromium 2 'apt-get install -y chromium' CHROMIUM=/nonexistent/chromium

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
