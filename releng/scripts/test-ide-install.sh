#!/usr/bin/env bash
# The IDE install test, run by the build (releng/se.dpia.repository, integration-test phase) after the p2 director
# installed the update site's se.dpia.feature.ui into the bare Eclipse platform (platform.product). It checks that
#  - the update site's features include none of the platform's pieces and require the platform with version ranges,
#    not exact versions, and carry no root files;
#  - the install put our plug-ins into the platform's configuration;
#  - the command line runs from the result: check and generate on the example.
# Any failure fails the build.
#   test-ide-install.sh PLATFORM_DIR REPOSITORY_DIR EXAMPLE_DIR TEMPLATES_DIR
set -euo pipefail
absolute() { (cd "$1" && pwd); }
platform=$(absolute "$1") repository=$(absolute "$2") example=$(absolute "$3") templates=$(absolute "$4")
failures=0
fail() { echo "test-ide-install: FAILED: $*" >&2; failures=$((failures + 1)); }
pass() { echo "test-ide-install: ok: $*"; }

# the update site's metadata: what se.dpia.feature.ui and .runtime require
content=$(mktemp)
if [ -f "$repository/content.jar" ]; then unzip -p "$repository/content.jar" content.xml > "$content"
elif [ -f "$repository/content.xml.xz" ]; then xz -dc "$repository/content.xml.xz" > "$content"
else cp "$repository/content.xml" "$content"; fi
python3 - "$content" <<'PY' || failures=$((failures + 1))
import re, sys
import xml.etree.ElementTree as ET
units = {u.get('id'): u for u in ET.parse(sys.argv[1]).getroot().iter('unit')}
platform = re.compile(r'org\.eclipse\.(swt\.|equinox\.launcher|equinox\.simpleconfigurator|ui\.ide\.application|e4\.ui\.swt\.gtk|ui\.themes)|com\.github\.weisj\.jsvg')
# the libraries our features include (at the versions we built with), POI's among them: exact versions are right there
ours = re.compile(r'se\.dpia\.|org\.eclipse\.(elk|jgit)\.?|io\.github\.openhtmltopdf|org\.apache\.pdfbox\.xmpbox|de\.rototor|com\.samskivert|net\.sf\.jasperreports|com\.googlecode\.javaewah|org\.apache\.commons\.commons-codec|slf4j\.'
                  r'|org\.apache\.(poi|xmlbeans|logging\.log4j)|com\.zaxxer\.sparsebitset|com\.github\.virtuald\.curvesapi'
                  r'|org\.apache\.commons\.(commons-collections4|commons-compress|lang3|math3|commons-io)$')
bad = []
for feature in ('se.dpia.feature.ui.feature.group', 'se.dpia.feature.runtime.feature.group'):
    unit = units.get(feature)
    if unit is None:
        bad.append('no ' + feature + ' on the update site'); continue
    for req in unit.iter('required'):
        name, rng = req.get('name'), req.get('range', '0.0.0')
        exact = re.fullmatch(r'\[([^,]+),\1\]', rng) is not None
        if platform.match(name):
            bad.append(f'{feature} requires the platform piece {name} {rng}')
        elif exact and not ours.match(name) and not name.endswith('.feature.jar') and not name.startswith(feature.rsplit('.feature.group')[0]):
            bad.append(f'{feature} requires {name} at exactly {rng}')
for uid in units:
    if uid.startswith(('se.dpia.feature.ui', 'se.dpia.feature.runtime')) and '.rootfiles' in uid:
        bad.append(f'the update site feature has root files: {uid}')
for b in bad:
    print('test-ide-install: FAILED: ' + b, file=sys.stderr)
if not bad:
    print('test-ide-install: ok: the update site\'s features require the platform with ranges and include none of it')
sys.exit(1 if bad else 0)
PY
rm -f "$content"

# the install put our plug-ins into the platform's configuration
info="$platform/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
for bundle in se.dpia.cli se.dpia.app se.dpia.rules org.eclipse.xtext org.apache.pdfbox; do
  grep -q "^$bundle," "$info" || fail "$bundle is not in the platform's configuration after the install"
done
[ "$failures" = 0 ] && pass "se.dpia.feature.ui installed into the platform with the p2 director"

# the command line runs from the result, in a working directory of its own
source "$(dirname "${BASH_SOURCE[0]}")/java.sh"
dpia_find_java >/dev/null
launcher=$(ls "$platform"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
work=$(mktemp -d "${TMPDIR:-/tmp}/dpia-ide-install.XXXXXX")
vmargs=(-Xmx1g)
[ "$DPIA_JAVA_VERSION" -ge 24 ] && vmargs+=(--sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED)
dpia() { (cd "$work" && "$JAVA_HOME/bin/java" "${vmargs[@]}" -jar "$launcher" -application se.dpia.cli.dpia \
  -data @none -nosplash "$@"); }
# check exits 1 when the model has errors (the example has one); it ran when it listed the problems, one per line
code=0
dpia check "$example" > "$work/check.out" 2> "$work/check.err" || code=$?
if [ "$code" -le 1 ] && grep -qE '^/.*: (error|warning): .+ \[[a-z0-9-]+\]$' "$work/check.out"; then
  pass "check runs from the platform with the feature installed ($(wc -l < "$work/check.out") problems listed, exit $code)"
else
  fail "check from the platform failed (exit $code):"; tail -n 30 "$work/check.out" "$work/check.err" >&2
fi
if dpia generate "$example" --templates "$templates" --out "$work/out" > "$work/generate.out" 2>&1 \
    && [ -n "$(find "$work/out" -name '*.pdf')" ]; then
  pass "generate runs from the platform with the feature installed"
else
  fail "generate from the platform failed:"; tail -n 30 "$work/generate.out" >&2
fi

if [ "$failures" != 0 ]; then
  echo "test-ide-install: $failures failure(s); outputs in $work" >&2
  exit 1
fi
rm -rf "$work"
echo "test-ide-install: all passed"
