#!/usr/bin/env bash
# Fuzz run of the search module's text extraction: valid DOCX, XLSX, DOC, XLS, RTF, PDF and HTML files mutated
# MUTATIONS times in all (bytes flipped, runs cut, repeated or copied, zip parts edited and packed again). Every
# mutant must end in text or one ExtractionException, within its time budget (10 s) and allocation budget (2 GB).
#   benchmarks/search-fuzz.sh [MUTATIONS] [SEED]     default 5000 mutations, seed 20261129
# Prints one line: seed files, mutations, outcomes per kind, the slowest file and the peak heap. The same test
# (FuzzTest) runs 350 mutations with the fixed seed in every build.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
MUTATIONS=${1:-5000}
SEED=${2:-20261129}
cd "$ROOT"
. .ci/java-home.sh
export PATH=$JAVA_HOME/bin:$PATH
log=$(mktemp)
trap 'rm -f "$log"' EXIT
./mvnw -B -o verify -pl bundles/org.jiandu.search.tests -am -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
    "-Dtycho.testArgLine=-Xmx1g -Djiandu.fuzz.mutations=$MUTATIONS -Djiandu.fuzz.seed=$SEED" >"$log" 2>&1 || {
    grep -aE "fuzz:|broke the rules|ERROR\]" "$log" | head -20 >&2
    exit 1
}
grep -aE "^fuzz:" "$log"
