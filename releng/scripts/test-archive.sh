#!/usr/bin/env bash
# The archive test, run by the build (releng/se.dpia.repository, integration-test phase): unpacks the linux archive
# into an empty temporary folder outside the checkout and runs the product from there as a new user would, in another
# empty working directory, with a clean environment (no dpia.* properties, no DPIA_* variables, HOME in the temporary
# folder). Any failure fails the build. The workbench runs under Xvfb (the display of ./run-tests, else xvfb-run).
#   test-archive.sh dpia-workbench-VERSION-linux.gtk.x86_64.tar.gz
set -euo pipefail
archive=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dpia-archive-test.XXXXXX")
failures=0
fail() { echo "test-archive: FAILED: $*" >&2; failures=$((failures + 1)); }
pass() { echo "test-archive: ok: $*"; }

[ -f "$archive" ] || { echo "test-archive: no archive $archive" >&2; exit 1; }
echo "test-archive: $archive ($(du -h "$archive" | cut -f1)) unpacked into $tmp"
product="$tmp/dpia-workbench"
mkdir -p "$product"
tar -xzf "$archive" -C "$product"
work="$tmp/work"
mkdir -p "$work" "$tmp/home"

# a clean environment: what a new user's shell has, plus the display; Java only when the product has none of its own
clean_env=(env -i "PATH=/usr/local/bin:/usr/bin:/bin" "HOME=$tmp/home" "LANG=C.UTF-8")
[ -n "${DISPLAY:-}" ] && clean_env+=("DISPLAY=$DISPLAY")
[ -n "${XAUTHORITY:-}" ] && clean_env+=("XAUTHORITY=$XAUTHORITY")
if [ ! -x "$product/jre/bin/java" ]; then
  clean_env+=("JAVA_HOME=${JAVA_HOME:?test-archive: the product has no jre/ and JAVA_HOME is not set}")
fi
# run NAME EXPECTED_EXIT [VAR=VALUE...] -- COMMAND...: runs in $work with the clean environment, keeps the output
run() {
  local name=$1 expected=$2 vars=()
  shift 2
  while [ "$1" != "--" ]; do vars+=("$1"); shift; done
  shift
  local code=0
  (cd "$work" && "${clean_env[@]}" ${vars[@]+"${vars[@]}"} "$@") > "$tmp/$name.out" 2> "$tmp/$name.err" || code=$?
  if [ "$code" != "$expected" ]; then
    fail "$name: exit $code, expected $expected; $* printed:"
    sed 's/^/    /' "$tmp/$name.out" "$tmp/$name.err" | tail -n 30 >&2
    return 1
  fi
}
contains() { # contains NAME TEXT: the output or errors of run NAME hold TEXT
  grep -qF -- "$2" "$tmp/$1.out" "$tmp/$1.err" || { fail "$1 does not say '$2'"; return 1; }
}

# what is inside
for file in dpia.sh dpia-workbench.sh README.txt LICENSE THIRD-PARTY-NOTICES.txt log4j.properties logging.properties \
    templates/dpia-report.sv.html examples/ange-trygghetskamera/assessment.dpia; do
  [ -f "$product/$file" ] || fail "no $file in the archive"
done
for script in dpia.sh dpia-workbench.sh; do [ -x "$product/$script" ] || fail "$script is not executable"; done
[ -z "$(find "$product/examples" -name out -o -name .project)" ] || fail "examples/ holds generated files (out/, .project)"
grep -q 'Eclipse Public License - v 2.0' "$product/LICENSE" || fail "LICENSE is not the EPL-2.0 text"
# every third-party jar is named in the notices, with its licence
for jar in "$product"/plugins/*.jar "$product"/plugins/*/; do
  [ -e "$jar" ] || continue
  id=$(basename "$jar" .jar)
  id=${id%%_*}
  case "$id" in se.dpia.*) continue ;; esac
  grep -q "^  $id " "$product/THIRD-PARTY-NOTICES.txt" || fail "THIRD-PARTY-NOTICES.txt does not list $id"
done
if [ -d "$product/jre" ]; then
  [ -x "$product/jre/bin/java" ] || fail "jre/bin/java is not executable"
fi
[ "$failures" = 0 ] && pass "contents (scripts, README.txt, LICENSE, notices for every jar, templates, examples)"

# the version, or the help where the command line has no --version yet
code=0
(cd "$work" && "${clean_env[@]}" "$product/dpia.sh" --version) > "$tmp/version.out" 2>&1 || code=$?
if [ "$code" = 0 ]; then
  pass "dpia.sh --version: $(head -n 1 "$tmp/version.out")"
elif grep -qF "unknown command '--version'" "$tmp/version.out"; then
  run help 0 -- "$product/dpia.sh" --help && contains help "Usage: dpia.sh" && pass "dpia.sh --help (no --version yet)"
else
  fail "dpia.sh --version: exit $code"; tail -n 20 "$tmp/version.out" >&2
fi
if run help-names 0 -- "$product/dpia.sh" --help; then
  grep -qF './dpia' "$tmp/help-names.out" && fail "dpia.sh --help still says ./dpia"
fi
# the messages name dpia.sh, and Java 24+ prints no warnings about Unsafe
run no-command 2 -- "$product/dpia.sh" && contains no-command "try dpia.sh generate" && pass "messages name dpia.sh"

# check and generate the bundled example with no option or variable set
# check exits 1 when the model has errors, as the bundled example has one; it lists every problem, one per line
if run check 1 -- "$product/dpia.sh" check; then
  if grep -q 'sun.misc.Unsafe\|WARNING: ' "$tmp/check.err"; then fail "dpia.sh check printed JVM warnings"; fi
  if grep -qE "^$product/examples/ange-trygghetskamera/.*: error: .+ \[[a-z0-9-]+\]\$" "$tmp/check.out"; then
    pass "dpia.sh check (the bundled example): $(grep -c ': error: ' "$tmp/check.out") error(s), $(grep -c ': warning: ' "$tmp/check.out") warning(s)"
  else
    fail "dpia.sh check listed no problem of the bundled example in $product/examples"
  fi
fi
if run generate 0 -- "$product/dpia.sh" generate; then
  pdfs=$(find "$work/out" -name '*.pdf' | wc -l)
  if [ "$pdfs" -gt 0 ] && [ "$pdfs" = "$(grep -c '\.pdf' "$tmp/generate.out")" ] \
      && [ -s "$work/out/information-Kameratillsyn.pdf" ]; then
    pass "dpia.sh generate (the bundled example): $pdfs PDFs in out/, the information sheets among them"
  else
    fail "dpia.sh generate wrote $pdfs PDFs into $work/out, and printed: $(cat "$tmp/generate.out")"
  fi
fi
# the Word files beside the PDFs: Apache POI and xmlbeans (its compiled schemas) must load in the product's OSGi
# runtime; nothing but the one check line on stderr (no logging framework complaining)
if run office 0 -- "$product/dpia.sh" generate --format both --out "$work/office"; then
  pdfs=$(find "$work/office" -name '*.pdf' | wc -l)
  docx=$(find "$work/office" -name '*.docx' | wc -l)
  report="$work/office/konsekvensbedomning.docx"
  if [ "$pdfs" -gt 0 ] && [ "$docx" = "$pdfs" ] && [ "$(grep -c '\.docx$' "$tmp/office.out")" = "$docx" ] \
      && [ "$(head -c 2 "$report" 2>/dev/null)" = PK ] && [ "$(wc -l < "$tmp/office.err")" = 1 ]; then
    pass "dpia.sh generate --format both: $docx Word files beside $pdfs PDFs"
  else
    fail "dpia.sh generate --format both wrote $pdfs PDFs and $docx Word files; printed: $(cat "$tmp/office.out" "$tmp/office.err")"
  fi
fi
if run office-usage 2 -- "$product/dpia.sh" generate --format odt --out "$work/office-usage"; then
  contains office-usage "--format must be pdf, docx or both" && pass "dpia.sh generate --format odt: usage error (exit 2)"
fi
code=0
(cd "$work" && "${clean_env[@]}" "$product/dpia.sh" check "$product/examples/nynashamn-pilot") > "$tmp/check-dir.out" 2>&1 || code=$?
if [ "$code" -le 1 ] && grep -qF "$product/examples/nynashamn-pilot/" "$tmp/check-dir.out"; then
  pass "dpia.sh check DIR (exit $code)"
else
  fail "dpia.sh check $product/examples/nynashamn-pilot: exit $code"; tail -n 20 "$tmp/check-dir.out" >&2
fi

# the command line runs from its own configuration, which holds no UI bundle: the build's configuration-cli/ lists
# none, and the framework state the commands above left there installed none (the workbench's has SWT, so the
# pattern finds what it looks for)
ui='(org\.eclipse\.(swt|jface|ui|e4\.ui)|se\.dpia\.(app|model\.editor|rules\.ui|nl\.)|com\.github\.weisj\.jsvg)[._,]'
cli_info="$product/configuration-cli/org.eclipse.equinox.simpleconfigurator/bundles.info"
cli_state=$(ls "$product"/configuration-cli/org.eclipse.osgi/framework.info.* 2>/dev/null | tail -n 1 || true)
if [ ! -f "$cli_info" ] || ! grep -qx 'eclipse.application=se.dpia.cli.dpia' "$product/configuration-cli/config.ini"; then
  fail "no command-line configuration (configuration-cli/config.ini running se.dpia.cli.dpia, and its bundles.info)"
elif grep -qE "^$ui" "$cli_info"; then
  fail "configuration-cli lists UI bundles: $(grep -oE "^$ui" "$cli_info" | tr '\n' ' ')"
elif ! grep -q '^se\.dpia\.cli,' "$cli_info"; then
  fail "configuration-cli does not list se.dpia.cli"
elif [ -z "$cli_state" ] || ! grep -aq 'plugins/se\.dpia\.cli_' "$cli_state"; then
  fail "the commands did not run from configuration-cli (no framework state there naming se.dpia.cli)"
elif grep -aqE "plugins/$ui" "$cli_state"; then
  fail "the command line installed UI bundles: $(grep -aoE "plugins/$ui" "$cli_state" | sort -u | tr '\n' ' ')"
elif ! grep -qE '^org\.eclipse\.swt,' "$product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"; then
  fail "the workbench's configuration lists no SWT: the UI pattern of this test finds nothing"
else
  pass "the command line ran from configuration-cli: $(grep -vc '^#' "$cli_info") of $(grep -vc '^#' \
    "$product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info") bundles, no SWT, JFace, e4 or workbench bundle"
fi

# the framework's classes come from the class-data sharing archive a first --help leaves for the next: its jar is
# unsigned (Java leaves a signed jar's classes out of the archive, and checks the signature on every start)
framework=$(ls "$product"/plugins/org.eclipse.osgi_*.jar)
if unzip -l "$framework" | grep -qiE 'META-INF/[^/]+\.(SF|RSA|DSA|EC)$'; then
  fail "the framework's jar is signed: $(basename "$framework")"
elif run first-help 0 -- "$product/dpia.sh" --help \
    && run class-data-sharing 0 "DPIA_JAVA_OPTS=-Xlog:class+load=info:file=$tmp/class-load.log" -- "$product/dpia.sh" --help; then
  if grep -q 'org\.eclipse\.osgi\.launch\.Equinox source: shared objects file' "$tmp/class-load.log"; then
    pass "the framework's classes come from the class-data sharing archive ($(grep -c 'source: shared objects file' \
      "$tmp/class-load.log") of $(grep -c 'source:' "$tmp/class-load.log") classes of --help)"
  else
    fail "the framework's classes do not come from the class-data sharing archive: $(grep 'launch.Equinox ' "$tmp/class-load.log")"
  fi
fi

# one's own templates: a copy elsewhere is used (--templates, DPIA_TEMPLATES); a broken copy fails, naming it
cp -r "$product/templates" "$tmp/own-templates"
run own-option 0 -- "$product/dpia.sh" generate --out "$work/own-option" --templates "$tmp/own-templates" \
  && pass "generate --templates OWN"
run own-variable 0 "DPIA_TEMPLATES=$tmp/own-templates" -- "$product/dpia.sh" generate --out "$work/own-variable" \
  && pass "generate with DPIA_TEMPLATES=OWN"
cp -r "$tmp/own-templates" "$tmp/broken-templates"
rm "$tmp/broken-templates/dpia-report.sv.html"
if run broken-variable 1 "DPIA_TEMPLATES=$tmp/broken-templates" -- "$product/dpia.sh" generate --out "$work/broken"; then
  contains broken-variable "broken-templates" && pass "DPIA_TEMPLATES is read (a broken folder fails, named)"
fi
if run broken-option 1 -- "$product/dpia.sh" generate --out "$work/broken" --templates "$tmp/broken-templates"; then
  contains broken-option "broken-templates" && pass "--templates is read (a broken folder fails, named)"
fi

# DPIA_JAVA_OPTS reaches Java (a heap too small to start proves it)
if run java-opts 1 "DPIA_JAVA_OPTS=-Xmx1m" -- "$product/dpia.sh" check; then
  contains java-opts "heap" && pass "DPIA_JAVA_OPTS is passed to Java"
fi

# a Java older than 21 gets a clear message (only when such a Java is on this machine)
old_java=$(ls -d /usr/lib/jvm/java-17-openjdk-* 2>/dev/null | head -n 1 || true)
if [ -n "$old_java" ] && [ -x "$old_java/bin/java" ]; then
  [ -d "$product/jre" ] && mv "$product/jre" "$product/jre.off"
  if run old-java 2 "JAVA_HOME=$old_java" -- "$product/dpia.sh" check; then
    contains old-java "dpia.sh: needs Java 21 or newer" && pass "Java 17 is refused with a clear message"
  fi
  [ -d "$product/jre.off" ] && mv "$product/jre.off" "$product/jre"
fi

# a new assessment, made headless, checks and generates with no option or variable set
if run new 0 -- "$product/dpia.sh" new "$work/neu"; then
  code=0
  (cd "$work" && "${clean_env[@]}" "$product/dpia.sh" check "$work/neu") > "$tmp/new-check.out" 2>&1 || code=$?
  if [ "$code" -le 1 ]; then pass "dpia.sh new, then check (exit $code)"; else fail "check of a new assessment: exit $code"; fi
  (cd "$work/neu" && "${clean_env[@]}" "$product/dpia.sh" generate .) > "$tmp/new-generate.out" 2> "$tmp/new-generate.err" \
    && [ -s "$work/neu/out/konsekvensbedomning.pdf" ] \
    && pass "generate in a new assessment wrote $(wc -l < "$tmp/new-generate.out") documents" \
    || { fail "generate in a new assessment"; tail -n 20 "$tmp/new-generate.err" >&2; }
  rm -rf "$work/neu/out"
fi

# the workbench opens the example (it writes the file when the window answers input, then closes)
xvfb=()
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { fail "the workbench test needs a display or xvfb-run"; xvfb=(false); }
  [ "${xvfb[0]:-}" = false ] || xvfb=(xvfb-run -a -s "-screen 0 1600x1000x24")
fi
if [ "${xvfb[0]:-}" != false ]; then
  started="$tmp/workbench-started"
  if run workbench 0 "DPIA_JAVA_OPTS=-Ddpia.benchmark.startup=$started" -- \
      timeout 600 ${xvfb[@]+"${xvfb[@]}"} "$product/dpia-workbench.sh" "$product/examples/ange-trygghetskamera"; then
    if [ -s "$started" ]; then pass "dpia-workbench.sh opened the example"; else fail "the workbench did not signal a window"; fi
  fi
  # and generates from the product: File > Generate documents, run as a click runs it, on a new assessment's copy
  generated="$tmp/workbench-generated"
  if run workbench-generate 0 "DPIA_JAVA_OPTS=-Ddpia.selftest.generate=$generated" -- \
      timeout 600 ${xvfb[@]+"${xvfb[@]}"} "$product/dpia-workbench.sh" "$work/neu"; then
    # the report is konsekvensbedomning.pdf or dpia-report.pdf, by the workbench's language (the system's)
    report=$(grep -E "/(konsekvensbedomning|dpia-report)\.pdf$" "$generated" 2>/dev/null | head -n 1 || true)
    if [ "$(head -n 1 "$generated" 2>/dev/null)" = ok ] && [ -n "$report" ] && [ -s "$report" ]; then
      pass "the workbench generated $(($(wc -l < "$generated") - 1)) documents from the product"
    else
      fail "the workbench's Generate documents: $(cat "$generated" 2>/dev/null || echo 'no result written')"
    fi
  fi
fi

if [ "$failures" != 0 ]; then
  echo "test-archive: $failures failure(s); the unpacked product and the outputs are in $tmp" >&2
  exit 1
fi
rm -rf "$tmp"
echo "test-archive: all passed"
