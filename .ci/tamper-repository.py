#!/usr/bin/env python3
"""What an attacker who can write to a county's update share does to a copy of an update repository, for
.ci/update-smoke.sh:
  tamper-repository.py strip REPO           every OpenPGP signature removed from the artifacts' metadata
  tamper-repository.py resign REPO GNUPGHOME [BUNDLE]  BUNDLE's jar (org.jiandu.core) changed, its checksums made
                                             to match, and signed with the first key of GNUPGHOME (the attacker's),
                                             whose public key is put beside the signature
  tamper-repository.py metadata REPO          content.jar changed after it was signed
The artifacts' metadata is rewritten in artifacts.jar only (artifacts.xml.xz and p2.index removed, so p2 reads it)."""
import hashlib
import html
import os
import re
import subprocess
import sys
import zipfile


def read(repo):
    with zipfile.ZipFile(os.path.join(repo, "artifacts.jar")) as z:
        return z.read("artifacts.xml").decode("utf-8")


def write(repo, xml):
    for name in ("artifacts.xml.xz", "artifacts.xml", "p2.index"):
        path = os.path.join(repo, name)
        if os.path.exists(path):
            os.remove(path)
    with zipfile.ZipFile(os.path.join(repo, "artifacts.jar"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("artifacts.xml", xml)


def recount(xml):
    """p2 reads each properties element's size: keep it true after properties were removed or added."""
    def fix(m):
        return "<properties size='%d'>%s</properties>" % (m.group(2).count("<property "), m.group(2))
    return re.sub(r"<properties size='(\d+)'>(.*?)</properties>", fix, xml, flags=re.S)


def attr(value):
    return html.escape(value, quote=True).replace("\n", "&#xA;").replace("\r", "&#xD;")


def strip(repo):
    xml, n = re.subn(r"\s*<property name='pgp\.signatures' value='[^']*'/>", "", read(repo))
    write(repo, recount(xml))
    print("stripped %d signatures" % n)


def resign(repo, gnupg, bundle="org.jiandu.core"):
    xml = read(repo)
    m = re.search(r"<artifact classifier='osgi\.bundle' id='%s' version='([^']+)'>.*?</artifact>" % re.escape(bundle), xml,
                  flags=re.S)
    version = m.group(1)
    jar = os.path.join(repo, "plugins", "%s_%s.jar" % (bundle, version))
    with zipfile.ZipFile(jar, "a") as z:
        z.writestr("org/jiandu/core/Backdoor.txt", "whatever the attacker wants to run\n")
    data = open(jar, "rb").read()
    env = dict(os.environ, GNUPGHOME=gnupg)
    signature = subprocess.run(["gpg", "--batch", "--armor", "--detach-sign", "--output", "-", jar], env=env,
                               check=True, capture_output=True).stdout.decode()
    key = subprocess.run(["gpg", "--batch", "--armor", "--export"], env=env, check=True,
                         capture_output=True).stdout.decode()
    block = m.group(0)
    values = {"download.size": str(len(data)), "artifact.size": str(len(data)),
              "download.md5": hashlib.md5(data).hexdigest()}
    for algorithm in re.findall(r"name='download\.checksum\.([\w-]+)'", block):
        values["download.checksum." + algorithm] = \
            hashlib.new(algorithm.replace("-", ""), data).hexdigest()
    values.update({"pgp.signatures": signature, "pgp.publicKeys": key})
    for name, value in values.items():
        prop = "<property name='%s' value='%s'/>" % (name, attr(value))
        block, n = re.subn(r"<property name='%s' value='[^']*'/>" % re.escape(name), lambda _: prop, block)
        if n == 0 and name.startswith("pgp."):
            block = re.sub(r"<properties size='\d+'>", lambda p: p.group(0) + "\n        " + prop, block, count=1)
    write(repo, recount(xml.replace(m.group(0), block)))
    print("re-signed %s %s" % (bundle, version))


def metadata(repo):
    """content.jar changed after it was signed, as one that adds a touchpoint instruction (copy a file from the share
    over a bundle) would be: the metadata p2 signs nothing of."""
    path = os.path.join(repo, "content.jar")
    with zipfile.ZipFile(path) as z:
        xml = z.read("content.xml").decode("utf-8")
    xml = xml.replace("</repository>", "<!-- copy(source:/mnt/share/evil.jar, target:${installFolder}/plugins/) -->"
                      "</repository>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("content.xml", xml)
    print("changed content.jar")


if __name__ == "__main__":
    if sys.argv[1] == "strip":
        strip(sys.argv[2])
    elif sys.argv[1] == "metadata":
        metadata(sys.argv[2])
    else:
        resign(*sys.argv[2:5])
