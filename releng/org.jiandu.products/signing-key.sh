#!/usr/bin/env bash
# The key that signs the update repository (OpenPGP, checked by every installation before it installs an update),
# called by signing.xml before the repository is assembled:
#   signing-key.sh OUT_DIR
# The secret key is the file JIANDU_SIGNING_KEY names (an armored secret key, as `gpg --armor --export-secret-keys`
# writes it; a passphrase comes from MAVEN_GPG_PASSPHRASE). Without JIANDU_SIGNING_KEY it is this machine's build key,
# made at its first build in ~/.jiandu-build/ (owner-only, no passphrase): the archives and the repositories built on
# one machine trust each other, those of another machine do not. A county's release builds use the commission's key:
# with JIANDU_RELEASE=1 a build without JIANDU_SIGNING_KEY stops instead of signing with the machine's key.
# Writes OUT_DIR/update-signing-key.path (the secret key's path, for the signer) and OUT_DIR/update-keys.asc (its
# public key, which signing.xml puts into every product as the keys the installation trusts).
set -eu
out=$1
mkdir -p "$out"
command -v gpg >/dev/null || { echo "jiandu: signing the update repository needs gpg (apt-get install gnupg)" >&2; exit 1; }
gnupg=$(mktemp -d)
trap 'gpgconf --kill gpg-agent 2>/dev/null; rm -rf "$gnupg"' EXIT
export GNUPGHOME=$gnupg
if [ -n "${JIANDU_SIGNING_KEY:-}" ]; then
  key=$JIANDU_SIGNING_KEY
  [ -r "$key" ] || { echo "jiandu: JIANDU_SIGNING_KEY names $key, which cannot be read" >&2; exit 1; }
elif [ "${JIANDU_RELEASE:-}" = 1 ]; then
  echo "jiandu: JIANDU_RELEASE=1 needs the commission's key: set JIANDU_SIGNING_KEY to its armored secret key" >&2
  exit 1
else
  dir=$HOME/.jiandu-build
  key=$dir/update-signing-key.asc
  if [ ! -s "$key" ]; then
    mkdir -p "$dir" && chmod 700 "$dir"
    echo "jiandu: making this machine's update signing key in $key (release builds: set JIANDU_SIGNING_KEY)"
    gpg --batch --quiet --passphrase '' --quick-gen-key "Jiandu update signing ($(uname -n)) <updates@jiandu.invalid>" \
      rsa3072 sign never 2>/dev/null
    (umask 077 && gpg --batch --quiet --armor --export-secret-keys > "$key.part") && mv "$key.part" "$key"
  fi
fi
# the public key alone, from the secret key (import needs the passphrase only to sign, not to export the public part)
gpg --batch --quiet --import "$key" 2>/dev/null || { echo "jiandu: $key is not an OpenPGP secret key" >&2; exit 1; }
gpg --batch --quiet --armor --export > "$out/update-keys.asc" 2>/dev/null
[ -s "$out/update-keys.asc" ] || { echo "jiandu: $key holds no key" >&2; exit 1; }
printf '%s' "$key" > "$out/update-signing-key.path"
# the signer wants a passphrase even for a key that has none (this machine's key): without MAVEN_GPG_PASSPHRASE, say
# so in a file pom.xml turns into a placeholder; a key that does have one needs MAVEN_GPG_PASSPHRASE
rm -f "$out/update-signing-key.unprotected"
if [ -z "${MAVEN_GPG_PASSPHRASE:-}" ]; then
  echo | gpg --batch --quiet --pinentry-mode loopback --passphrase '' --sign >/dev/null 2>&1 \
    || { echo "jiandu: $key has a passphrase: give it in MAVEN_GPG_PASSPHRASE" >&2; exit 1; }
  : > "$out/update-signing-key.unprotected"
fi
fingerprint=$(gpg --batch --quiet --no-auto-check-trustdb --with-colons --fingerprint 2>/dev/null | awk -F: '$1 == "fpr" { print $10; exit }')
echo "jiandu: the update repository is signed with key $fingerprint ($key)"
