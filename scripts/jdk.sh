# shellcheck shell=bash
# Sourced by ./goj, scripts/test and .ci/run: exports JAVA_HOME for a JDK >= 25.
# Order: $JAVA_HOME if it is >= 25; else the newest JDK >= 25 in the usual install places;
# else a clear error naming the Java goj needs.
GOJ_JAVA_MIN=25

# goj_jdk_major DIR: prints the feature version of the JDK in DIR (from its release file), or nothing.
goj_jdk_major() {
  local rel="$1/release" v
  [[ -x "$1/bin/java" && -x "$1/bin/javac" && -f "$rel" ]] || return 0
  v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$rel" | head -n 1)
  [[ "$v" == 1 ]] && v=8
  printf '%s' "$v"
}

goj_find_jdk() {
  local m
  if [[ -n "${JAVA_HOME:-}" ]]; then
    m=$(goj_jdk_major "$JAVA_HOME")
    if [[ -n "$m" && "$m" -ge $GOJ_JAVA_MIN ]]; then export JAVA_HOME; return 0; fi
  fi
  local best="" bestm=0 d
  for d in /usr/lib/jvm/* /usr/local/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /opt/*jdk* \
           "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
           /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [[ -d "$d" ]] || continue
    m=$(goj_jdk_major "$d")
    if [[ -n "$m" && "$m" -ge $GOJ_JAVA_MIN && "$m" -gt $bestm ]]; then best=$d; bestm=$m; fi
  done
  if [[ -z "$best" ]]; then
    echo "goj: needs a JDK $GOJ_JAVA_MIN or newer (found none in \$JAVA_HOME or /usr/lib/jvm);" \
         "install one (for example Temurin 25) and set JAVA_HOME to it" >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
