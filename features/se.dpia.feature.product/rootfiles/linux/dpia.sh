#!/bin/sh
# The DPIA Workbench's command line from the unpacked product.
#   ./dpia.sh generate|check|screen|threats|consent|approve|diff [DIR] [options] [-nl sv|en]    ./dpia.sh --help
# Java: the runtime in jre/ beside this script when there is one, else $JAVA_HOME, else java on the PATH (21 or newer).
# Templates: --templates DIR, else $DPIA_TEMPLATES, else the ones built in (templates/ beside this script is a copy to
# start one's own from). Without DIR the commands use the bundled example (examples/ange-trygghetskamera).
# DPIA_JAVA_OPTS adds options to Java (e.g. -Xmx4g).
self=$(basename "$0")
# the kind of command names its class-data sharing archive (below): an archive holds what the first run of its kind
# loaded, and --help loads a sixth of the classes generate does
case "${1:-}" in
  generate) kind=cli-generate ;;
  ""|-h|--help|help|--version) kind=cli-help ;;
  *) kind=cli ;;
esac
here=$(cd "$(dirname "$0")" && pwd -P)
if [ -x "$here/jre/bin/java" ]; then
  java="$here/jre/bin/java"
else
  java=${JAVA_HOME:+$JAVA_HOME/bin/}java
fi
launcher=$(ls "$here"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
if [ -z "$launcher" ]; then
  echo "$self: no plugins/org.eclipse.equinox.launcher_*.jar under $here: run the script inside the unpacked product" >&2
  exit 2
fi
# the runtime's release file names its version without starting Java (which costs a command about 0.1 s)
version=""
release="${java%/bin/java}/release"
[ "$java" != java ] && [ -f "$release" ] && version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
[ -n "$version" ] || version=$("$java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
if [ -z "$version" ] || [ "$version" -lt 21 ]; then
  echo "$self: needs Java 21 or newer, and '$java' is ${version:+Java }${version:-not runnable}: install a Java 21+ (e.g. Eclipse Temurin 21) and set JAVA_HOME to it" >&2
  exit 2
fi
# the command line's own configuration: only the headless bundles it needs, no SWT, JFace or e4 bundle (the build
# writes configuration-cli/ beside the workbench's configuration/). The framework keeps its state there; when the
# product folder is read-only, in the user's cache folder, reading the product's configuration as its shared one
config="$here/configuration-cli"
[ -w "$config" ] || config="${XDG_CACHE_HOME:-$HOME/.cache}/dpia-workbench/$(printf %s "$here" | cksum | cut -d ' ' -f 1)/configuration-cli"
set -- "-Ddpia.example=$here/examples/ange-trygghetskamera" "-Ddpia.program=$self" \
  "-Dlog4j.configuration=file:$here/log4j.properties" "-Djava.util.logging.config.file=$here/logging.properties" \
  -jar "$launcher" -configuration "$config" -application se.dpia.cli.dpia -data @none -nosplash "$@"
[ "$config" = "$here/configuration-cli" ] \
  || set -- "-Dosgi.sharedConfiguration.area=$here/configuration-cli" -Dosgi.configuration.cascaded=true "$@"
# one's own templates: DPIA_TEMPLATES, else the templates built into the product (templates/ holds a copy to start from)
[ -n "${DPIA_TEMPLATES:-}" ] && set -- "-Ddpia.templates=$DPIA_TEMPLATES" "$@"
# Java 24+ warns about the libraries' use of Unsafe and native access unless allowed
[ "$version" -ge 24 ] && set -- --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED "$@"
# class-data sharing: the first run keeps the classes Java loaded in an archive, which later starts map instead of
# loading them again; Java remakes it at exit when it no longer fits (another Java, another product). It is kept beside
# the product when the product folder may be written, else in the user's cache folder. DPIA_CDS=off starts without.
if [ "${DPIA_CDS:-on}" != off ]; then
  cds="$here/configuration"
  [ -w "$cds" ] || cds="${XDG_CACHE_HOME:-$HOME/.cache}/dpia-workbench/$(printf %s "$here" | cksum | cut -d ' ' -f 1)"
  if mkdir -p "$cds" 2>/dev/null && [ -w "$cds" ]; then
    # CDS's messages are off (the runtime's archive was made without --enable-native-access, so the module graph is
    # not shared, which Java would tell on standard output, the commands' own); Java 24 calls some of them aot, a tag
    # Java 21 refuses
    quiet="cds*=off"
    [ "$version" -ge 24 ] && quiet="$quiet,aot*=off"
    set -- "-XX:SharedArchiveFile=$cds/dpia-$kind-java$version.jsa" -XX:+AutoCreateSharedArchive "-Xlog:$quiet" "$@"
  fi
fi
# a command runs for seconds: compiled by C1 only, it spends the CPU on its work rather than on C2 compiling code it
# leaves soon after (on 5,000 risks C1 was faster: 21 s against 29 s); DPIA_JAVA_OPTS=-XX:TieredStopAtLevel=4
# brings C2 back.
# DPIA_JAVA_OPTS after -Xmx2g, so its -Xmx wins; split at spaces like a shell word list
# shellcheck disable=SC2086
exec "$java" -Xmx2g -XX:TieredStopAtLevel=1 ${DPIA_JAVA_OPTS:-} "$@"
