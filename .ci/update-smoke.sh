#!/usr/bin/env bash
# Updates end to end, as a county's IT person lives them: install version N from its archive and use it, build
# version N+1 from the same sources into an update repository, update, and check version, data and audit chain; a
# damaged repository leaves N working; a module the build lacks is added from the repository, then removed; a
# repository whose metadata was changed or has no signature, or whose artifacts are unsigned or signed by another
# key, is refused.
# Runs after the archives were built (./jiandu-test calls it after cli-smoke.sh). Prints "N passed, N failed".
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
. "$ROOT/.ci/java-home.sh" || exit 9
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
PRODUCTS="$ROOT/releng/org.jiandu.products/target/products"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
. "$ROOT/.ci/checks.sh"
json() { python3 -c "import json, sys; v = json.load(sys.stdin); print($1)"; }
export JIANDU_USER=admin JIANDU_PASSWORD=jiandu-demo

# version N: the investigator's build (case-file search only), as unpacked from its archive, with data in use
mkdir -p "$WORK/n"
tar --warning=no-unknown-keyword -xzf "$PRODUCTS/jiandu-investigator-linux.gtk.x86_64.tar.gz" -C "$WORK/n"
cp -r "$ROOT/releng/org.jiandu.products/target/repository" "$WORK/repo-n"
J="$WORK/n/jiandu/jiandu"; D="$WORK/data"
"$J" --data "$D" demo-data >/dev/null 2>&1
"$J" --data "$D" user add wu.fang --role investigator --scope shangzhou --json >/dev/null 2>&1
vn=$("$J" version --json 2>/dev/null | json 'v["version"]')
stats_n=$("$J" --data "$D" org stats --json 2>/dev/null)
check "version names the build, its version and its one module" bash -c "[ -n '$vn' ] && $J version --json 2>/dev/null | grep -q '\"product\": \"org.jiandu.product.investigator\"' && $J version --json 2>/dev/null | grep -q '\"search\"'"

# a module added later from the repository the build published, then removed again
"$J" update check --from "$WORK/repo-n" >"$WORK/out" 2>&1
check "update check: nothing newer in the build's own repository, patrol can be added" bash -c "grep -q '$vn' '$WORK/out' && grep -q patrol '$WORK/out'"
JAVA_TOOL_OPTIONS="-Duser.language=zh -Duser.country=CN" "$J" update check --from "$WORK/repo-n" >"$WORK/out" 2>&1
check "a module is named as its feature names it, in Chinese too (patrol（巡察统筹）)" grep -q 'patrol（巡察统筹）' "$WORK/out"
# plain HTTP: p2 would quietly ask the same server over HTTPS and report that it cannot read it; say why instead
"$J" update check --from http://127.0.0.1:9/repository >/dev/null 2>"$WORK/err"; rc=$?
check "a repository over plain HTTP is refused in one line that names HTTPS" bash -c "[ $rc -eq 1 ] && [ \$(wc -l < '$WORK/err') -eq 1 ] && grep -q 'HTTPS' '$WORK/err'"
"$J" --data "$D" update location http://127.0.0.1:9/repository >/dev/null 2>"$WORK/err"; rc=$?
check "nor is it remembered as the update location" bash -c "[ $rc -eq 1 ] && grep -q 'HTTPS' '$WORK/err' && ! '$J' version 2>/dev/null | grep -q '127.0.0.1:9'"
# a composite repository on a folder whose child is plain HTTP: p2 must not connect at all (p2.httpRule=block in the
# product), and the check fails rather than offering less (atomic composite loading)
python3 - "$WORK/listener" <<'PY' &
import socket, sys
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(8)
open(sys.argv[1] + ".port", "w").write(str(s.getsockname()[1]))
while True:
    c, _ = s.accept(); open(sys.argv[1] + ".hits", "a").write("connected\n"); c.close()
PY
listener=$!
for _ in $(seq 50); do [ -s "$WORK/listener.port" ] && break; sleep 0.1; done
mkdir -p "$WORK/composite"
for kind in Content:org.eclipse.equinox.internal.p2.metadata.repository.CompositeMetadataRepository \
    Artifacts:org.eclipse.equinox.internal.p2.artifact.repository.CompositeArtifactRepository; do
  cat >"$WORK/composite/composite${kind%%:*}.xml" <<XML
<?xml version='1.0' encoding='UTF-8'?>
<?composite${kind%%:*}Repository version='1.0.0'?>
<repository name='composite' type='${kind#*:}' version='1.0.0'>
  <properties size='1'><property name='p2.timestamp' value='1'/></properties>
  <children size='1'><child location='http://127.0.0.1:$(cat "$WORK/listener.port")/'/></children>
</repository>
XML
done
"$J" update check --from "$WORK/composite" >/dev/null 2>"$WORK/err"; rc=$?
kill $listener 2>/dev/null; wait $listener 2>/dev/null
check "a composite's plain-HTTP child is never connected to, and the check fails" bash -c "[ $rc -eq 1 ] && [ ! -e '$WORK/listener.hits' ]"
JIANDU_PASSWORD=jiandu-demo "$J" --data "$D" --user county update add patrol --from "$WORK/repo-n" >/dev/null 2>"$WORK/err"; rc=$?
check "only an administrator may add a module (exit 6), nothing changes" bash -c "[ $rc -eq 6 ] && ! '$J' help 2>/dev/null | grep -q '^  patrol'"
"$J" --data "$D" update add patrol --from "$WORK/repo-n" >"$WORK/out" 2>"$WORK/err"; rc=$?
check "update add patrol: added, data backed up first" bash -c "[ $rc -eq 0 ] && grep -q patrol '$WORK/out' && ls '$D/backups' | grep -q before-update"
check "after the next start, help and version show the patrol module" bash -c "'$J' help 2>/dev/null | grep -q '^  patrol plan' && '$J' version --json 2>/dev/null | grep -q '\"patrol\"'"
"$J" --data "$D" patrol ledger --term 2026-2030 --json >/dev/null 2>"$WORK/err"; rc=$?
check "the added module's command runs on the existing data directory (its tables migrated in)" test $rc -eq 0
if [ -n "${DISPLAY:-}" ]; then
  JAVA_TOOL_OPTIONS="-Djiandu.startupMarker=$WORK/started" "$J" --data "$D" >/dev/null 2>&1 &
  gui=$!
  for _ in $(seq 600); do [ -s "$WORK/started" ] && break; sleep 0.1; done
  kill $gui 2>/dev/null; wait $gui 2>/dev/null
  check "the workbench starts with the added module's screens" bash -c "[ -s '$WORK/started' ] && grep -q 'patrol' '$WORK/started.model' && grep -q '^org.jiandu.search.ui.part.search$' '$WORK/started.model'"
fi
"$J" --data "$D" update remove patrol >/dev/null 2>"$WORK/err"; rc=$?
modules=$("$J" version --json 2>/dev/null | json '",".join(v["modules"])')
check "update remove patrol: gone from help and version" bash -c "[ $rc -eq 0 ] && [ '$modules' = search ] && ! '$J' help 2>/dev/null | grep -q '^  patrol'"
"$J" --data "$D" update remove core >/dev/null 2>"$WORK/err"; rc=$?
check "core is not a module: refused in one line" bash -c "[ $rc -eq 1 ] && [ \$(wc -l < '$WORK/err') -eq 1 ]"

# version N+1: the same sources built again (a later build qualifier) into an update repository only
mkdir -p "$WORK/src"
tar -C "$ROOT" --exclude=./.git --exclude='./target' --exclude='*/target' -cf - . | tar -C "$WORK/src" -xf -
# N+1 brings a changed core changelog (its text; no new changeset), as a version that changes the schema does
printf '\n# version N+1 of the update smoke check\n' >> "$WORK/src/bundles/org.jiandu.persistence/db/changelog.yaml"
echo "update-smoke: building version N+1 into a repository (a few minutes)" >&2
(cd "$WORK/src" && ./mvnw -B -o -q -DskipTests -P repository-only verify -pl releng/org.jiandu.products -am) >"$WORK/build.log" 2>&1; rc=$?
check "version N+1 builds into an update repository" test $rc -eq 0
R1="$WORK/src/releng/org.jiandu.products/target/repository"

# a damaged repository: the update fails before anything changes
cp -r "$R1" "$WORK/damaged"
for f in "$WORK"/damaged/plugins/org.jiandu.core_*.jar; do printf 'not a jar' >"$f"; done
"$J" --data "$D" update --from "$WORK/damaged" >/dev/null 2>"$WORK/err"; rc=$?
check "an update from a damaged repository fails in one line and keeps version N" bash -c "[ $rc -eq 1 ] && grep -q '$vn' '$WORK/err' && [ \$(wc -l < '$WORK/err') -le 2 ] && '$J' version --json 2>/dev/null | grep -q '\"$vn\"'"
check "after the failed update version N still works on its data" bash -c "[ \"\$('$J' --data '$D' org stats --json 2>/dev/null)\" = '$stats_n' ]"

# signed updates. An attacker who can write to the county's update share has no secret key: the metadata (what an
# update does, and each artifact's checksums) is read only when content.jar and artifacts.jar carry valid signatures
# by a key of the installation's update-keys.asc
KEY=$(cat "$WORK/src/releng/org.jiandu.products/target/update-signing-key.path")
mkdir -m 700 "$WORK/attacker"
GNUPGHOME="$WORK/attacker" gpg --batch --quiet --passphrase '' --quick-gen-key 'Attacker <a@example.invalid>' rsa2048 sign never 2>/dev/null
fpr=$(GNUPGHOME="$WORK/attacker" gpg --batch --with-colons --fingerprint 2>/dev/null | awk -F: '$1 == "fpr" { print $10; exit }')
cp -r "$R1" "$WORK/resigned"
python3 "$ROOT/.ci/tamper-repository.py" resign "$WORK/resigned" "$WORK/attacker" >/dev/null
GNUPGHOME="$WORK/attacker" gpgconf --kill gpg-agent 2>/dev/null
"$J" --data "$D" update --from "$WORK/resigned" >/dev/null 2>"$WORK/err"; rc=$?
check "a core jar changed and signed with another key (its checksums made to match) is refused in one line; N stays" bash -c "[ $rc -eq 1 ] && [ \$(wc -l < '$WORK/err') -eq 1 ] && grep -q 'artifacts.jar' '$WORK/err' && '$J' version --json 2>/dev/null | grep -q '\"$vn\"'"
cp -r "$R1" "$WORK/meta-changed"
python3 "$ROOT/.ci/tamper-repository.py" metadata "$WORK/meta-changed" >/dev/null
"$J" --data "$D" update --from "$WORK/meta-changed" >/dev/null 2>"$WORK/err"; rc=$?
check "an update whose content.jar was changed after signing (an instruction added) is refused; N stays" bash -c "[ $rc -eq 1 ] && [ \$(wc -l < '$WORK/err') -eq 1 ] && grep -q 'content.jar' '$WORK/err' && '$J' version --json 2>/dev/null | grep -q '\"$vn\"'"
cp -r "$R1" "$WORK/meta-unsigned"
rm "$WORK/meta-unsigned/content.jar.asc"
"$J" update check --from "$WORK/meta-unsigned" >/dev/null 2>"$WORK/err"; rc=$?
check "nor does update check read a repository whose metadata has no signature" bash -c "[ $rc -eq 1 ] && grep -q 'content.jar.asc' '$WORK/err'"
# behind that, each artifact p2 downloads must be signed by a trusted key: a build that published metadata signed by
# the right key but left artifacts unsigned, or signed by another key, gets nothing installed
cp -r "$R1" "$WORK/unsigned"
python3 "$ROOT/.ci/tamper-repository.py" strip "$WORK/unsigned" >/dev/null
bash "$ROOT/releng/org.jiandu.products/sign-metadata.sh" "$WORK/unsigned" "$KEY"
"$J" --data "$D" update --from "$WORK/unsigned" >/dev/null 2>"$WORK/err"; rc=$?
check "signed metadata with unsigned artifacts: refused, naming one and the keys file; N stays" bash -c "[ $rc -eq 1 ] && grep -q 'has no signature' '$WORK/err' && grep -q 'update-keys.asc' '$WORK/err' && '$J' version --json 2>/dev/null | grep -q '\"$vn\"'"
bash "$ROOT/releng/org.jiandu.products/sign-metadata.sh" "$WORK/resigned" "$KEY"
"$J" --data "$D" update --from "$WORK/resigned" >/dev/null 2>"$WORK/err"; rc=$?
check "signed metadata with a jar signed by another key: refused, naming that key; N stays" bash -c "[ $rc -eq 1 ] && [ -n '$fpr' ] && grep -q '$fpr' '$WORK/err' && '$J' version --json 2>/dev/null | grep -q '\"$vn\"'"
mv "$WORK/n/jiandu/update-keys.asc" "$WORK/update-keys.asc"
"$J" --data "$D" update --from "$R1" >/dev/null 2>"$WORK/err"; rc=$?
mv "$WORK/update-keys.asc" "$WORK/n/jiandu/update-keys.asc"
check "an installation without update-keys.asc takes no update, in one line naming it" bash -c "[ $rc -eq 1 ] && [ \$(wc -l < '$WORK/err') -eq 1 ] && grep -q 'update-keys.asc' '$WORK/err'"

# the update N -> N+1
"$J" update check --from "$R1" >"$WORK/out" 2>&1
vn1=$(sed -n 's/.* offers version \([^ ]*\) .*/\1/p' "$WORK/out")
check "update check: the repository offers a newer version" bash -c "[ -n '$vn1' ] && [ '$vn1' != '$vn' ]"
"$J" --data "$D" update --from "$R1" --json >"$WORK/out" 2>"$WORK/err"; rc=$?
check "update N -> N+1 succeeds and backs up first" bash -c "[ $rc -eq 0 ] && grep -q '\"to\": \"$vn1\"' '$WORK/out' && grep -q 'before-update' '$WORK/out'"
check "after the update the installation is version N+1" bash -c "'$J' version --json 2>/dev/null | grep -q '\"version\": \"$vn1\"'"
check "no jar of the refused, re-signed repository was left behind and installed" python3 -c "import glob, sys, zipfile; sys.exit(any('Backdoor' in n for f in glob.glob('$WORK/n/jiandu/plugins/org.jiandu.core_*.jar') for n in zipfile.ZipFile(f).namelist()))"
nb=$(ls "$D/backups" | grep -c before-update)
"$J" --data "$D" org stats >/dev/null 2>"$WORK/err"; rc=$?
check "N+1's first start migrates its changed schema behind the update's backup, making no second one" bash -c "[ $rc -eq 0 ] && [ \$(ls '$D/backups' | grep -c before-update) -eq $nb ] && '$J' --data '$D' audit list --json 2>/dev/null | grep -q 'database:schema'"
check "after the update the data is kept" bash -c "[ \"\$('$J' --data '$D' org stats --json 2>/dev/null)\" = '$stats_n' ] && '$J' --data '$D' user list 2>/dev/null | grep -q wu.fang"
"$J" --data "$D" audit verify --json >"$WORK/audit" 2>&1; rc=$?
check "after the update the audit chain is intact and records the update" bash -c "[ $rc -eq 0 ] && grep -q '\"intact\": true' '$WORK/audit' && '$J' --data '$D' audit list --json 2>/dev/null | grep -q 'installation:org.jiandu.product.investigator'"
"$J" --data "$D" update --from "$R1" >/dev/null 2>"$WORK/err"; rc=$?
check "a second update says the installation is up to date" bash -c "[ $rc -eq 1 ] && grep -q '$vn1' '$WORK/err'"
# an older signed repository offered again: nothing older than the installation comes from it
"$J" --data "$D" update add patrol --from "$WORK/repo-n" >/dev/null 2>"$WORK/err"; rc=$?
check "a module older than the installation (from version N's repository) is refused, naming both versions" bash -c "[ $rc -eq 1 ] && grep -q '$vn' '$WORK/err' && grep -q '$vn1' '$WORK/err' && ! '$J' help 2>/dev/null | grep -q '^  patrol'"

echo "update-smoke: $pass passed, $failn failed"
[ $failn -eq 0 ]
