#!/usr/bin/env bash
# Command-line answer time: wall time of read commands (org stats, search) run on their own (a JVM, OSGi, the
# database and a login each time) and passed on to a process that has the data directory open (jiandu serve; the
# workbench does the same), against java -version and an OSGi start (jiandu help) in the same run. Medians.
#   benchmarks/cli.sh [RUNS] [DOCS]     default 7 runs, 1 500 documents indexed; needs a built archive
#   CLI_BACKUPS=14 also times org stats once the data directory holds that many backups, each with 3 000 attachments
#   (what a year of daily and weekly backups of a county comes to): a command walks the directory to keep it private.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
RUNS=${1:-7}
DOCS=${2:-1500}
. "$ROOT/.ci/java-home.sh"
archive="$ROOT/releng/org.jiandu.products/target/products/jiandu-danfeng-linux.gtk.x86_64.tar.gz"
[ -f "$archive" ] || { echo "cli: build first (./jiandu-test or ./jiandu): $archive is missing" >&2; exit 2; }
WORK=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill $server 2>/dev/null; rm -rf "$WORK"' EXIT
tar --warning=no-unknown-keyword -xzf "$archive" -C "$WORK"
J="$WORK/jiandu/jiandu"; D="$WORK/data"
JAVA="$WORK/jiandu/jre/bin/java"; [ -x "$JAVA" ] || JAVA="$JAVA_HOME/bin/java"
export JIANDU_USER=county JIANDU_PASSWORD=jiandu-demo

# outside the timing: the demo installation and $DOCS documents of Chinese case material indexed
"$J" --data "$D" demo-data >/dev/null 2>&1
python3 - "$WORK/docs" "$DOCS" <<'PY'
import os, random, sys
out, n = sys.argv[1], int(sys.argv[2])
os.makedirs(out)
rnd = random.Random(20261130)
words = "谈话笔录 信访举报 违规发放 补贴 村干部 集体资金 整改 问责 乡镇纪委 巡察 清廉单元 培训 公款吃喝 虚报冒领 工程项目".split()
for i in range(n):
    with open(os.path.join(out, "doc%05d.txt" % i), "w", encoding="utf-8") as f:
        f.write("丹纪立〔2024〕%d号 " % i + " ".join(rnd.choice(words) for _ in range(400)) + " 金额%d元" % rnd.randint(100, 99999))
PY
"$J" --data "$D" index "$WORK/docs" --township danfeng-t01 >/dev/null 2>&1

now_ms() { date +%s%3N; }
# time_runs CMD… → the median wall milliseconds of RUNS runs
time_runs() {
  local t=() t0 t1
  for _ in $(seq "$RUNS"); do
    t0=$(now_ms); "$@" >/dev/null 2>&1 || { echo "cli: failed: $*" >&2; exit 1; }; t1=$(now_ms)
    t+=($((t1 - t0)))
  done
  printf '%s\n' "${t[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'
}
"$J" --data "$D" org stats >/dev/null 2>&1   # warm the OS file cache
jv=$(time_runs "$JAVA" -version)
help=$(time_runs "$J" help)
stats=$(time_runs "$J" --data "$D" org stats)
search=$(time_runs "$J" --data "$D" search 补贴 --limit 20)
bstats=""
if [ "${CLI_BACKUPS:-0}" -gt 0 ]; then
  python3 - "$D/files/bench" <<'PY'
import os, sys
os.makedirs(sys.argv[1])
for i in range(3000):
    with open(os.path.join(sys.argv[1], "evidence%04d.pdf" % i), "w") as f:
        f.write("%PDF-1.4 " + str(i))
PY
  for _ in $(seq "$CLI_BACKUPS"); do JIANDU_USER=admin "$J" --data "$D" backup >/dev/null 2>&1 || { echo "cli: backup failed" >&2; exit 1; }; done
  "$J" --data "$D" org stats >/dev/null 2>&1
  bstats=$(time_runs "$J" --data "$D" org stats)
fi

"$J" --data "$D" serve >/dev/null 2>&1 &
server=$!
for _ in $(seq 600); do [ -S "$D/.jiandu.sock" ] && break; sleep 0.1; done
"$J" --data "$D" org stats >/dev/null 2>&1   # the process's first command (a cold JIT) is not counted
rstats=$(time_runs "$J" --data "$D" org stats)
rsearch=$(time_runs "$J" --data "$D" search 补贴 --limit 20)

echo "command line ($RUNS runs each, $(nproc) cores, $DOCS documents indexed, $("$JAVA" -version 2>&1 | head -1))"
printf '  %-44s %6d ms\n' "java -version" "$jv" "OSGi start (jiandu help, no database)" "$help" \
  "org stats, on its own" "$stats" "search 补贴, on its own" "$search" \
  "org stats, passed on to jiandu serve" "$rstats" "search 补贴, passed on to jiandu serve" "$rsearch"
[ -n "$bstats" ] && printf '  %-44s %6d ms\n' "org stats, on its own, beside $CLI_BACKUPS backups" "$bstats"
awk -v a="$rstats" -v b="$rsearch" -v s="$stats" -v q="$search" -v j="$jv" 'BEGIN {
  printf "  passed on / on its own: org stats %.2f, search %.2f; passed on / java -version: %.1f, %.1f\n", a / s, b / q, a / j, b / j }'
