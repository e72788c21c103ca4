#!/usr/bin/env bash
# End-to-end checks of the built archives, the way a county's IT person uses them: unpack, run the start
# script on a fresh data directory, read the JSON. Prints "N passed, N failed" and exits non-zero on a failure.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
PRODUCTS="$ROOT/releng/org.jiandu.products/target/products"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
. "$ROOT/.ci/checks.sh"

# every build of releng/county-builds.properties × (Linux tar.gz, Windows zip), each with both start scripts
prop() { sed -n "s/^$1 *= *//p" "$ROOT/releng/county-builds.properties"; }
for p in $(prop builds); do
  t="$PRODUCTS/jiandu-$p-linux.gtk.x86_64.tar.gz"; z="$PRODUCTS/jiandu-$p-win32.win32.x86_64.zip"
  check "archive $p (linux) has jiandu and jiandu.bat" bash -c "tar --warning=no-unknown-keyword -tzf '$t' 2>/dev/null | grep -q '^jiandu/jiandu$' && tar --warning=no-unknown-keyword -tzf '$t' 2>/dev/null | grep -q '^jiandu/jiandu.bat$'"
  check "archive $p (linux) lists without a warning from GNU tar" bash -c "[ -z \"\$(tar -tzf '$t' 2>&1 >/dev/null)\" ]"
  check "archive $p (windows) has jiandu.bat and the win32 launcher" bash -c "unzip -l '$z' | grep -q 'jiandu/jiandu.bat' && unzip -l '$z' | grep -q 'launcher.win32'"
  check "archive $p is branded for its county" bash -c "tar --warning=no-unknown-keyword -xzOf '$t' jiandu/configuration/config.ini | grep -q 'jiandu.county=$(prop $p.county)'"
  check "archive $p holds the modules of its build and no other" bash -c "list=\$(tar --warning=no-unknown-keyword -tzf '$t' 2>/dev/null | sed -n 's|^jiandu/plugins/org\.jiandu\.\([a-z]*\)_.*|\1|p; s|^jiandu/plugins/org\.jiandu\.\([a-z]*\)\.ui_.*|\1|p' | grep -vxE \"\$(sed -n 's/.*plugin id=\"org\.jiandu\.\([a-z]*\)[.\"].*/\1/p' '$ROOT/features/org.jiandu.core.feature/feature.xml' | sort -u | paste -sd'|')\" | sort -u | tr '\n' ' '); [ \"\$list\" = \"\$(echo $(prop $p.modules) | tr ' ' '\n' | sort -u | tr '\n' ' ')\" ]"
done

# The Java runtime of the Linux archives (jre/): in each, executable, the build's own Java; none in the Windows zips,
# which carry the shortcut script and icon instead; it has every module the plugins need (jdeps); and an installation
# starts and works on a machine where no Java is installed (no JAVA_HOME, no java on PATH).
BUILD_JDK=$( . "$ROOT/.ci/java-home.sh" >/dev/null 2>&1 && echo "$JAVA_HOME")
BUILD_JAVA_VERSION=$(sed -n 's/^JAVA_VERSION="*\([^"]*\)"*$/\1/p' "$BUILD_JDK/release" 2>/dev/null)
for p in $(prop builds); do
  t="$PRODUCTS/jiandu-$p-linux.gtk.x86_64.tar.gz"; z="$PRODUCTS/jiandu-$p-win32.win32.x86_64.zip"
  check "archive $p (linux) carries jre/bin/java, executable, of the build's Java ($BUILD_JAVA_VERSION)" bash -c "tar --warning=no-unknown-keyword -tvzf '$t' jiandu/jre/bin/java 2>/dev/null | grep -q '^-rwxr-xr-x' && [ -n '$BUILD_JAVA_VERSION' ] && tar --warning=no-unknown-keyword -xzOf '$t' jiandu/jre/release 2>/dev/null | grep -qx 'JAVA_VERSION=\"$BUILD_JAVA_VERSION\"'"
  check "archive $p (windows) has no jre/ but install-shortcut.ps1 and jiandu.ico" bash -c "! unzip -l '$z' | grep -q 'jiandu/jre/' && unzip -l '$z' | grep -q 'jiandu/install-shortcut.ps1' && unzip -l '$z' | grep -q 'jiandu/jiandu.ico'"
done
mkdir -p "$WORK/bare" "$WORK/nojre" && tar --warning=no-unknown-keyword -xzf "$PRODUCTS/jiandu-danfeng-linux.gtk.x86_64.tar.gz" -C "$WORK/bare" \
  && tar --warning=no-unknown-keyword -xzf "$PRODUCTS/jiandu-danfeng-linux.gtk.x86_64.tar.gz" -C "$WORK/nojre" --exclude=jiandu/jre
BARE="$WORK/bare/jiandu"; NOJRE="$WORK/nojre/jiandu/jiandu"
mods=$("$BARE/jre/bin/java" --list-modules 2>/dev/null | sed 's/@.*//')
need=$("$BUILD_JDK/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release "${BUILD_JAVA_VERSION%%.*}" "$BARE"/plugins/*.jar 2>/dev/null | tail -n 1)
# jdk.incubator.vector: Lucene's optional Panama code, used only with --add-modules, which the start scripts do not pass
missing=$(for m in ${need//,/ }; do echo "$mods" | grep -qx "$m" || [ "$m" = jdk.incubator.vector ] || printf '%s ' "$m"; done)
check "the bundled runtime has every module jdeps finds in the plugins${missing:+ (missing: $missing)}" bash -c "[ -n '$need' ] && [ -n '$mods' ] && [ -z '$missing' ]"
# a machine without Java: the environment holds only the few tools the start script uses
NOJAVA_PATH="$WORK/nojava-bin"; mkdir -p "$NOJAVA_PATH"
for tool in sh dirname sed cut ls head cksum mkdir uname; do ln -s "$(command -v $tool)" "$NOJAVA_PATH/$tool"; done
bare() { env -i HOME="$WORK/bare-home" LANG=C.UTF-8 PATH="$NOJAVA_PATH" ${DISPLAY:+DISPLAY=$DISPLAY} "$@"; }
check "no java is reachable in the bare environment (no JAVA_HOME, PATH has no java)" bash -c "! env -i PATH='$NOJAVA_PATH' sh -c 'command -v java || [ -n \"\$JAVA_HOME\" ]' >/dev/null"
bare sh -x "$BARE/jiandu" help >"$WORK/out" 2>"$WORK/err"; rc=$?
check "without any Java installed, help runs, on the bundled runtime" bash -c "[ $rc -eq 0 ] && grep -q '^  search QUERY' '$WORK/out' && grep -q \"^+ exec $BARE/jre/bin/java \" '$WORK/err'"
# the runtime's AOT cache is used where the archive was unpacked: with AOTMode=on the JVM refuses to start otherwise
bare "$(command -v env)" JAVA_TOOL_OPTIONS=-XX:AOTMode=on "$BARE/jiandu" help >"$WORK/out" 2>"$WORK/err"; rc=$?
check "the bundled runtime's AOT cache (jre/lib/jiandu.aot) is used by the start script" bash -c "[ $rc -eq 0 ] && grep -q '^  search QUERY' '$WORK/out' && [ -s '$BARE/jre/lib/jiandu.aot' ]"
bare "$BARE/jiandu" --data "$WORK/bare-data" --county danfeng demo-data >/dev/null 2>"$WORK/err"; rc=$?
out=$(bare JIANDU_USER=admin JIANDU_PASSWORD=jiandu-demo "$BARE/jiandu" --data "$WORK/bare-data" org stats --json 2>"$WORK/err")
check "without any Java installed, demo-data and org stats work" bash -c "[ $rc -eq 0 ] && echo '$out' | grep -q '\"villages\": 157'"
check "the bundled runtime has what Lucene looks up by reflection (no 'not based on Hotspot' warning)" bash -c "echo '$out' | grep -q villages && ! grep -q 'not based on Hotspot' '$WORK/err'"
if [ -n "${DISPLAY:-}" ]; then
  # env itself in the background (not the function bare): its pid becomes the script's, then java's
  env -i HOME="$WORK/bare-home" LANG=C.UTF-8 PATH="$NOJAVA_PATH" DISPLAY="$DISPLAY" JAVA_TOOL_OPTIONS="-Djiandu.startupMarker=$WORK/bare-started" \
    JIANDU_USER=admin JIANDU_PASSWORD=jiandu-demo "$BARE/jiandu" --data "$WORK/bare-data" >/dev/null 2>&1 &
  gui=$!
  for _ in $(seq 600); do [ -s "$WORK/bare-started" ] && break; sleep 0.1; done
  # the script waits for the workbench (it starts it again on a restart): the JVM is its child
  exe=$(readlink "/proc/$(pgrep -P $gui | head -n 1)/exe"); kill $gui 2>/dev/null; wait $gui 2>/dev/null
  check "without any Java installed, the workbench starts, on the bundled runtime" bash -c "[ -s '$WORK/bare-started' ] && [ '$exe' = '$BARE/jre/bin/java' ]"
else
  bad "without any Java installed: no DISPLAY to start the workbench on"
fi
bare "$NOJRE" help >/dev/null 2>"$WORK/err"; rc=$?
check "an installation without its runtime, on a machine without Java, says which Java to install (exit 9)" bash -c "[ $rc -eq 9 ] && grep -q 'Java 21 or newer is needed' '$WORK/err' && grep -q 'JAVA_HOME' '$WORK/err'"
JIANDU_JAVA=/nonexistent/java "$BARE/jiandu" help >/dev/null 2>"$WORK/err"; rc=$?
check "JIANDU_JAVA chooses the Java outright: a wrong one is refused naming it (exit 9)" bash -c "[ $rc -eq 9 ] && grep -q 'JIANDU_JAVA=/nonexistent/java' '$WORK/err'"

# the reduced build (an investigator's laptop: the case archive only) works on its own, and the modules it lacks
# leave no trace: no command or help line, no demo data, no table, nothing in the workbench's model
mkdir -p "$WORK/inv" && tar --warning=no-unknown-keyword -xzf "$PRODUCTS/jiandu-investigator-linux.gtk.x86_64.tar.gz" -C "$WORK/inv"
IJ="$WORK/inv/jiandu/jiandu"; ID="$WORK/inv-data"
"$IJ" help >"$WORK/out" 2>&1; rc=$?
check "reduced build: help lists search and case commands and nothing of the absent modules" bash -c "[ $rc -eq 0 ] && grep -q '^  search QUERY' '$WORK/out' && grep -q '^  case import' '$WORK/out' && ! grep -qE 'training|patrol|cleanunit|tasks' '$WORK/out'"
"$IJ" case --help >"$WORK/out" 2>&1; rc=$?
check "reduced build: COMMAND --help prints that module's lines only" bash -c "[ $rc -eq 0 ] && grep -q '^  case import' '$WORK/out' && ! grep -q 'setup' '$WORK/out'"
"$IJ" --data "$ID" --county danfeng demo-data >/dev/null 2>"$WORK/err"; rc=$?
check "reduced build: demo data loads" test $rc -eq 0
JIANDU_USER=admin JIANDU_PASSWORD=jiandu-demo "$IJ" --data "$ID" training compliance >/dev/null 2>"$WORK/err"; rc=$?
check "reduced build: an absent module's command is unknown (exit 2), in one line" bash -c "[ $rc -eq 2 ] && grep -q \"unknown command 'training'\" '$WORK/err' && [ \$(wc -l < '$WORK/err') -eq 1 ]"
JIANDU_USER=admin JIANDU_PASSWORD=jiandu-demo "$IJ" --data "$ID" bench >/dev/null 2>"$WORK/err"; rc=$?
check "reduced build: bench offers only the search benchmarks" bash -c "[ $rc -eq 2 ] && grep -q 'bench needs one of: query, search' '$WORK/err'"
mkdir -p "$WORK/inv-archive" && printf '调查人员笔记本上的谈话笔录,补贴5600元。' > "$WORK/inv-archive/笔录.txt"
JIANDU_USER=admin JIANDU_PASSWORD=jiandu-demo "$IJ" --data "$ID" index "$WORK/inv-archive" --township danfeng-t01 >/dev/null 2>&1
out=$(JIANDU_USER=admin JIANDU_PASSWORD=jiandu-demo "$IJ" --data "$ID" search 5600元 --json 2>/dev/null)
check "reduced build: indexing and search work" bash -c "echo '$out' | grep -q '笔录'"
tables=$(java -cp "$(ls "$WORK"/inv/jiandu/plugins/com.h2database_*.jar)" org.h2.tools.Shell -url "jdbc:h2:file:$ID/db/jiandu" -user sa -password '' \
  -sql "select table_name from information_schema.tables where table_schema = 'PUBLIC'" 2>&1)
check "reduced build: the database has the search tables and none of the absent modules" bash -c "echo '$tables' | grep -q '^ARCHIVE' && ! echo '$tables' | grep -qE '^(TR|PT|CU|TK)_'"
if [ -n "${DISPLAY:-}" ]; then
  JAVA_TOOL_OPTIONS="-Djiandu.startupMarker=$WORK/inv-started" JIANDU_USER=admin JIANDU_PASSWORD=jiandu-demo "$IJ" --data "$ID" >/dev/null 2>&1 &
  gui=$!
  for _ in $(seq 600); do [ -s "$WORK/inv-started" ] && break; sleep 0.1; done
  kill $gui 2>/dev/null; wait $gui 2>/dev/null
  check "reduced build: the workbench starts and its model has the search parts and nothing of the absent modules" bash -c "[ -s '$WORK/inv-started' ] && grep -q '^org.jiandu.search.ui.part.search$' '$WORK/inv-started.model' && ! grep -qE 'training|patrol|cleanunit|tasks' '$WORK/inv-started.model'"
else
  bad "reduced build: no DISPLAY to start the workbench on"
fi

mkdir -p "$WORK/app" && tar --warning=no-unknown-keyword -xzf "$PRODUCTS/jiandu-danfeng-linux.gtk.x86_64.tar.gz" -C "$WORK/app"
J="$WORK/app/jiandu/jiandu"
D="$WORK/data"

# a new data directory is not set up: every command says so and creates nothing
"$J" --data "$D" org stats --json >/dev/null 2>"$WORK/err"; rc=$?
check "a command on a new data directory exits 3 naming setup, creating nothing" bash -c "[ $rc -eq 3 ] && grep -q 'jiandu setup' '$WORK/err' && [ ! -e '$D' ]"

# a real installation: setup with the county's own administrator, no demo accounts, no generated data
R="$WORK/real"
printf 'short-pw\n' | "$J" --data "$R" setup --admin wang.li --password-stdin >/dev/null 2>"$WORK/err"; rc=$?
check "setup refuses a short administrator password (exit 7) and leaves the directory not set up" bash -c "[ $rc -eq 7 ] && grep -q '12' '$WORK/err' && ! JIANDU_USER=wang.li JIANDU_PASSWORD=x '$J' --data '$R' org stats >/dev/null 2>&1"
printf 'Lz7-qiao-bridge-river\n' | "$J" --data "$R" setup --admin wang.li --password-stdin --json >"$WORK/out" 2>"$WORK/err"; rc=$?
check "setup --admin sets up a real installation" bash -c "[ $rc -eq 0 ] && grep -q '\"administrator\": \"wang.li\"' '$WORK/out'"
out=$(JIANDU_USER=wang.li JIANDU_PASSWORD=Lz7-qiao-bridge-river "$J" --data "$R" org stats --json 2>/dev/null)
check "a real installation holds only its county until the jurisdiction is imported, and is not a demo" bash -c "echo '$out' | grep -q '\"counties\": 1' && echo '$out' | grep -q '\"townships\": 0' && echo '$out' | grep -q '\"demo\": false'"
check "the data directory and its database are for the owner only (0700/0600)" bash -c "[ \$(stat -c %a '$R') = 700 ] && [ \$(stat -c %a '$R/db') = 700 ] && [ \$(stat -c %a '$R/db/jiandu.mv.db') = 600 ] && [ -z \"\$(find '$R' -perm /077)\" ]"
# an installation unpacked by an administrator, read-only for users: every user runs it with OSGi state of their own
if [ "$(id -u)" = 0 ] && command -v runuser >/dev/null; then
  id jiandu-smoke >/dev/null 2>&1 || useradd -m jiandu-smoke >/dev/null 2>&1
  RO="$WORK/readonly"; mkdir -p "$RO" && cp -a "$WORK/app/jiandu" "$RO/" && chown -R root:root "$RO" && chmod -R go-w,a+rX "$RO" && chmod 755 "$WORK"
  touch "$WORK/ro-copied"; sleep 1   # what the other account's run writes into the installation is newer than this
  out=$(runuser -u jiandu-smoke -- env JAVA_HOME="${JAVA_HOME:-}" "$RO/jiandu/jiandu" --data /home/jiandu-smoke/ro-data demo-data --county danfeng 2>&1)
  rc=$?
  check "a read-only installation runs for another OS account, its OSGi state under that account's home" bash -c "[ $rc -eq 0 ] && [ -d /home/jiandu-smoke/.jiandu/configuration ] && [ -z \"\$(find '$RO' -newer '$WORK/ro-copied')\" ]"
  rm -rf /home/jiandu-smoke/ro-data /home/jiandu-smoke/.jiandu
else
  echo "skip - a read-only installation for another OS account (needs root to make that account)"
fi
E="$WORK/encrypted"
printf 'Lz7-qiao-bridge-river\n' | "$J" --data "$E" setup --admin wang.li --password-stdin --encrypt >/dev/null 2>"$WORK/err"; rc=$?
out=$(JIANDU_USER=wang.li JIANDU_PASSWORD=Lz7-qiao-bridge-river "$J" --data "$E" org stats --json 2>/dev/null)
check "setup --encrypt: the database file holds no readable hash, its key is owner-only, and it works" bash -c "[ $rc -eq 0 ] && echo '$out' | grep -q '\"counties\": 1' && [ \$(stat -c %a '$E/db.key') = 600 ] && ! grep -q pbkdf2 '$E/db/jiandu.mv.db' && grep -q pbkdf2 '$R/db/jiandu.mv.db'"
mv "$E/db.key" "$WORK/db.key.apart"
JIANDU_USER=wang.li JIANDU_PASSWORD=Lz7-qiao-bridge-river "$J" --data "$E" org stats >/dev/null 2>"$WORK/err"; rc=$?
check "an encrypted database without its key exits 4 naming db.key, in one line" bash -c "[ $rc -eq 4 ] && grep -q db.key '$WORK/err' && [ \$(wc -l < '$WORK/err') -eq 1 ]"
JIANDU_PASSWORD=jiandu-demo "$J" --data "$R" --user admin org stats >/dev/null 2>&1; rc=$?
check "no demo account with the public password exists in a real installation" test $rc -eq 5
"$J" --data "$R" org stats >/dev/null 2>"$WORK/err" </dev/null; rc=$?
check "the command line never acts without a user (exit 5)" bash -c "[ $rc -eq 5 ] && grep -q -- '--user' '$WORK/err'"
printf 'Lz7-qiao-bridge-river\n' | "$J" --data "$R" setup --admin other --password-stdin >/dev/null 2>"$WORK/err"; rc=$?
check "setup refuses a directory that is already set up" bash -c "[ $rc -eq 7 ] && grep -q 'already set up' '$WORK/err'"

# the rest runs on a demo installation, asked for explicitly
"$J" --data "$D" demo-data >/dev/null 2>&1
export JIANDU_USER=admin JIANDU_PASSWORD=jiandu-demo
out=$("$J" --data "$D" org stats --json 2>"$WORK/err"); rc=$?
check "org stats on the demo installation exits 0 and says demo" bash -c "[ $rc -eq 0 ] && echo '$out' | grep -q '\"demo\": true'"
check "danfeng has 157 villages" bash -c "echo '$out' | grep -q '\"villages\": 157'"
check "danfeng has 12 townships and 36 authorised posts" bash -c "echo '$out' | grep -q '\"townships\": 12' && echo '$out' | grep -q '\"authorizedPosts\": 36'"
check "stdout is pure JSON" bash -c "echo '$out' | head -c1 | grep -q '{'"

"$J" --data "$WORK/city" --county luonan demo-data >/dev/null 2>&1
out=$("$J" --data "$WORK/city" org stats --json 2>/dev/null)
check "luonan has 16 townships with one post each" bash -c "echo '$out' | grep -q '\"townships\": 16' && echo '$out' | grep -q '\"authorizedPosts\": 16'"

"$J" --data "$WORK/all" demo-data --all >/dev/null 2>&1
out=$("$J" --data "$WORK/all" org stats --json 2>/dev/null)
check "the whole city: 7 counties, 98 townships, 220 posts" bash -c "echo '$out' | grep -q '\"counties\": 7' && echo '$out' | grep -q '\"townships\": 98' && echo '$out' | grep -q '\"authorizedPosts\": 220'"

JIANDU_PASSWORD=wrong-password "$J" --data "$D" --user admin org stats --json >/dev/null 2>"$WORK/err"; rc=$?
check "a wrong password exits 5 with a clear message" bash -c "[ $rc -eq 5 ] && grep -q 'Wrong user name or password' '$WORK/err'"

otp=$(JIANDU_PASSWORD=jiandu-demo "$J" --data "$D" --user admin user add li.ming --role investigator --scope danfeng-t02 --json 2>/dev/null | python3 -c 'import json, sys; print(json.load(sys.stdin)["oneTimePassword"])')
check "user add prints a one-time password" bash -c "[[ '$otp' =~ ^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$ ]]"
JIANDU_PASSWORD="$otp" "$J" --data "$D" --user li.ming org stats --json >/dev/null 2>"$WORK/err"; rc=$?
check "a one-time password does not log in (exit 5)" test $rc -eq 5
printf 'woaini131452\n' | JIANDU_PASSWORD="$otp" "$J" --data "$D" --user li.ming password --password-stdin >/dev/null 2>"$WORK/err"; rc=$?
check "a common password is refused (exit 7, rule named)" bash -c "[ $rc -eq 7 ] && grep -q 'common passwords' '$WORK/err'"
printf 'investigator-pw-1\n' | JIANDU_PASSWORD="$otp" "$J" --data "$D" --user li.ming password --password-stdin >/dev/null 2>&1; rc=$?
check "password replaces the one-time password" test $rc -eq 0
out=$(JIANDU_PASSWORD=investigator-pw-1 "$J" --data "$D" --user li.ming org stats --county danfeng --json 2>/dev/null)
check "a township-scoped user sees one township" bash -c "echo '$out' | grep -q '\"townships\": 1,'"

"$J" --data "$D" audit verify --json >"$WORK/audit" 2>&1; rc=$?
check "audit verify: intact chain exits 0" bash -c "[ $rc -eq 0 ] && grep -q '\"intact\": true' '$WORK/audit'"

# backups: one by the administrator, listed, restored into a new directory that then answers as the original did;
# a damaged copy is refused naming its file, with nothing written; a lower role is denied
"$J" --data "$D" backup --json >"$WORK/backup.json" 2>/dev/null; rc=$?
check "backup writes a verified backup with a manifest" bash -c "[ $rc -eq 0 ] && grep -q '\"state\": \"verified\"' '$WORK/backup.json' && ls '$D'/backups/*/manifest.sha256 >/dev/null"
bk=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["folder"])' "$WORK/backup.json" 2>/dev/null)
check "the manifest checks with sha256sum -c" bash -c "cd '$bk' && sha256sum --quiet -c manifest.sha256"
"$J" --data "$D" backups --json >"$WORK/out" 2>/dev/null; rc=$?
check "backups lists it" bash -c "[ $rc -eq 0 ] && grep -q '\"kind\": \"manual\"' '$WORK/out'"
"$J" restore "$bk" --data "$WORK/restored" --json >"$WORK/out" 2>"$WORK/err"; rc=$?
check "restore rebuilds the installation into a new directory (audit chain checked)" bash -c "[ $rc -eq 0 ] && grep -q '\"auditEntries\"' '$WORK/out' && [ \"\$(stat -c %a '$WORK/restored')\" = 700 ] || { echo \"restore exited $rc\"; head -c 500 '$WORK/out'; tr '\\r' '\\n' < '$WORK/err' | tail -n 20; false; } >&2"
a=$("$J" --data "$D" org stats --json 2>/dev/null); b=$("$J" --data "$WORK/restored" org stats --json 2>/dev/null)
check "the restored installation has the same jurisdiction" bash -c "[ -n '$b' ] && [ '$a' = '$b' ]"
cp -r "$bk" "$WORK/damaged" && printf x >>"$WORK/damaged/data/audit.key"
"$J" restore "$WORK/damaged" --data "$WORK/restored2" >/dev/null 2>"$WORK/err"; rc=$?
check "a damaged backup is refused naming the file, nothing written (exit 1)" bash -c "[ $rc -eq 1 ] && grep -q 'data/audit.key' '$WORK/err' && [ ! -e '$WORK/restored2' ]"
JIANDU_PASSWORD=investigator-pw-1 "$J" --data "$D" --user li.ming backup >/dev/null 2>&1; rc=$?
check "a non-administrator is denied backup (exit 6)" test $rc -eq 6
# a new version's first start on the restored copy (simulated: the core schema's recorded digest changed, as an
# archive unpacked by hand over an older one finds it) backs the directory up before migrating, telling the user
h2jar=$(ls "$WORK"/app/jiandu/plugins/com.h2database_*.jar | head -1)
"$WORK/app/jiandu/jre/bin/java" -cp "$h2jar" org.h2.tools.Shell -url "jdbc:h2:file:$WORK/restored/db/jiandu" -user sa -password "" \
  -sql "update JIANDU_CHANGELOG_DIGEST set DIGEST = 'older' where CHANGELOG = 'db/changelog.yaml'" >/dev/null 2>&1
"$J" --data "$WORK/restored" org stats >/dev/null 2>"$WORK/err"; rc=$?
check "a changed schema is backed up before it is migrated, the user told so on the progress line" bash -c "[ $rc -eq 0 ] && grep -q 'new version changes the database' '$WORK/err' && ls -d '$WORK'/restored/backups/*-before-update >/dev/null"
"$J" --data "$WORK/restored" backups --json >"$WORK/out" 2>/dev/null
"$J" --data "$WORK/restored" org stats >/dev/null 2>"$WORK/err2"; rc=$?
check "that backup verifies, and the next start makes none" bash -c "grep -q '\"kind\": \"before-update\"' '$WORK/out' && [ $rc -eq 0 ] && [ \$(ls -d '$WORK'/restored/backups/*-before-update | wc -l) -eq 1 ] && ! grep -q 'new version' '$WORK/err2'"

# a second process on the same data directory is refused while another one holds its lock
python3 - "$D" <<'PY' &
import fcntl, sys, time
f = open(sys.argv[1] + "/.jiandu.lock", "a+")
fcntl.lockf(f, fcntl.LOCK_EX)
time.sleep(6)
PY
holder=$!
sleep 2
"$J" --data "$D" org stats --json >/dev/null 2>"$WORK/err"; rc=$?
check "a second process on the same data directory exits 3 and says so" bash -c "[ $rc -eq 3 ] && grep -q 'in use by another Jiandu process' '$WORK/err'"
wait

# search: index two townships' folders (one bad file), search as the county and as a township user
A="$WORK/archive"; mkdir -p "$A/t01" "$A/t02"
printf '关于龙驹寨街道某村违规发放补贴问题的谈话笔录。领取补助5600元整,见丹纪立〔2024〕9号。' > "$A/t01/谈话笔录.txt"
printf '庾家河镇信访举报材料,涉及补贴。编号5600的档案,另有200元,丹纪立〔2023〕9号,2024年复查。' | iconv -f utf-8 -t gbk > "$A/t02/信访.txt"
echo garbage > "$A/t02/bad.docx"
out=$("$J" --data "$D" index "$A/t01" --township danfeng-t01 --json 2>/dev/null)
check "index adds a folder's files" bash -c "echo '$out' | grep -q '\"added\": 1'"
out=$("$J" --data "$D" index "$A/t02" --township danfeng-t02 --json 2>/dev/null)
echo "$out" > "$WORK/t02-index.json"
check "a damaged file is reported per file and the rest is indexed" bash -c "echo '$out' | grep -q '\"added\": 1' && echo '$out' | grep -q 'damaged DOCX'"
out=$("$J" --data "$D" search 补贴 --json 2>/dev/null)
check "search finds UTF-8 and GBK documents" bash -c "echo '$out' | grep -q '\"total\": 2' && echo '$out' | grep -q '【补贴】'"
out=$("$J" --data "$D" search 5600元 --json 2>/dev/null)
check "an amount is found as typed, not its number and unit apart" bash -c "echo '$out' | grep -q '\"total\": 1' && echo '$out' | grep -q '【5600元】'"
out=$("$J" --data "$D" search '丹纪立[2024]9号' --json 2>/dev/null)
check "a case number with other brackets finds only that case's document" bash -c "echo '$out' | grep -q '\"total\": 1' && echo '$out' | grep -q 谈话笔录"
out=$(JIANDU_PASSWORD=investigator-pw-1 "$J" --data "$D" --user li.ming search 补贴 --json 2>"$WORK/err"); rc=$?
# (failed once in a full run, with t02 missing from the folder list below, and never alone: on a failure it shows what
# the commands answered and what the audit log holds of the two runs)
t02_said() {
  echo "search exited $rc; stdout: $(echo "$out" | head -c 800)"; tr '\r' '\n' < "$WORK/err" | tail -n 10
  echo "index t02 said: $(head -c 800 "$WORK/t02-index.json")"
  "$J" --data "$D" audit list --json 2>&1 | grep -B2 -A6 'search.index' | head -n 60
}
if echo "$out" | grep -q '"total": 1' && echo "$out" | grep -q 信访; then
  ok "a user scoped to another township sees only its documents"
else
  bad "a user scoped to another township sees only its documents"; t02_said >&2
fi
out=$("$J" --data "$D" index "$A/t01" --township danfeng-t01 --json 2>/dev/null)
check "reindexing an unchanged folder changes nothing" bash -c "echo '$out' | grep -q '\"unchanged\": 1'"
out=$("$J" --data "$D" folders --json 2>"$WORK/err"); rc=$?
# (once failed in CI and never here: on a failure it shows what the command answered)
check "the folder list has both folders, none with units in an older index format" bash -c "echo '$out' | grep -q t02 && [ \$(echo '$out' | grep -c '\"olderFormatUnits\": 0') -eq 2 ] || { echo \"folders exited $rc; stdout: \$(echo '$out' | head -c 1500)\"; head -c 1500 '$WORK/err'; echo \"index t02 said: \$(head -c 800 '$WORK/t02-index.json')\"; false; } >&2"
"$J" --data "$D" search '"未闭合' >/dev/null 2>"$WORK/err"; rc=$?
check "a malformed query exits 2 and says where" bash -c "[ $rc -eq 2 ] && grep -q 'never closed' '$WORK/err'"

printf '补贴\n信访,备注\n无此人\n' > "$WORK/terms.csv"
out=$("$J" --data "$D" batch-search "$WORK/terms.csv" --out "$WORK/hits.xlsx" --json 2>/dev/null); rc=$?
check "batch search writes an XLSX with a count per term" bash -c "[ $rc -eq 0 ] && unzip -l '$WORK/hits.xlsx' | grep -q sheet2.xml && echo '$out' | grep -q '\"补贴\": 2' && echo '$out' | grep -q '\"无此人\": 0'"

# kill -9 in the middle of indexing: the index still opens and the next run finishes the rest
K="$WORK/kill"; mkdir -p "$K"
python3 - "$K" <<'PY'
import sys, os
for i in range(4000):
    with open(os.path.join(sys.argv[1], "f%05d.txt" % i), "w", encoding="utf-8") as f:
        f.write("中断测试材料 第%d号 " % i * 20)
PY
"$J" --data "$D" index "$K" --township danfeng-t01 --json >/dev/null 2>"$WORK/progress" &
ipid=$!
# wait until it is indexing, then past one periodic commit (every 2 s), then pull the plug
for _ in $(seq 300); do sleep 0.1; grep -q 'indexing [1-9]' "$WORK/progress" 2>/dev/null && break; done
sleep 3
pkill -9 -P $ipid 2>/dev/null; kill -9 $ipid 2>/dev/null; wait $ipid 2>/dev/null
out=$("$J" --data "$D" search 中断测试材料 --json --limit 1 2>"$WORK/err"); rc=$?
# (failed once in a full run and never alone: on a failure it shows what the command answered)
check "after kill -9 the index opens and search works" bash -c "[ $rc -eq 0 ] && echo '$out' | grep -q '\"total\"' || { echo \"search exited $rc; stdout: \$(echo '$out' | head -c 500)\"; tr '\\r' '\\n' < '$WORK/err' | tail -n 20; ls -la '$D'; false; } >&2"
out=$("$J" --data "$D" index "$K" --township danfeng-t01 --json 2>/dev/null)
out2=$("$J" --data "$D" search 中断测试材料 --json --limit 1 2>/dev/null)
check "the next run finishes the rest: all 4000 files found" bash -c "echo '$out2' | grep -q '\"total\": 4000'"
check "the interrupted run had committed part of its work" bash -c "! echo '$out' | grep -q '\"unchanged\": 0,'"

# cases (案件): an import with a bad row writes nothing (exit 1, the row named); --good-rows imports the rest
python3 - "$WORK/cases.xlsx" <<'PY'
import sys, zipfile
rows = [["案件编号", "被审查人", "职级", "乡镇", "违纪类别", "形态", "立案日期", "结案日期", "状态"],
        ["烟测-1", "王某", "村干部", "danfeng-t01", "违反廉洁纪律", "2", "2024-03-15", "", "审理"],
        ["烟测-2", "李某", "厅级", "danfeng-t01", "违反群众纪律", "", "2024-04-01", "", "立案"]]
cell = lambda c, r, v: '<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (chr(65 + c), r, v)
sheet = "".join('<row r="%d">%s</row>' % (r + 1, "".join(cell(c, r + 1, v) for c, v in enumerate(row) if v))
                for r, row in enumerate(rows))
z = zipfile.ZipFile(sys.argv[1], "w")
z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="案件" sheetId="1" r:id="rId1"/></sheets></workbook>')
z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>')
z.writestr("xl/worksheets/sheet1.xml", '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + sheet + "</sheetData></worksheet>")
z.close()
PY
out=$("$J" --data "$D" case import "$WORK/cases.xlsx" --json 2>/dev/null); rc=$?
check "a case import with a bad row exits 1, imports nothing and names row 3" bash -c "[ $rc -eq 1 ] && echo '$out' | grep -q '\"imported\": false' && echo '$out' | grep -q '\"row\": 3'"
out=$("$J" --data "$D" case list --text 烟测 --json 2>/dev/null)
check "nothing of the refused file was written" bash -c "[ \"\$(echo '$out' | tr -d ' \n')\" = '[]' ]"
out=$("$J" --data "$D" case import "$WORK/cases.xlsx" --good-rows --json 2>/dev/null); rc=$?
check "--good-rows imports the good row" bash -c "[ $rc -eq 0 ] && echo '$out' | grep -q '\"added\": 1'"
mkdir -p "$WORK/case1" && printf '烟测案件的谈话笔录\n' > "$WORK/case1/笔录.txt"
"$J" --data "$D" index "$WORK/case1" --case 烟测-1 --json >/dev/null 2>&1
out=$("$J" --data "$D" search 'form:2 烟测案件' --json 2>/dev/null)
check "form: finds a case's documents by the case's discipline form" bash -c "echo '$out' | grep -q '\"total\": 1,'"
"$J" --data "$D" tag "$WORK/case1/笔录.txt" 重点 >/dev/null 2>&1
out=$("$J" --data "$D" search 'tag:重点' --json 2>/dev/null)
check "a tag set from the CLI is searchable with tag:" bash -c "echo '$out' | grep -q '\"total\": 1,'"

# training: compliance of the demo county, an attendance import that is all or nothing, gating, frozen reports
out=$("$J" --data "$D" training compliance --json 2>/dev/null); rc=$?
check "training compliance reports Danfeng's 212 active cadres" bash -c "[ $rc -eq 0 ] && echo '$out' | grep -q '\"activeCadres\": 212'"
stuck=$(echo "$out" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(next(c["cadre"] for c in d["pipelineIncomplete"] if c["status"]=="OVERDUE" and len(c["gaps"])<=2))')
"$J" --data "$D" training confirm "$stuck" >"$WORK/out" 2>"$WORK/err"; rc=$?
check "confirming a cadre on post is refused with the pipeline's gaps, in one line" bash -c "[ $rc -eq 1 ] && grep -q '$stuck may not take the post yet: .' '$WORK/err' && [ \$(wc -l < '$WORK/err') -eq 1 ]"
day="$(date +%F)"
"$J" --data "$D" training session 烟测-班 --kind topical --title 烟测专题培训 --hours 8 --start "$day" --capacity 10 >/dev/null 2>&1
python3 - "$WORK/attendance.xlsx" "$day" <<'PY'
import sys, zipfile
day = sys.argv[2]
rows = [["干部编号", "培训班编号", "学时", "成绩", "结业日期"],
        ["danfeng-c00001", "烟测-班", "8", "90", day],
        ["danfeng-c00002", "烟测-班", "8", "150", day],
        ["danfeng-c99999", "烟测-班", "8", "80", day]]
cell = lambda c, r, v: '<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (chr(65 + c), r, v)
sheet = "".join('<row r="%d">%s</row>' % (r + 1, "".join(cell(c, r + 1, v) for c, v in enumerate(row) if v))
                for r, row in enumerate(rows))
z = zipfile.ZipFile(sys.argv[1], "w")
z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="考勤" sheetId="1" r:id="rId1"/></sheets></workbook>')
z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>')
z.writestr("xl/worksheets/sheet1.xml", '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + sheet + "</sheetData></worksheet>")
z.close()
PY
fid=$("$J" --data "$D" training freeze --json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["frozen"])')
out=$("$J" --data "$D" training import "$WORK/attendance.xlsx" --json 2>/dev/null); rc=$?
check "an attendance import with bad rows exits 1, imports nothing, names rows 3 and 4" bash -c "[ $rc -eq 1 ] && echo '$out' | grep -q '\"imported\": false' && echo '$out' | grep -q '\"row\": 3' && echo '$out' | grep -q '\"row\": 4'"
"$J" --data "$D" training diff "$fid" >/dev/null 2>&1; rc=$?
check "a refused import changes nothing in the frozen report" test $rc -eq 0
out=$("$J" --data "$D" training import "$WORK/attendance.xlsx" --good-rows --json 2>/dev/null); rc=$?
check "--good-rows imports the one good attendance row" bash -c "[ $rc -eq 0 ] && echo '$out' | grep -q '\"added\": 1'"
"$J" --data "$D" training diff "$fid" >"$WORK/out" 2>/dev/null; rc=$?
check "the frozen report now shows the change as a difference" bash -c "[ $rc -eq 1 ] && grep -q '^+ danfeng-c00001' '$WORK/out'"
out=$("$J" --data "$D" training transcript danfeng-c00001 --json 2>/dev/null)
check "the transcript lists the imported session" bash -c "echo '$out' | grep -q '烟测-班'"
cert=$("$J" --data "$D" training certificate 烟测-班 danfeng-c00001 2>/dev/null)
check "a completion certificate is a PDF kept in the data directory" bash -c "case '$cert' in '$D'/files/certificates/*.pdf) head -c4 '$cert' | grep -q '%PDF';; *) false;; esac"
"$J" --data "$D" training compliance --out "$WORK/compliance.pdf" >/dev/null 2>&1; rc=$?
check "the compliance report is written as PDF too" bash -c "[ $rc -eq 0 ] && head -c4 '$WORK/compliance.pdf' | grep -q '%PDF'"

# patrol: the demo term is planned; a plan file is re-checked on its own; a broken one is caught
term=$(python3 -c 'import datetime; y=datetime.date.today().year; f=2026+((y-2026)//5)*5; print(f"{f}-{f+4}")')
"$J" --data "$D" patrol plan --term "$term" --json >"$WORK/plan.json" 2>/dev/null; rc=$?
check "patrol plan covers every target with no hard violation" bash -c "[ $rc -eq 0 ] && python3 -c 'import json,sys; d=json.load(open(\"$WORK/plan.json\")); sys.exit(0 if d[\"feasible\"] and d[\"covered\"]==d[\"targets\"]==221 and d[\"hardViolations\"]==0 and d[\"lowerBound\"]<=d[\"softScore\"] else 1)'"
"$J" --data "$D" patrol check "$WORK/plan.json" >/dev/null 2>&1; rc=$?
check "patrol check accepts the plan it was given" test $rc -eq 0
python3 - "$WORK/plan.json" "$WORK/broken.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
open_rounds = [r for r in d["rounds"] if not r["completed"]]
src, dst = open_rounds[0], open_rounds[-1]
moved = next(a for a in src["assignments"] if a["mode"] == "TOWNSHIP_WITH_VILLAGES" and "-v" in a["target"])
src["assignments"].remove(moved)
dst["assignments"].append(moved)
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
PY
"$J" --data "$D" patrol check "$WORK/broken.json" --json >"$WORK/out" 2>/dev/null; rc=$?
check "a village moved away from its township under 巡镇带村 is caught (exit 1)" bash -c "[ $rc -eq 1 ] && grep -q 'village-with-township' '$WORK/out'"

# the rectification ledger: closing needs evidence and a reviewer; paper-only rectification is flagged
item=$("$J" --data "$D" patrol finding --term "$term" --round 1 --target danfeng-t02-v003 --category 三资管理 --text 烟测问题 --owner 村书记 --deadline "$(date +%F)" --found "$(date +%F)" --json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["item"])')
"$J" --data "$D" patrol close "$item" >/dev/null 2>"$WORK/err"; rc=$?
check "closing a rectification item without evidence is refused (exit 1)" bash -c "[ $rc -eq 1 ] && grep -q 'no evidence' '$WORK/err'"
printf '整改报告\n' > "$WORK/整改报告.txt"
"$J" --data "$D" patrol evidence "$item" "$WORK/整改报告.txt" >/dev/null 2>&1
"$J" --data "$D" patrol close "$item" >/dev/null 2>&1; rc=$?
check "with evidence and a reviewer it closes" test $rc -eq 0
out=$("$J" --data "$D" patrol ledger --term "$term" --flag paper --json 2>/dev/null)
check "the demo ledger flags paper-only rectification (纸面整改)" bash -c "echo '$out' | grep -q '\"paperOnly\": true'"

# Office 97–2003 files from a real office program: a .doc and an .xls are indexed; a hit in the second sheet says so
O="$WORK/old"; mkdir -p "$O"; cp "$ROOT/bundles/org.jiandu.search.tests/fixtures/interview.doc" "$O/谈话笔录.doc"; cp "$ROOT/bundles/org.jiandu.search.tests/fixtures/ledger.xls" "$O/台账.xls"
out=$("$J" --data "$D" index "$O" --township danfeng-t01 --json 2>/dev/null)
check "a .doc and an .xls are indexed" bash -c "echo '$out' | grep -q '\"added\": 2' && echo '$out' | grep -q '\"failed\": \[\]'"
out=$("$J" --data "$D" search 被谈话人张某某 --json 2>/dev/null)
check "search finds text of the .doc" bash -c "echo '$out' | python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(0 if d[\"total\"]==1 and d[\"hits\"][0][\"path\"].endswith(\"谈话笔录.doc\") else 1)'"
out=$("$J" --data "$D" search 三资管理专项整改 --json 2>/dev/null)
check "a hit in the .xls names its sheet" bash -c "echo '$out' | python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(0 if d[\"total\"]==1 and d[\"hits\"][0][\"page\"]==2 else 1)'"

# clean-unit creation: the report adds up, a unit's latest score names its standard version, the workflow's rules hold
"$J" --data "$D" cleanunit report --json >"$WORK/cu.json" 2>/dev/null; rc=$?
check "cleanunit report: every row's coverage is meeting / eligible, the total counts every creation" bash -c "[ $rc -eq 0 ] && python3 -c '
import json,sys
d=json.load(open(\"$WORK/cu.json\"))[\"rows\"]
ok=all(abs(r[\"coverage\"]-(int(1000*r[\"meetingStandard\"]/r[\"eligible\"]+0.5)/10 if r[\"eligible\"] else 0))<1e-9 for r in d)
t=d[-1]; ok=ok and t[\"kind\"] is None and t[\"declared\"]==sum(r[\"declared\"] for r in d if r[\"township\"] and r[\"kind\"]) and t[\"declared\"]>100
sys.exit(0 if ok else 1)'"
"$J" --data "$D" cleanunit list --status published --json >"$WORK/cul.json" 2>/dev/null
unit=$(python3 -c "import json; print(json.load(open('$WORK/cul.json'))[0]['unit'])")
out=$("$J" --data "$D" cleanunit score "$unit" --json 2>/dev/null); rc=$?
check "cleanunit score: the latest evaluation, 20 indicators, under version 1" bash -c "[ $rc -eq 0 ] && echo '$out' | python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(0 if len(d[\"indicators\"])==20 and d[\"standardVersion\"]==1 and abs(sum(i[\"points\"] for i in d[\"indicators\"])+d[\"bonus\"]-d[\"total\"])<1e-9 else 1)'"
"$J" --data "$D" cleanunit list --kind village --json >"$WORK/culv.json" 2>/dev/null
village=$(python3 -c "
import json; taken={c['unit'] for c in json.load(open('$WORK/culv.json'))}
print(next('danfeng-t02-v%03d'%i for i in range(1,14) if 'danfeng-t02-v%03d'%i not in taken))")
id=$("$J" --data "$D" cleanunit declare "$village" --kind 村居 --json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
"$J" --data "$D" cleanunit declare "$village" --kind village >/dev/null 2>"$WORK/err"; rc=$?
check "a unit declares a kind once (exit 1, says so)" bash -c "[ $rc -eq 1 ] && grep -q '$village\|已申报\|already' '$WORK/err'"
"$J" --data "$D" cleanunit step "$id" self_assess >/dev/null 2>"$WORK/err"; rc=$?
check "a step out of order is refused with the allowed statuses" bash -c "[ $rc -eq 1 ] && [ -s '$WORK/err' ]"
"$J" --data "$D" cleanunit step "$id" start >/dev/null 2>&1
"$J" --data "$D" cleanunit standard village --out "$WORK/village.txt" >/dev/null 2>&1
python3 -c "
import re; t=open('$WORK/village.txt',encoding='utf-8').read()
open('$WORK/scores.csv','w',encoding='utf-8').write(''.join(m.group(1)+','+m.group(2)+'\n' for m in re.finditer(r'^indicator: (\w+) \| ([0-9.]+) \|',t,re.M)))"
"$J" --data "$D" cleanunit evaluate "$id" --stage self --scores "$WORK/scores.csv" --bonus 9 >/dev/null 2>"$WORK/err"; rc=$?
check "a bonus over the cap is refused, nothing saved" bash -c "[ $rc -eq 1 ] && grep -q 'bonus' '$WORK/err'"
"$J" --data "$D" cleanunit evaluate "$id" --stage self --scores "$WORK/scores.csv" --bonus 2 >/dev/null 2>&1
"$J" --data "$D" cleanunit step "$id" self_assess >/dev/null 2>&1
"$J" --data "$D" cleanunit step "$id" review >/dev/null 2>"$WORK/err"; rc=$?
check "review is refused while required evidence is missing, naming the indicators" bash -c "[ $rc -eq 1 ] && grep -q 'V01' '$WORK/err'"
# evidence reaches the case archive through the core SearchableFiles service (the modules never meet otherwise)
echo "清廉村居烟测佐证 村务公开栏照片说明" > "$WORK/村务公开.txt"
"$J" --data "$D" cleanunit evidence "$id" V01 "$WORK/村务公开.txt" >/dev/null 2>"$WORK/err"; rc=$?
out=$("$J" --data "$D" search 清廉村居烟测佐证 --json 2>/dev/null)
check "clean-unit evidence is searchable in the case archive of a build with search" bash -c "[ $rc -eq 0 ] && echo '$out' | python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(0 if d[\"total\"]==1 else 1)'"
sed -i 's/^pass: 90$/pass: 88/' "$WORK/village.txt"
out=$("$J" --data "$D" cleanunit standard publish village "$WORK/village.txt" 2>/dev/null); rc=$?
check "an edited standard is published as version 2" bash -c "[ $rc -eq 0 ] && echo '$out' | grep -q 'version 2'"
out=$("$J" --data "$D" cleanunit standard diff village 1 2 2>/dev/null)
check "the version diff names the changed pass line" bash -c "echo '$out' | grep -q 'pass .*90 → 88'"
out=$("$J" --data "$D" cleanunit score "$unit" --json 2>/dev/null)
check "an evaluation saved under version 1 keeps it" bash -c "echo '$out' | grep -q '\"standardVersion\": 1'"

# supervision tasks (督办考评), in Shanyang's build, which has the module (Danfeng's has not): a month from the list
# to the published ranking, as the county commission and a township commission run it
"$J" --data "$D" tasks due >/dev/null 2>"$WORK/err"; rc=$?
check "a build without the tasks module has no tasks command (exit 2)" bash -c "[ $rc -eq 2 ] && grep -q 'tasks' '$WORK/err'"
mkdir -p "$WORK/sy" && tar --warning=no-unknown-keyword -xzf "$PRODUCTS/jiandu-shanyang-linux.gtk.x86_64.tar.gz" -C "$WORK/sy"
SJ="$WORK/sy/jiandu/jiandu"; SD="$WORK/sy-data"
"$SJ" --data "$SD" demo-data --county shanyang >/dev/null 2>&1
today=$(date +%F); month=$(date +%Y-%m); last=$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m)
out=$(JIANDU_USER=county "$SJ" --data "$SD" tasks issue --period "$month" --title 烟测清单 --task 落实八项规定精神监督检查 --requirement 检查情况 --deadline "$today" --points 10 --to shanyang-t01,shanyang-t02 --json 2>"$WORK/err"); rc=$?
list=$(echo "$out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])' 2>/dev/null)
check "tasks issue: the county commission issues a list to two township commissions" bash -c "[ $rc -eq 0 ] && [ -n '$list' ]"
task=$(JIANDU_USER=township "$SJ" --data "$SD" tasks list --list "$list" --json 2>/dev/null | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d[0]["task"] if len(d)==1 and d[0]["body"]=="shanyang-t01" else "")' 2>/dev/null)
check "tasks list: a township commission sees its own task of the list and not the other's" test -n "$task"
printf '督办烟测佐证：三资台账核查记录\n' > "$WORK/核查记录.txt"
JIANDU_USER=township "$SJ" --data "$SD" tasks report "$task" --text 已完成检查 --evidence "$WORK/核查记录.txt" >/dev/null 2>&1; rc=$?
JIANDU_USER=township "$SJ" --data "$SD" tasks verify "$task" accept >/dev/null 2>"$WORK/err"; rc2=$?
check "tasks report by the township; it may not verify its own report (exit 6)" bash -c "[ $rc -eq 0 ] && [ $rc2 -eq 6 ]"
out=$(JIANDU_USER=county "$SJ" --data "$SD" search 督办烟测佐证 --json 2>/dev/null)
check "a report's evidence is searchable in the case archive of a build with search" bash -c "echo '$out' | python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(0 if d[\"total\"]==1 else 1)'"
out=$(JIANDU_USER=county "$SJ" --data "$SD" tasks verify "$task" accept --json 2>/dev/null); rc=$?
check "tasks verify: the county commission accepts it, done on time" bash -c "[ $rc -eq 0 ] && echo '$out' | grep -q '\"status\": \"DONE_ON_TIME\"'"
JIANDU_USER=county "$SJ" --data "$SD" tasks due --json >"$WORK/due.json" 2>/dev/null
check "tasks due: the work list escalates overdue demo tasks to red and names who is warned" bash -c "python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if any(a[\"warning\"]==\"RED\" and len(a[\"warned\"])==2 for a in d) else 1)' '$WORK/due.json'"
out=$(JIANDU_USER=county "$SJ" --data "$SD" tasks score --period "$last" --out "$WORK/ranking.xlsx" --json 2>/dev/null); rc=$?
check "tasks score: last month's ranking, published by the demo, with an export" bash -c "[ $rc -eq 0 ] && [ -s '$WORK/ranking.xlsx' ] && echo '$out' | python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(0 if d[\"published\"]>=1 and d[\"rows\"][0][\"place\"]==1 else 1)'"
out=$(JIANDU_USER=admin "$SJ" --data "$SD" tasks score --period "$month" --publish --json 2>/dev/null); rc=$?
check "tasks score --publish: this month's ranking is frozen as a new revision" bash -c "[ $rc -eq 0 ] && echo '$out' | grep -q '\"published\": 1'"
out=$(JIANDU_USER=county "$SJ" --data "$SD" tasks loops --paper --json 2>/dev/null)
check "tasks loops --paper: the demo's closed loops show paper-only rectification by the patrol's rule" bash -c "echo '$out' | grep -q '\"FOUND_AGAIN\"' && echo '$out' | grep -q '\"CLOSED_WITHOUT_EVIDENCE\"'"
JIANDU_USER=county "$SJ" --data "$SD" tasks duties --json >"$WORK/duties.json" 2>/dev/null; rc=$?
check "tasks duties: every unit and township of Shanyang and its seven leading cadres, some with warnings" bash -c "[ $rc -eq 0 ] && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); l=[r for r in d if r[\"kind\"]==\"LEADER\"]; u=[r for r in d if r[\"kind\"]!=\"LEADER\"]; sys.exit(0 if len(l)==7*len(u) and len(u)>=70 and any(r[\"missing\"] for r in d) else 1)' '$WORK/duties.json'"
out=$("$SJ" --data "$WORK/sy-bench" bench tasks --counties 1 --lists 2 --tasks 3 --runs 1 2>/dev/null); rc=$?
check "bench tasks: scores every period of the generated year and agrees with the baseline from every row" bash -c "[ $rc -eq 0 ] && echo '$out' | grep -q 'scored and ranked'"

# the same on PostgreSQL (JIANDU_TEST_PG_URL): a second pass over this archive, each data directory with a fresh
# schema of that database (created and dropped here with psql, no root needed); the slow module runs only once
if [ -n "${JIANDU_TEST_PG_URL:-}" ] && command -v psql >/dev/null 2>&1; then
  PGURI="${JIANDU_TEST_PG_URL#jdbc:}"
  SCHEMAS=""
  pgfresh() { # NAME → a JDBC URL of a new, empty schema
    local s="smoke_$$_$1"
    psql -q "$PGURI" -c "drop schema if exists $s cascade; create schema $s" >/dev/null 2>&1 || return 1
    SCHEMAS="$SCHEMAS $s"
    echo "$JIANDU_TEST_PG_URL$(case "$JIANDU_TEST_PG_URL" in *\?*) echo '&';; *) echo '?';; esac)currentSchema=$s"
  }
  pgdrop() { for s in $SCHEMAS; do psql -q "$PGURI" -c "drop schema if exists $s cascade" >/dev/null 2>&1; done; }
  t0=$(date +%s)
  PR=$(pgfresh real) && P=$(pgfresh demo) || bad "PostgreSQL: cannot create schemas in $PGURI"
  "$J" --data "$WORK/pgnew" --db-url "$PR" org stats >/dev/null 2>"$WORK/err"; rc=$?
  check "PostgreSQL: a command on an empty schema exits 3 naming setup" bash -c "[ $rc -eq 3 ] && grep -q 'jiandu setup' '$WORK/err'"
  printf 'Lz7-qiao-bridge-river\n' | "$J" --data "$WORK/pgreal" --db-url "$PR" setup --admin wang.li --password-stdin >/dev/null 2>"$WORK/err"; rc=$?
  out=$(JIANDU_USER=wang.li JIANDU_PASSWORD=Lz7-qiao-bridge-river "$J" --data "$WORK/pgreal" org stats --json 2>/dev/null)
  check "PostgreSQL setup: later runs use the server; its password is kept apart from the settings, owner-only" bash -c "[ $rc -eq 0 ] && echo '$out' | grep -q '\"counties\": 1' && echo '$out' | grep -q '\"demo\": false' && grep -q currentSchema '$WORK/pgreal/settings.properties' && ! grep -q password= '$WORK/pgreal/settings.properties' && [ \$(stat -c %a '$WORK/pgreal/db.secret') = 600 ] && [ \$(stat -c %a '$WORK/pgreal') = 700 ]"
  JIANDU_PASSWORD=jiandu-demo "$J" --data "$WORK/pgreal" --user admin org stats >/dev/null 2>&1; rc=$?
  check "PostgreSQL: no demo account in a real installation (exit 5)" test $rc -eq 5
  printf 'Lz7-qiao-bridge-river\n' | "$J" --data "$WORK/pgreal" setup --admin other --password-stdin >/dev/null 2>"$WORK/err"; rc=$?
  check "PostgreSQL: setup refuses a schema that is already set up" bash -c "[ $rc -eq 7 ] && grep -q 'already set up' '$WORK/err'"
  printf 'Lz7-qiao-bridge-river\n' | "$J" --data "$WORK/pgenc" --db-url "$PR" setup --admin x.y --password-stdin --encrypt >/dev/null 2>"$WORK/err"; rc=$?
  check "PostgreSQL: setup --encrypt is refused for a server (its own encryption and TLS apply)" bash -c "[ $rc -ne 0 ] && grep -q 'database server' '$WORK/err'"

  "$J" --data "$WORK/pgd" --db-url "$P" demo-data >/dev/null 2>&1
  out=$("$J" --data "$WORK/pgd" --db-url "$P" org stats --json 2>/dev/null); rc=$?
  check "PostgreSQL: demo data of danfeng (157 villages, 36 posts), marked demo" bash -c "[ $rc -eq 0 ] && echo '$out' | grep -q '\"villages\": 157' && echo '$out' | grep -q '\"authorizedPosts\": 36' && echo '$out' | grep -q '\"demo\": true'"
  JIANDU_PASSWORD=wrong-password "$J" --data "$WORK/pgd" --db-url "$P" --user admin org stats >/dev/null 2>"$WORK/err"; rc=$?
  check "PostgreSQL: a wrong password exits 5" test $rc -eq 5
  otp=$("$J" --data "$WORK/pgd" --db-url "$P" user add li.ming --role investigator --scope danfeng-t02 --json 2>/dev/null | python3 -c 'import json, sys; print(json.load(sys.stdin)["oneTimePassword"])' 2>/dev/null)
  printf 'investigator-pw-1\n' | JIANDU_PASSWORD="$otp" "$J" --data "$WORK/pgd" --db-url "$P" --user li.ming password --password-stdin >/dev/null 2>&1; rc=$?
  out=$(JIANDU_PASSWORD=investigator-pw-1 "$J" --data "$WORK/pgd" --db-url "$P" --user li.ming org stats --county danfeng --json 2>/dev/null)
  check "PostgreSQL: user add, one-time password replaced, township scope" bash -c "[ $rc -eq 0 ] && echo '$out' | grep -q '\"townships\": 1,'"
  JIANDU_PASSWORD=investigator-pw-1 "$J" --data "$WORK/pgd" --db-url "$P" --user li.ming audit verify >/dev/null 2>"$WORK/err"; rc=$?
  check "PostgreSQL: a non-administrator is denied audit verify (exit 6)" test $rc -eq 6
  out=$("$J" --data "$WORK/pgd" --db-url "$P" index "$A/t01" --township danfeng-t01 --json 2>/dev/null)
  out2=$("$J" --data "$WORK/pgd" --db-url "$P" search 补贴 --json 2>/dev/null)
  check "PostgreSQL: index and search" bash -c "echo '$out' | grep -q '\"added\": 1' && echo '$out2' | grep -q '\"total\": 1'"
  out=$("$J" --data "$WORK/pgd" --db-url "$P" case list --json 2>"$WORK/err"); rc=$?
  check "PostgreSQL: demo data with 36 demo cases" bash -c "[ $rc -eq 0 ] && [ \$(echo '$out' | grep -c '\"caseNo\"') -eq 36 ]"
  out=$("$J" --data "$WORK/pgd" --db-url "$P" case import "$WORK/cases.xlsx" --good-rows --json 2>/dev/null); rc=$?
  check "PostgreSQL: case import" bash -c "[ $rc -eq 0 ] && echo '$out' | grep -q '\"added\": 1'"
  out=$("$J" --data "$WORK/pgd" --db-url "$P" training compliance --json 2>/dev/null); rc=$?
  check "PostgreSQL: the training module's schema and demo records" bash -c "[ $rc -eq 0 ] && echo '$out' | grep -q '\"activeCadres\": 212'"
  "$J" --data "$WORK/pgd" --db-url "$P" patrol plan --term "$term" --json >"$WORK/pgplan.json" 2>/dev/null; rc=$?
  check "PostgreSQL: the patrol module's schema, demo term and a replan" bash -c "[ $rc -eq 0 ] && grep -q '\"feasible\": true' '$WORK/pgplan.json'"
  out=$("$J" --data "$WORK/pgd" --db-url "$P" cleanunit report --json 2>/dev/null); rc=$?
  check "PostgreSQL: the clean-unit module's schema and demo creations" bash -c "[ $rc -eq 0 ] && echo '$out' | grep -q '\"meetingStandard\"'"
  "$J" --data "$WORK/pgd" --db-url "$P" audit verify --json >"$WORK/audit" 2>&1; rc=$?
  check "PostgreSQL: audit verify intact" bash -c "[ $rc -eq 0 ] && grep -q '\"intact\": true' '$WORK/audit'"
  psql -q "$PGURI" -c "set search_path to ${P##*currentSchema=}; update AUDIT_ENTRY set DETAIL = 'x'" >/dev/null 2>"$WORK/err"; rc=$?
  check "PostgreSQL: the audit table refuses UPDATE even to its owner" bash -c "[ $rc -ne 0 ] && grep -q 'append-only' '$WORK/err'"

  # least privilege (JIANDU_TEST_PG_APP_URL: a second role, without rights of its own, on the same database)
  if [ -n "${JIANDU_TEST_PG_APP_URL:-}" ]; then
    PO=$(pgfresh owned); s=${PO##*currentSchema=}
    PA="$JIANDU_TEST_PG_APP_URL&currentSchema=$s"
    app=$(echo "$JIANDU_TEST_PG_APP_URL" | sed -n 's/.*[?&]user=\([^&]*\).*/\1/p')
    "$J" --data "$WORK/pgapp" --db-url "$PA" org stats >/dev/null 2>"$WORK/err"; rc=$?
    check "PostgreSQL: the workbench account on a schema it may not migrate exits 4 naming jiandu db migrate" bash -c "[ $rc -eq 4 ] && grep -q 'jiandu db migrate' '$WORK/err' && [ \$(wc -l < '$WORK/err') -eq 1 ]"
    "$J" --data "$WORK/pgapp" --db-url "$PA" db migrate --db-admin-url "$PO" --json >"$WORK/out" 2>"$WORK/err"; rc=$?
    check "PostgreSQL: db migrate as the owner grants the workbench account" bash -c "[ $rc -eq 0 ] && grep -q '\"appUser\": \"$app\"' '$WORK/out'"
    printf 'Lz7-qiao-bridge-river\n' | "$J" --data "$WORK/pgapp" --db-url "$PA" setup --admin wang.li --password-stdin >/dev/null 2>"$WORK/err"; rc=$?
    out=$(JIANDU_USER=wang.li JIANDU_PASSWORD=Lz7-qiao-bridge-river "$J" --data "$WORK/pgapp" audit verify --json 2>/dev/null)
    check "PostgreSQL: setup and audit verify through the least-privilege account" bash -c "[ $rc -eq 0 ] && echo '$out' | grep -q '\"intact\": true'"
    # an upgrade's changed changelogs (as a new version would bring them): dumped before they are migrated
    "$J" --data "$WORK/pgapp" --db-url "$PA" db migrate --db-admin-url "$PO" --backup-to "$WORK/pgdumps" --no-backup >/dev/null 2>"$WORK/err"; rc=$?
    check "PostgreSQL: db migrate refuses --backup-to with --no-backup (exit 2)" bash -c "[ $rc -eq 2 ] && grep -q 'not both' '$WORK/err'"
    # pg_dump refuses a server newer than itself: the dump checks need client tools of the server's version
    server=$(psql -At "$PGURI" -c "show server_version_num" 2>/dev/null); client=$(pg_dump --version 2>/dev/null | sed -n 's/^pg_dump (PostgreSQL) \([0-9]*\).*/\1/p')
    if [ -n "$server" ] && [ "${client:-0}" -ge $(( server / 10000 )) ]; then
      # an upgrade's changed changelogs (as a new version would bring them): dumped before they are migrated
      psql -q "$PGURI" -c "set search_path to $s; update JIANDU_CHANGELOG_DIGEST set DIGEST = 'older'" >/dev/null 2>"$WORK/err1"; prc=$?
      "$J" --data "$WORK/pgapp" --db-url "$PA" db migrate --db-admin-url "$PO" --json >"$WORK/out" 2>"$WORK/err"; rc=$?
      dump=$(sed -n 's/.*"backup": "\([^"]*\)".*/\1/p' "$WORK/out")
      check "PostgreSQL: db migrate dumps a changed schema into backups/ first (pg_dump, 0600)" bash -c "[ $prc -eq 0 ] && [ $rc -eq 0 ] && [ -s '$dump' ] && [ \"\$(dirname '$dump')\" = '$WORK/pgapp/backups' ] && [ \"\$(stat -c %a '$dump')\" = 600 ] && [ \"\$(head -c 5 '$dump')\" = PGDMP ] || { cat '$WORK/err1' '$WORK/out' '$WORK/err'; false; }"
    else
      echo "cli-smoke: no pg_dump of the server's version (server ${server:-?}, pg_dump ${client:-none}): the dump before db migrate is not checked"
    fi
    APPURI="${JIANDU_TEST_PG_APP_URL#jdbc:}"
    n=$(PGOPTIONS="-c search_path=$s" psql -At "$APPURI" -c "select count(*) from AUDIT_ENTRY" 2>/dev/null)
    PGOPTIONS="-c search_path=$s" psql -q "$APPURI" -c "delete from AUDIT_ENTRY" >/dev/null 2>"$WORK/err1"
    PGOPTIONS="-c search_path=$s" psql -q "$APPURI" -c "create table X_TRY (ID int)" >/dev/null 2>"$WORK/err2"
    check "PostgreSQL: the workbench account reads the audit log but may neither delete from it nor change the schema" bash -c "[ '${n:-0}' -gt 0 ] && grep -q 'permission denied' '$WORK/err1' && grep -qE 'permission denied|no schema has been selected' '$WORK/err2'"
  fi
  pgdrop
  echo "cli-smoke: PostgreSQL pass took $(( $(date +%s) - t0 )) s"
fi

# the county's own jurisdiction: template, dry run, refusal, hand edit, history
JD="$WORK/jur"
"$J" --data "$JD" demo-data >/dev/null 2>&1
"$J" --data "$JD" template jurisdiction --out "$WORK/jur.xlsx" >/dev/null 2>&1; rc=$?
check "template jurisdiction writes the county's workbook" bash -c "[ $rc -eq 0 ] && unzip -p '$WORK/jur.xlsx' xl/workbook.xml | grep -q '乡镇街道'"
"$J" --data "$JD" org import "$WORK/jur.xlsx" --dry-run --json >"$WORK/dry.json" 2>/dev/null; rc=$?
after=$("$J" --data "$JD" org stats --json 2>/dev/null)
check "org import --dry-run shows the difference and writes nothing" bash -c "[ $rc -eq 0 ] && grep -q '\"dryRun\": true' '$WORK/dry.json' && grep -q '\"closed\": [1-9]' '$WORK/dry.json' && echo '$after' | grep -q '\"villages\": 157'"
JIANDU_PASSWORD=jiandu-demo "$J" --data "$JD" --user township org import "$WORK/jur.xlsx" --dry-run >/dev/null 2>"$WORK/err"; rc=$?
check "a township user may not import the jurisdiction (exit 6)" test $rc -eq 6
echo "not a workbook" >"$WORK/bad.xlsx"
"$J" --data "$JD" org import "$WORK/bad.xlsx" >/dev/null 2>"$WORK/err"; rc=$?
check "a damaged workbook exits 1 naming the file" bash -c "[ $rc -eq 1 ] && grep -q 'bad.xlsx' '$WORK/err'"
"$J" --data "$JD" org add df-smoke --name 新建村 --parent danfeng-t01 >/dev/null 2>&1; rc=$?
out=$("$J" --data "$JD" org history df-smoke --json 2>/dev/null)
after=$("$J" --data "$JD" org stats --json 2>/dev/null)
check "org add keeps the new village as history and counts it" bash -c "[ $rc -eq 0 ] && echo '$out' | grep -q '\"kind\": \"new\"' && echo '$after' | grep -q '\"villages\": 158'"

"$J" --data "$D" org stats --json --bogus >/dev/null 2>"$WORK/err"; rc=$?
check "an unknown option exits 2" test $rc -eq 2
"$J" --data "$D" --db-url jdbc:mysql://x/y org stats >/dev/null 2>"$WORK/err"; rc=$?
check "an unsupported database URL is refused with a message" bash -c "[ $rc -ne 0 ] && grep -q 'unsupported database URL' '$WORK/err'"
"$J" --data "$WORK/mem" --db-url jdbc:h2:mem:x org stats >/dev/null 2>"$WORK/err"; rc=$?
check "an in-memory H2 URL exits 4 with one line and no Java names" bash -c "[ $rc -eq 4 ] && [ \$(wc -l < '$WORK/err') -eq 1 ] && grep -q 'jdbc:h2:file:' '$WORK/err' && ! grep -qE 'Exception|java\.' '$WORK/err' && [ ! -e '$WORK/mem' ]"
"$J" --data "$WORK/mem" --db-url "jdbc:h2:file:$WORK/mem/x;INIT=RUNSCRIPT FROM '/etc/passwd'" org stats >/dev/null 2>"$WORK/err"; rc=$?
check "an H2 URL with INIT= exits 4 naming the setting" bash -c "[ $rc -eq 4 ] && grep -q INIT '$WORK/err' && ! grep -q passwd '$WORK/err'"
"$J" --data "$WORK/mem" --db-url "jdbc:postgresql://h/db?socketFactory=x.Y" org stats >/dev/null 2>"$WORK/err"; rc=$?
check "a PostgreSQL URL with socketFactory exits 4 naming the parameter" bash -c "[ $rc -eq 4 ] && grep -q socketFactory '$WORK/err'"
"$J" --data "$WORK/pg" --db-url jdbc:postgresql://127.0.0.1:1/none org stats >/dev/null 2>"$WORK/err"; rc=$?
check "an unreachable PostgreSQL exits 4 naming the database" bash -c "[ $rc -eq 4 ] && grep -q 'jdbc:postgresql://127.0.0.1:1/none' '$WORK/err'"
"$J" help >"$WORK/help" 2>&1; rc=$?
check "help lists the commands" bash -c "[ $rc -eq 0 ] && grep -q 'audit verify' '$WORK/help'"
JAVA_HOME=/nonexistent PATH=/usr/bin:/bin "$NOJRE" help >/dev/null 2>"$WORK/err"; rc=$?
if /usr/bin/java -version 2>&1 | grep -qE 'version "(1[0-9]|[0-9])\.'; then
  check "without Java 21 the start script says so" bash -c "[ $rc -eq 9 ] && grep -q 'Java 21 or newer is needed' '$WORK/err'"
fi

# Felix SCR logs a circular reference when activating one service needs another that needs the first (it then
# leaves a reference out); every command above ran on this installation, demo data of every module among them
check "no service of the danfeng build met a circular reference (OSGi log)" bash -c "! grep -qs 'Circular reference' '$WORK'/app/jiandu/configuration/*.log"
echo "cli-smoke: $pass passed, $failn failed"
[ $failn -eq 0 ]
