# Sourced by ./dpia and ./run-tests: finds a JDK 21 or newer and exports JAVA_HOME, or says what to do.
# a JDK's release file names its version without starting Java, which would cost every ./dpia command 0.1 s
dpia_java_version() {
  local version
  version=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9.]*\).*/\1/p' "$1/release" 2>/dev/null)
  [ -n "$version" ] && { echo "$version"; return; }
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
}
dpia_find_java() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$(dpia_java_version "$candidate")
    if [ -n "$version" ] && [ "${version%%.*}" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      DPIA_JAVA_VERSION=${version%%.*}
      return 0
    fi
  done
  echo "dpia: needs a JDK 21 or newer and found none (looked at JAVA_HOME and /usr/lib/jvm/*)." >&2
  echo "dpia: install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+, or set JAVA_HOME to it." >&2
  return 1
}
