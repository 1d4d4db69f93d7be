#!/bin/sh
# Starts the DPIA workbench from an unpacked product; needs Java 21 or newer (JAVA_HOME or java on the PATH).
here=$(cd "$(dirname "$0")" && pwd)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
exec "$java" -Xmx2g -jar "$here"/plugins/org.eclipse.equinox.launcher_*.jar \
  -application se.dpia.app.workbench -data "$HOME/.dpia-workbench/workspace" "$@"
