# Sourced by ./jiandu, ./jiandu-test and .ci/run: picks a JDK >= 21 into JAVA_HOME.
# JAVA_HOME first (if it is new enough), then the newest JDK under /usr/lib/jvm, then java on PATH.
_jiandu_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | sed 's/^1\.//' | cut -d. -f1
}
_jiandu_pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(_jiandu_major "$JAVA_HOME/bin/java"); [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null && return 0
  fi
  best=""; bestv=0
  for d in /usr/lib/jvm/*/; do
    [ -x "$d/bin/javac" ] || continue
    v=$(_jiandu_major "$d/bin/java")
    if [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null && [ "$v" -gt "$bestv" ]; then best=${d%/}; bestv=$v; fi
  done
  if [ -n "$best" ]; then export JAVA_HOME="$best"; return 0; fi
  if command -v javac >/dev/null 2>&1; then
    j=$(readlink -f "$(command -v javac)"); j=${j%/bin/javac}
    v=$(_jiandu_major "$j/bin/java"); [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null && { export JAVA_HOME="$j"; return 0; }
  fi
  echo "jiandu: a JDK 21 or newer is needed to build, and none was found (JAVA_HOME, /usr/lib/jvm, PATH)." >&2
  echo "jiandu: install one, e.g. apt-get install openjdk-21-jdk or Temurin 25, and set JAVA_HOME." >&2
  return 1
}
_jiandu_pick_jdk
