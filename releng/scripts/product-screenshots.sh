#!/usr/bin/env bash
# The documentation's screenshots, from the built product (not a test harness): unpacks the linux archive into a
# temporary folder, opens a copy of the Ånge example in the installed workbench under Xvfb, in Swedish and in English,
# and lets the workbench's own tour (-Ddpia.screenshots=DIR, se.dpia.app.ScreenshotTour) save each view the user guides
# show; the DPO's views over a copy of the Nynäshamn example that the DPO approved and the group then changed (both
# through the product's dpia.sh). Writes docs/screenshots/product-{sv,en}-NN-name.png.
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
# tour EXAMPLE STEPS LANG: the workbench's tour over a fresh copy of EXAMPLE, taking the STEPS named
tour() {
  local example=$1 steps=$2 lang=$3
  rm -rf "$tmp/$example" "$tmp/home/.dpia-workbench" "$tmp/shots"
  cp -r "$tmp/product/examples/$example" "$tmp/$example"
  if [ "$example" = nynashamn-pilot ]; then
    # the DPO's view needs an approval and a change after it: the DPO approves, then the group accepts a threat
    run_cli approve "$example" --by "Dataskyddsombud" --opinion "Godkänd för pilotperioden."
    run_cli threats "$example" --accept camera-in-bedroom:Trygghetskamera
  fi
  local display=(xvfb-run -a -s "-screen 0 1280x860x24")
  [ -n "${DISPLAY:-}" ] && display=()
  (cd "$tmp" && env -i "PATH=/usr/bin:/bin" "HOME=$tmp/home" "LANG=C.UTF-8" ${DISPLAY:+"DISPLAY=$DISPLAY"} \
      "DPIA_JAVA_OPTS=-Ddpia.screenshots=$tmp/shots -Ddpia.screenshots.steps=$steps" \
      ${display[@]+"${display[@]}"} "$tmp/product/dpia-workbench.sh" "$example" -nl "$lang") \
      > "$tmp/workbench-$lang.log" 2>&1 || { cat "$tmp/workbench-$lang.log" >&2; exit 1; }
  local count
  count=$(ls "$tmp/shots" 2>/dev/null | wc -l)
  [ "$count" -gt 0 ] || { echo "product-screenshots: the workbench ($lang) saved no screenshot" >&2; tail -n 40 "$tmp/workbench-$lang.log" >&2; exit 1; }
  for shot in "$tmp/shots"/*.png; do
    cp "$shot" "$out/product-$lang-$(basename "$shot")"
  done
  echo "product-screenshots: $count screenshots of $example in $lang"
}
run_cli() {
  (cd "$tmp" && env -i "PATH=/usr/bin:/bin" "HOME=$tmp/home" "LANG=C.UTF-8" "$tmp/product/dpia.sh" "$@") > /dev/null
}
for lang in sv en; do
  tour ange-trygghetskamera overview,model-tree,risk-register,consent-tester,user-guide "$lang"
  tour nynashamn-pilot dpo-changes,dpo-approve "$lang"
done
ls "$out"/product-*.png
