#!/usr/bin/env bash
# The update repository's metadata signed (content.jar.asc, artifacts.jar.asc beside them), called by signing.xml
# once the repository is assembled and its artifacts signed:
#   sign-metadata.sh REPOSITORY KEY_FILE
# p2 checks signatures of artifacts only, yet its metadata says what an update does (an installable unit's touchpoint
# instructions copy, unzip and chmod files and set the installation's properties), and which bytes each artifact has
# (its checksums: the root files' zips, which p2's trust check never sees, are pinned by nothing else). So an
# installation reads a repository's metadata only from these two files, and only when their signatures, by a key of
# its update-keys.asc, match (org.jiandu.update's SignedMetadata). KEY_FILE: the secret key signing-key.sh found
# (passphrase from MAVEN_GPG_PASSPHRASE).
set -eu
repo=$1
key=$2
for f in content.jar artifacts.jar; do
  [ -s "$repo/$f" ] || { echo "jiandu: $repo has no $f to sign" >&2; exit 1; }
done
gnupg=$(mktemp -d)
trap 'gpgconf --kill gpg-agent 2>/dev/null; rm -rf "$gnupg"' EXIT
export GNUPGHOME=$gnupg
gpg --batch --quiet --import "$key" 2>/dev/null || { echo "jiandu: $key is not an OpenPGP secret key" >&2; exit 1; }
for f in content.jar artifacts.jar; do
  printf '%s' "${MAVEN_GPG_PASSPHRASE:-}" | gpg --batch --quiet --yes --pinentry-mode loopback --passphrase-fd 0 \
    --armor --detach-sign --output "$repo/$f.asc" "$repo/$f" \
    || { echo "jiandu: $f of $repo could not be signed with $key" >&2; exit 1; }
done
