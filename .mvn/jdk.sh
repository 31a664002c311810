# Sourced by mvnw and .ci/run (POSIX sh). `certstats_select_jdk <project root>` points JAVA_HOME at a
# JDK of the release the build targets (the pom's maven.compiler.release), or stops with one line
# saying what to install. The project's machines have Java 17 as `java` and a Temurin 25 beside it,
# so the default `java` is not enough: JAVA_HOME is kept when it already is such a JDK, then the
# `javac` on the PATH is tried, then the usual JDK folders (Debian/Ubuntu, SDKMAN, macOS).

# The feature release (25, 17, ...) of the JDK at $1, or nothing when $1 is not a JDK.
certstats_jdk_feature() {
  [ -x "$1/bin/javac" ] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null
}

certstats_select_jdk() {
  release=$(sed -n 's:.*<maven.compiler.release>\([0-9]*\)</maven.compiler.release>.*:\1:p' "$1/pom.xml" | head -n 1)
  path_jdk=
  if command -v javac >/dev/null 2>&1; then
    path_jdk=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  fi
  for candidate in "${JAVA_HOME:-}" "$path_jdk" /usr/lib/jvm/*-"$release"-* /usr/lib/jvm/*-"$release" \
      "$HOME"/.sdkman/candidates/java/"$release".* /Library/Java/JavaVirtualMachines/*-"$release"*/Contents/Home; do
    if [ -n "$candidate" ] && [ "$(certstats_jdk_feature "$candidate")" = "$release" ]; then
      JAVA_HOME=$candidate
      export JAVA_HOME
      return 0
    fi
  done
  echo "certstats needs a JDK $release: none in JAVA_HOME, on the PATH or under /usr/lib/jvm; install one (e.g. Temurin $release) and set JAVA_HOME to it" >&2
  return 1
}
