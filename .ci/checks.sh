# The smoke scripts' way of counting checks: `check NAME COMMAND…` prints "ok - NAME" or "FAIL - NAME".
# Sourced by .ci/cli-smoke.sh and .ci/update-smoke.sh, which print "N passed, N failed" at the end.
pass=0; failn=0
ok() { echo "ok   - $1"; pass=$((pass + 1)); }
bad() { echo "FAIL - $1"; failn=$((failn + 1)); }
check() { local name=$1; shift; if "$@"; then ok "$name"; else bad "$name"; fi; }
