#!/usr/bin/env bash
# The training run of the Linux runtime's AOT cache (jre/lib/jiandu.aot), called by jre.xml once the runtime is in
# every Linux product: trains on the full product and copies the cache into each Linux product.
#   aot-training.sh PRODUCTS_DIR WORK_DIR
# With Xvfb the training is the workbench's own start: demo data made on a new directory, then the window opened on a
# virtual display with a login from the environment and the first screen shown, then ended (TERM). Without Xvfb it is
# the command line's demo-data alone, whose cache holds no class of the window. See jre.xml for what the cache holds.
set -eu
products=$1
w=$2
d=$products/org.jiandu.product.full/linux/gtk/x86_64/jiandu
[ -d "$d" ] || d=$(ls -d "$products"/*/linux/gtk/x86_64/jiandu | head -n 1)
java=$d/jre/bin/java
v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$d/jre/release")
if [ "$v" -lt 25 ]; then
  echo "jiandu: Java $v makes no AOT cache (25 or newer does)"
  exit 0
fi
# the JVM checks the launcher jar's size and time against the cache: every product gets the trained one's time
launcher=$(ls "$d"/plugins/org.eclipse.equinox.launcher_*.jar)
for o in "$products"/*/linux/gtk/x86_64/jiandu/plugins/org.eclipse.equinox.launcher_*.jar; do
  touch -r "$launcher" "$o"
done
# the JVM options of the start script (features/org.jiandu.core.feature/rootfiles/jiandu): a cache made with other
# module options would not be used
JOPTS=$(JIANDU_JVM_OPTIONS_ONLY=1 "$d/jiandu")
[ -n "$JOPTS" ] || { echo "jiandu: $d/jiandu gave no JVM options"; exit 1; }
log=$w/training.log
# launch OPTIONS... -- ARGS...: becomes the product's JVM over a configuration of the work folder's own (in a subshell)
launch() {
  local opts=()
  while [ "$1" != "--" ]; do opts+=("$1"); shift; done
  shift
  export HOME="$w"
  # shellcheck disable=SC2086
  exec "$java" $JOPTS "${opts[@]}" -Duser.home="$w" -Dosgi.sharedConfiguration.area="$d/configuration" \
    -Dosgi.configuration.cascaded=true -jar "$launcher" -install "$d" -configuration "$w/configuration" "$@"
}
failed() {
  echo "jiandu: the AOT training run failed ($1):"
  tail -n 20 "$log"
  exit 1
}

# the command line's demo-data, which also makes the demo installation the workbench's training starts on
demo_data() {
  # the demo accounts' password as the workbench's login gives it, whatever the builder's environment holds
  (unset JIANDU_USER; export JIANDU_PASSWORD=jiandu-demo
    launch "$@" -Djava.awt.headless=true -- -application org.jiandu.cli.app -nosplash demo-data --data "$w/data") \
    >>"$log" 2>&1 || failed "demo-data"
}

# a display of its own, never the desktop of whoever builds: sets display (its number) and xvfb (its process), or
# fails when Xvfb is missing or did not start. Xvfb picks a free number itself (-displayfd): no race with another
# Xvfb starting beside it, as jiandu-test's does.
start_xvfb() {
  command -v Xvfb >/dev/null 2>&1 || return 1
  local i=0
  : >"$w/display"
  Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp 3>"$w/display" >"$w/xvfb.log" 2>&1 &
  xvfb=$!
  while [ ! -s "$w/display" ]; do
    kill -0 "$xvfb" 2>/dev/null && [ $i -lt 100 ] || { echo "jiandu: Xvfb did not start: $(tail -n 1 "$w/xvfb.log")"; return 1; }
    sleep 0.1
    i=$((i + 1))
  done
  display=$(tr -dc 0-9 <"$w/display")
}

xvfb=""
gui=""
trap '[ -n "$gui" ] && kill "$gui" 2>/dev/null; [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null && wait "$xvfb"' EXIT
: >"$log"
if ! start_xvfb; then
  echo "jiandu: no Xvfb to run the workbench in, so the AOT cache is trained on the command line alone; with Xvfb (apt-get install xvfb) it is trained on the workbench's start, whose window then opens about 0.3 s sooner"
  demo_data -XX:AOTCacheOutput="$w/jiandu.aot" -Xlog:aot=off
else
  demo_data
  marker=$w/startup.marker
  # X11 on the virtual display only: GTK would prefer a Wayland session of the builder's desktop
  (unset WAYLAND_DISPLAY; export GDK_BACKEND=x11 DISPLAY=":$display" JIANDU_USER=county JIANDU_PASSWORD=jiandu-demo
    launch -XX:AOTCacheOutput="$w/jiandu.aot" -Xlog:aot=off -Djiandu.startupMarker="$marker" -- --data "$w/data") \
    >>"$log" 2>&1 &
  gui=$!
  i=0
  while [ ! -s "$marker" ]; do
    kill -0 "$gui" 2>/dev/null || failed "the workbench ended before its window was usable"
    [ $i -lt 1800 ] || failed "no usable window within three minutes"
    sleep 0.1
    i=$((i + 1))
  done
  # what the first seconds after the window load too (the archive folders are watched 3 s after the login)
  sleep 4
  kill -TERM "$gui"
  # the JVM writes the cache as it exits, in a second JVM it starts for that: bounded, a hung exit fails the build
  i=0
  while kill -0 "$gui" 2>/dev/null; do
    [ $i -lt 1800 ] || { kill -KILL "$gui"; failed "the workbench did not end within three minutes of TERM"; }
    sleep 0.1
    i=$((i + 1))
  done
  wait "$gui" || true
  gui=""
fi
[ -s "$w/jiandu.aot" ] || failed "no cache was written"
for o in "$products"/*/linux/gtk/x86_64/jiandu; do
  cp "$w/jiandu.aot" "$o/jre/lib/jiandu.aot"
done
