#!/bin/sh
# Starts the DPIA Workbench from the unpacked product.
#   ./dpia-workbench.sh [FOLDER] [-nl sv|en] [-data WORKSPACE]    FOLDER: the assessment to open; -nl: the language
# Java: the runtime in jre/ beside this script when there is one, else $JAVA_HOME, else java on the PATH (21 or newer).
# Templates: $DPIA_TEMPLATES, else the ones built in (templates/ beside this script is a copy to start one's own from).
# DPIA_JAVA_OPTS adds options to Java (e.g. -Xmx4g).
# The native Eclipse launcher is not on Maven Central, so the product starts through the launcher jar.
self=$(basename "$0")
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
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "$self: the workbench needs a display; run it on a desktop, or under Xvfb: xvfb-run -a $0" >&2
  exit 2
fi
# the caller's arguments follow ours, so a second -data replaces the default workspace; -nl sv|en is read by the framework
set -- "-Ddpia.example=$here/examples/ange-trygghetskamera" "-Ddpia.program=$self" \
  "-Dlog4j.configuration=file:$here/log4j.properties" "-Djava.util.logging.config.file=$here/logging.properties" \
  -jar "$launcher" -application se.dpia.app.workbench -data "$HOME/.dpia-workbench/workspace" "$@"
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
    set -- "-XX:SharedArchiveFile=$cds/dpia-workbench-java$version.jsa" -XX:+AutoCreateSharedArchive "-Xlog:$quiet" "$@"
  fi
fi
# C2 later (ten times Java's thresholds): on two cores it does not take a core from the start-up for code it leaves
# soon after, and still compiles what stays hot (the editor's revalidation, a long generation)
c2_later="-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000"
c2_later="$c2_later -XX:Tier4BackEdgeThreshold=400000"
# DPIA_JAVA_OPTS after -Xmx2g and ours, so its options win; split at spaces like a shell word list
# shellcheck disable=SC2086
exec "$java" -Xmx2g $c2_later ${DPIA_JAVA_OPTS:-} "$@"
