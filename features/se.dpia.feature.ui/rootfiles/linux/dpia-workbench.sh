#!/bin/sh
# Starts the DPIA Workbench from the unpacked product; needs Java 21 or newer (JAVA_HOME, or java on the PATH).
#   ./dpia-workbench.sh [FOLDER] [-nl sv|en] [-data WORKSPACE]    FOLDER: the assessment to open; -nl: the language
# The native Eclipse launcher is not on Maven Central, so the product starts through the launcher jar.
here=$(cd "$(dirname "$0")" && pwd)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
launcher=$(ls "$here"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
if [ -z "$launcher" ]; then
  echo "dpia-workbench: no plugins/org.eclipse.equinox.launcher_*.jar under $here: run the script inside the unpacked product" >&2
  exit 2
fi
version=$("$java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
if [ -z "$version" ] || [ "$version" -lt 21 ]; then
  echo "dpia-workbench: needs Java 21 or newer, and '$java' is ${version:-not runnable}: set JAVA_HOME to a JDK 21+" >&2
  exit 2
fi
# the caller's arguments follow ours, so a second -data replaces the default workspace; -nl sv|en is read by the framework
set -- "-Dlog4j.configuration=file:$here/log4j.properties" -jar "$launcher" -application se.dpia.app.workbench \
  -data "$HOME/.dpia-workbench/workspace" "$@"
# Java 24+ warns about the libraries' use of Unsafe and native access unless allowed
[ "$version" -ge 24 ] && set -- --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED "$@"
exec "$java" -Xmx2g "$@"
