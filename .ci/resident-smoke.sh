#!/usr/bin/env bash
# Commands passed on to a process that has the data directory open ("jiandu serve", the workbench): the same answers
# as a command line of their own, from the user's folder, with their own login, and nothing of the data directory
# reachable by anyone else. Runs after the archives were built (./jiandu-test calls it). Prints "N passed, N failed".
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
. "$ROOT/.ci/java-home.sh" || exit 9
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
PRODUCTS="$ROOT/releng/org.jiandu.products/target/products"
WORK=$(mktemp -d)
server=""; gui=""
trap '[ -n "$server" ] && kill $server 2>/dev/null; [ -n "$gui" ] && kill $gui 2>/dev/null; rm -rf "$WORK"' EXIT
. "$ROOT/.ci/checks.sh"
unset JIANDU_USER JIANDU_PASSWORD

tar --warning=no-unknown-keyword -xzf "$PRODUCTS/jiandu-danfeng-linux.gtk.x86_64.tar.gz" -C "$WORK"
J="$WORK/jiandu/jiandu"; D="$WORK/data"; S="$D/.jiandu.sock"
"$J" --data "$D" demo-data >/dev/null 2>&1
as_county() { JIANDU_USER=county JIANDU_PASSWORD=jiandu-demo "$J" --data "$D" "$@"; }
as_county org stats --json >"$WORK/alone.json" 2>/dev/null
same() { as_county org stats --json >"$WORK/now.json" 2>/dev/null && cmp -s "$WORK/alone.json" "$WORK/now.json"; }
JIANDU_USER=county JIANDU_PASSWORD=wrong "$J" --data "$D" org stats >/dev/null 2>"$WORK/alone-err"; alone_rc=$?
"$J" --data "$D" help >"$WORK/alone-help" 2>&1; LC_ALL=C "$J" --data "$D" help >"$WORK/alone-help-c" 2>&1
await_socket() { for _ in $(seq 600); do [ -S "$S" ] && return 0; sleep 0.1; done; return 1; }

# another OS account leaves a listening socket in a folder the user names with --data: the client must not talk to it
# (before: it sent the arguments and JIANDU_PASSWORD). Needs root to play the other account.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null && id nobody >/dev/null 2>&1; then
  F=$(mktemp -d /tmp/jiandu-foreign.XXXXXX); chmod 0777 "$F"; chown nobody "$F"   # outside $WORK, which is 0700
  setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups /usr/bin/python3 - "$F" <<'PY' &
import os, socket, sys
s = socket.socket(socket.AF_UNIX); p = os.path.join(sys.argv[1], ".jiandu.sock")
s.bind(p); os.chmod(p, 0o777); s.listen(1); s.settimeout(10)
try:
    c, _ = s.accept(); c.settimeout(5); open(os.path.join(sys.argv[1], "stolen"), "wb").write(c.recv(65536))
except OSError:
    pass
PY
  thief=$!
  for _ in $(seq 50); do [ -S "$F/.jiandu.sock" ] && break; sleep 0.1; done
  JIANDU_PASSWORD=not-for-you timeout 20 "$J" --data "$F" --user county org stats >/dev/null 2>&1
  kill $thief 2>/dev/null; wait $thief 2>/dev/null
  check "a socket another account left in a --data folder gets nothing (no arguments, no password)" \
    bash -c "[ -S '$F/.jiandu.sock' ] && ! grep -q not-for-you '$F/stolen' 2>/dev/null && [ ! -s '$F/stolen' ]"
  rm -rf "$F"
fi

(cd "$WORK/jiandu" && exec "$J" --data "$D" serve) >"$WORK/serve.out" 2>"$WORK/serve.err" &
server=$!   # its own folder is the installation's: a relative path resolved there would be a mistake
check "jiandu serve listens in the data directory" await_socket
check "the socket is the installation's account's only (0600 in a 0700 directory)" \
  bash -c "[ \$(stat -c %a '$S') = 600 ] && [ \$(stat -c %a '$D') = 700 ]"
check "a command passed on answers as the command line itself does" same
"$J" --data "$D" help >"$WORK/help" 2>&1; LC_ALL=C "$J" --data "$D" help >"$WORK/help-c" 2>&1
check "help passed on, $(wc -c <"$WORK/alone-help") bytes of Chinese in 8 KiB frames, prints as on its own (UTF-8 and C locale)" \
  bash -c "cmp -s '$WORK/alone-help' '$WORK/help' && cmp -s '$WORK/alone-help-c' '$WORK/help-c' && grep -q 监督工作台 '$WORK/help'"
JIANDU_USER=county JIANDU_PASSWORD=wrong "$J" --data "$D" org stats >/dev/null 2>"$WORK/err"; rc=$?
check "a wrong password: exit 5 and the same message" bash -c "[ $rc -eq $alone_rc ] && [ $rc -eq 5 ] && diff -q '$WORK/alone-err' '$WORK/err' >/dev/null"
"$J" --data "$D" org stats >/dev/null 2>"$WORK/err" </dev/null; rc=$?
check "no user: refused (exit 5), nothing of the workbench's session is lent" bash -c "[ $rc -eq 5 ] && grep -q 'needs a user' '$WORK/err'"
mkdir -p "$WORK/elsewhere"
(cd "$WORK/elsewhere" && as_county template jurisdiction --out rel.xlsx >/dev/null 2>&1)
check "a relative path is the user's folder, not the process's" bash -c "[ -s '$WORK/elsewhere/rel.xlsx' ] && [ ! -e '$WORK/jiandu/rel.xlsx' ]"
echo jiandu-demo | "$J" --data "$D" --user county --password-stdin org stats --json >"$WORK/now.json" 2>/dev/null
check "--password-stdin reads the client's standard input" cmp -s "$WORK/alone.json" "$WORK/now.json"
"$J" --data "$D" setup --admin x >/dev/null 2>"$WORK/err"; rc=$?
check "setup is refused while another process has the directory (exit 3, says why)" bash -c "[ $rc -eq 3 ] && grep -q 'to itself' '$WORK/err'"
if command -v script >/dev/null; then
  # a user who presses Ctrl+C at the password prompt: the client ends, the process goes on serving
  (script -qc "'$J' --data '$D' --user county org stats" /dev/null < <(sleep 20) >/dev/null 2>&1 &)
  sleep 1.5; pkill -f "ResidentClient.*--user county org stats"
  check "a client gone at its password prompt leaves the process serving" same
fi
pids=""; for i in 1 2 3 4; do as_county org stats --json >"$WORK/par$i" 2>&1 & pids="$pids $!"; done; wait $pids
check "four commands at once: four identical answers" bash -c "for i in 1 2 3 4; do cmp -s '$WORK/alone.json' '$WORK/par'\$i || exit 1; done"
# crafted clients of the same account: another protocol, an absurd count, a cut-off request, replies nobody asked
# for; each is refused or dropped, and the process goes on serving
python3 - "$S" >"$WORK/crafted" 2>&1 <<'PY'
import socket, struct, sys
def talk(data):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM); s.settimeout(15); s.connect(sys.argv[1])
    s.sendall(data); s.shutdown(socket.SHUT_WR)
    got = b""
    while True:
        b = s.recv(65536)
        if not b: break
        got += b
    s.close(); return got
print("wrong-magic", b"another version" in talk(b"GET / HTTP/1.0\r\n\r\n" + b"\0" * 8))
print("huge-count", talk(struct.pack(">ii", 0x4A44434C, 1) + struct.pack(">i", 1) + b"/" + struct.pack(">i", 2**30)) == b"")
print("cut-off", talk(struct.pack(">ii", 0x4A44434C, 1) + struct.pack(">i", 100) + b"/tmp") == b"")
# a valid request (no arguments: help), then 4 MiB of standard input nobody asked for: dropped, not queued
try:
    talk(struct.pack(">ii", 0x4A44434C, 1) + struct.pack(">i", 1) + b"/" + struct.pack(">i", 0) + struct.pack(">i", 0)
         + b"\0" + (b"\x0c" + struct.pack(">i", 65536) + b"x" * 65536) * 64)
except OSError:
    pass
PY
check "crafted clients are refused or dropped, and commands still answer" \
  bash -c "grep -q 'wrong-magic True' '$WORK/crafted' && grep -q 'huge-count True' '$WORK/crafted' && grep -q 'cut-off True' '$WORK/crafted' && JIANDU_USER=county JIANDU_PASSWORD=jiandu-demo '$J' --data '$D' org stats >/dev/null 2>'$WORK/err' || { sed 's/^/    /' '$WORK/crafted' '$WORK/err'; exit 1; }"
t0=$(date +%s%3N); as_county org stats >/dev/null 2>&1; t1=$(date +%s%3N)
check "a command passed on answers within 1.5 s (took $((t1 - t0)) ms)" test $((t1 - t0)) -le 1500
kill -TERM $server; wait $server; rc=$?; server=""
check "serve ends on a signal, its socket removed" bash -c "[ ! -e '$S' ]"
JIANDU_USER=admin JIANDU_PASSWORD=jiandu-demo "$J" --data "$D" audit verify >"$WORK/out" 2>&1; rc=$?
check "afterwards the directory opens on its own, the audit chain intact with each passed-on login" \
  bash -c "[ $rc -eq 0 ] && [ \$(JIANDU_USER=admin JIANDU_PASSWORD=jiandu-demo '$J' --data '$D' audit list --action login --actor county --limit 100 2>/dev/null | grep -c county) -ge 8 ]"

# a process killed outright leaves its socket behind: the next command runs on its own
"$J" --data "$D" serve >/dev/null 2>&1 & server=$!
await_socket; kill -9 $server; wait $server 2>/dev/null; server=""
check "a socket left by a killed process: the command runs on its own" same

if [ -n "${DISPLAY:-}" ]; then
  JIANDU_USER=county JIANDU_PASSWORD=jiandu-demo JAVA_TOOL_OPTIONS="-Djiandu.startupMarker=$WORK/started" \
    "$J" --data "$D" >/dev/null 2>&1 &
  gui=$!
  for _ in $(seq 600); do [ -s "$WORK/started" ] && break; sleep 0.1; done
  await_socket
  check "while the workbench is open, a command runs in it (before: 'in use')" same
  kill $gui 2>/dev/null; wait $gui 2>/dev/null; gui=""
  check "the workbench closed: its socket removed" bash -c "[ ! -e '$S' ]"
fi

echo "resident-smoke: $pass passed, $failn failed"
[ $failn -eq 0 ]
