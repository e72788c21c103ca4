#!/usr/bin/env bash
# Startup benchmark: time from launching a process to a usable workbench window, for a county build and for a
# bare e4 window from the same installation, in the same run. Reports medians and the ratio.
#   benchmarks/startup.sh [RUNS] [COUNTY]     default 7 runs, danfeng; needs a built archive (./jiandu-test or ./jiandu)
#   STARTUP_NO_AOT=1 leaves the runtime's AOT cache out (both windows), to see what it gives.
# "Usable" = the workbench has posted UILifeCycle.APP_STARTUP_COMPLETE (window shown, parts created); both apps
# record that moment with the same addon (org.jiandu.app.StartupMarkerAddon). The county run logs in through
# JIANDU_USER/JIANDU_PASSWORD, opens its H2 database (demo data loaded once beforehand) and builds the tree.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
RUNS=${1:-7}
COUNTY=${2:-danfeng}
. "$ROOT/.ci/java-home.sh"
archive="$ROOT/releng/org.jiandu.products/target/products/jiandu-$COUNTY-linux.gtk.x86_64.tar.gz"
[ -f "$archive" ] || { echo "startup: build first (./jiandu-test or ./jiandu): $archive is missing" >&2; exit 2; }
WORK=$(mktemp -d)
xvfb=""
trap '[ -n "$xvfb" ] && kill $xvfb 2>/dev/null; rm -rf "$WORK"' EXIT
tar --warning=no-unknown-keyword -xzf "$archive" -C "$WORK"
APP="$WORK/jiandu"
if [ -z "${DISPLAY:-}" ]; then
  d=$(( (RANDOM % 300) + 500 )); while [ -e /tmp/.X11-unix/X$d ]; do d=$((d + 1)); done
  Xvfb :$d -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
  for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$d ] && break; sleep 0.1; done
  export DISPLAY=:$d
fi
# the Java the start script would use: the archive's own runtime with its AOT cache, else the build's JDK
JAVA="$APP/jre/bin/java"; [ -x "$JAVA" ] || JAVA="$JAVA_HOME/bin/java"
LAUNCHER=$(ls "$APP"/plugins/org.eclipse.equinox.launcher_*.jar | head -1)
# the start script's own JVM options (the AOT cache is used only with the options it was made with); an archive built
# before the script could say them would open its window here instead, and wait for ever
grep -q JIANDU_JVM_OPTIONS_ONLY "$APP/jiandu" \
  || { echo "startup: $archive is older than this benchmark: build it again (./jiandu-test or ./jiandu)" >&2; exit 2; }
JOPTS=$(JIANDU_JVM_OPTIONS_ONLY=1 "$APP/jiandu")
[ "$JAVA" = "$APP/jre/bin/java" ] && [ -f "$APP/jre/lib/jiandu.aot" ] && [ -z "${STARTUP_NO_AOT:-}" ] \
  && JOPTS="$JOPTS -XX:AOTCache=$APP/jre/lib/jiandu.aot -Xlog:aot=off"
# a new data directory is not set up (setup, issue 1): load the demo installation once, outside the timing
"$APP/jiandu" demo-data --county "$COUNTY" --data "$WORK/data" >/dev/null

now_ms() { date +%s%3N; }
# run_once KIND → prints milliseconds from launch to the startup marker
run_once() {
  local marker="$WORK/marker" t0 pid
  rm -f "$marker"
  t0=$(now_ms)
  if [ "$1" = county ]; then
    JIANDU_USER=county JIANDU_PASSWORD=jiandu-demo "$JAVA" $JOPTS -Djiandu.startupMarker="$marker" -jar "$LAUNCHER" \
      -install "$APP" --data "$WORK/data" >/dev/null 2>&1 &
  else
    "$JAVA" $JOPTS -Djiandu.startupMarker="$marker" -jar "$LAUNCHER" -install "$APP" \
      -application org.eclipse.e4.ui.workbench.swt.E4Application -applicationXMI org.jiandu.app/Bare.e4xmi \
      -data "$WORK/bare" >/dev/null 2>&1 &
  fi
  pid=$!
  for _ in $(seq 1200); do [ -s "$marker" ] && break; sleep 0.05; done
  local t1; t1=$(cat "$marker" 2>/dev/null || echo "")
  kill $pid 2>/dev/null; wait $pid 2>/dev/null || true
  [ -n "$t1" ] || { echo "startup: $1 run never became usable" >&2; exit 1; }
  echo $(( t1 - t0 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

county=(); bare=()
run_once bare >/dev/null; run_once county >/dev/null   # warm the OS file cache once for both
for i in $(seq "$RUNS"); do   # interleaved, so drift on the machine hits both alike
  bare+=("$(run_once bare)")
  county+=("$(run_once county)")
done
mb=$(printf '%s\n' "${bare[@]}" | median)
mc=$(printf '%s\n' "${county[@]}" | median)
echo "startup ($RUNS runs each, $(nproc) cores, $("$JAVA" -version 2>&1 | head -1))"
echo "  bare e4 window:        median ${mb} ms   runs: ${bare[*]}"
echo "  $COUNTY county build:  median ${mc} ms   runs: ${county[*]}"
awk -v c="$mc" -v b="$mb" 'BEGIN { printf "  ratio county/bare:    %.2f\n", c / b }'
