#!/usr/bin/env bash
# The documentation's screenshots, from the built product (not a test harness): unpacks the linux archive into a
# temporary folder, opens a copy of the Ånge example in the installed workbench under Xvfb, in Swedish and in English,
# and lets the workbench's own tour (-Ddpia.screenshots=DIR, se.dpia.app.ScreenshotTour) save each view the user guides
# show. Writes docs/screenshots/product-{sv,en}-NN-name.png.
#   releng/scripts/product-screenshots.sh            after ./run-tests or ./dpia has built the archives
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
archive=$(ls "$ROOT"/releng/se.dpia.repository/target/products/dpia-workbench-*-linux.gtk.x86_64.tar.gz 2>/dev/null | head -n 1)
[ -n "$archive" ] || { echo "product-screenshots: no linux archive; build it first (./run-tests or ./mvnw verify)" >&2; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dpia-screenshots.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/product" "$tmp/home"
tar -xzf "$archive" -C "$tmp/product"
out="$ROOT/docs/screenshots"
for lang in sv en; do
  # a fresh copy and workspace per language: nothing from the first run shows in the second
  rm -rf "$tmp/ange-trygghetskamera" "$tmp/home/.dpia-workbench" "$tmp/shots"
  cp -r "$tmp/product/examples/ange-trygghetskamera" "$tmp/ange-trygghetskamera"
  display=(xvfb-run -a -s "-screen 0 1280x860x24")
  [ -n "${DISPLAY:-}" ] && display=()
  (cd "$tmp" && env -i "PATH=/usr/bin:/bin" "HOME=$tmp/home" "LANG=C.UTF-8" ${DISPLAY:+"DISPLAY=$DISPLAY"} \
      "DPIA_JAVA_OPTS=-Ddpia.screenshots=$tmp/shots" \
      ${display[@]+"${display[@]}"} "$tmp/product/dpia-workbench.sh" ange-trygghetskamera -nl "$lang") \
      > "$tmp/workbench-$lang.log" 2>&1 || { cat "$tmp/workbench-$lang.log" >&2; exit 1; }
  count=$(ls "$tmp/shots" 2>/dev/null | wc -l)
  [ "$count" -gt 0 ] || { echo "product-screenshots: the workbench ($lang) saved no screenshot" >&2; tail -n 40 "$tmp/workbench-$lang.log" >&2; exit 1; }
  for shot in "$tmp/shots"/*.png; do
    cp "$shot" "$out/product-$lang-$(basename "$shot")"
  done
  echo "product-screenshots: $count screenshots in $lang"
done
ls "$out"/product-*.png
