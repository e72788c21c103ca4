package org.jiandu.update.internal;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.repository.artifact.spi.IArtifactUIServices;
import org.eclipse.osgi.util.NLS;

/**
 * p2's questions on trust, answered for one update. p2 asks them after it downloaded the artifacts and verified their
 * OpenPGP signatures, before it installs anything: an artifact is trusted only when one of its valid signatures is by a
 * key in the installation's {@value #KEYS_FILE}. Unsigned content, other keys and certificates are refused, and nothing
 * is remembered for a later update. (The products' config.ini names a trust engine that does not exist, so that no
 * certificate of the JDK's store vouches for an artifact instead.)
 */
final class UpdateTrust extends UIServices implements IArtifactUIServices {

    /** The public keys an installation trusts, in its folder: put there by the build (releng signing.xml). */
    static final String KEYS_FILE = "update-keys.asc";

    private final Path file;
    private final PGPPublicKeyRingCollection keys;
    private final Set<String> trusted;
    /** Each artifact refused, with the sentence that says why. */
    private final Map<IArtifactKey, String> refused = new TreeMap<>(
            Comparator.comparing(IArtifactKey::toString));

    private UpdateTrust(Path file, PGPPublicKeyRingCollection keys, Set<String> trusted) {
        this.file = file;
        this.keys = keys;
        this.trusted = trusted;
    }

    /** The keys of {@code installFolder}'s {@value #KEYS_FILE}; without one, no update can be trusted: say so now. */
    static UpdateTrust of(Path installFolder) {
        Path file = installFolder.resolve(KEYS_FILE);
        Set<String> fingerprints = new LinkedHashSet<>();
        PGPPublicKeyRingCollection rings;
        try (InputStream in = PGPUtil.getDecoderStream(Files.newInputStream(file))) {
            rings = new PGPPublicKeyRingCollection(in, new BcKeyFingerprintCalculator());
            for (PGPPublicKeyRing ring : rings) {
                for (Iterator<PGPPublicKey> keys = ring.getPublicKeys(); keys.hasNext();) {
                    PGPPublicKey key = keys.next();
                    if (valid(key)) {
                        fingerprints.add(fingerprint(key));
                    }
                }
            }
        } catch (NoSuchFileException e) {
            throw new IllegalStateException(NLS.bind(UpdateMessages.no_keys, file), e);
        } catch (IOException | PGPException | RuntimeException e) {
            throw new IllegalStateException(NLS.bind(UpdateMessages.bad_keys, file, e.getMessage()), e);
        }
        if (fingerprints.isEmpty()) {
            throw new IllegalStateException(NLS.bind(UpdateMessages.bad_keys, file, "-"));
        }
        return new UpdateTrust(file, rings, Set.copyOf(fingerprints));
    }

    /** The file the trusted keys come from, for messages that name it. */
    Path file() {
        return file;
    }

    /** Whether {@code signature} (armored, detached) holds a valid signature of {@code data} by a trusted key. */
    boolean signs(byte[] data, byte[] signature) {
        try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(signature))) {
            Object o;
            for (BcPGPObjectFactory objects = new BcPGPObjectFactory(in); (o = objects.nextObject()) != null;) {
                if (o instanceof PGPSignatureList list) {
                    for (PGPSignature candidate : list) {
                        PGPPublicKey key = keys.getPublicKey(candidate.getKeyID());
                        if (key != null && trusted.contains(fingerprint(key))) {
                            candidate.init(new BcPGPContentVerifierBuilderProvider(), key);
                            candidate.update(data);
                            if (candidate.verify()) {
                                return true;
                            }
                        }
                    }
                }
            }
        } catch (IOException | PGPException | RuntimeException e) {
            return false; // not a signature at all: not one by a trusted key either
        }
        return false;
    }

    /** A revoked or expired key vouches for nothing (p2 itself only logs either). */
    private static boolean valid(PGPPublicKey key) {
        long seconds = key.getValidSeconds();
        return !key.hasRevocation()
                && (seconds <= 0 || key.getCreationTime().toInstant().plusSeconds(seconds).isAfter(Instant.now()));
    }

    static String fingerprint(PGPPublicKey key) {
        return HexFormat.of().withUpperCase().formatHex(key.getFingerprint());
    }

    /** What p2 asks in its CheckTrust phase, with the artifacts each signer vouches for. */
    @Override
    public TrustInfo getTrustInfo(Map<List<Certificate>, Set<IArtifactKey>> untrustedChains,
            Map<PGPPublicKey, Set<IArtifactKey>> untrustedKeys, Set<IArtifactKey> unsignedArtifacts,
            Map<IArtifactKey, File> files) {
        List<PGPPublicKey> ours = untrustedKeys.keySet().stream().filter(k -> trusted.contains(fingerprint(k))).toList();
        Set<IArtifactKey> vouched = new HashSet<>();
        ours.forEach(k -> vouched.addAll(untrustedKeys.get(k)));
        unsignedArtifacts.forEach(a -> refused.put(a, NLS.bind(UpdateMessages.unsigned, name(a))));
        untrustedKeys.forEach((key, artifacts) -> artifacts.stream().filter(a -> !vouched.contains(a))
                .forEach(a -> refused.putIfAbsent(a, NLS.bind(UpdateMessages.foreign_key, name(a), fingerprint(key)))));
        untrustedChains.values().forEach(artifacts -> artifacts.stream().filter(a -> !vouched.contains(a))
                .forEach(a -> refused.putIfAbsent(a, NLS.bind(UpdateMessages.foreign_certificate, name(a)))));
        // trusted for this update only (persist: false); never unsigned content, a certificate, or "always"
        return new TrustInfo(List.of(), ours, false, false, false);
    }

    /** p2 asks this only of a UIServices that is no IArtifactUIServices: never here, and nothing would be trusted. */
    @Override
    public TrustInfo getTrustInfo(Certificate[][] untrustedChains, String[] unsignedDetail) {
        return new TrustInfo(List.of(), List.of(), false, false, false);
    }

    /**
     * Why p2 refused the update when the refusal was this object's: each artifact no trusted key signed, and why (at
     * most three, then how many); null when nothing was refused here.
     */
    String refusal() {
        if (refused.isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        refused.values().stream().limit(3).forEach(lines::add);
        if (refused.size() > 3) {
            lines.add(NLS.bind(UpdateMessages.more_refused, refused.size() - 3));
        }
        return String.join(" ", lines);
    }

    private static String name(IArtifactKey artifact) {
        return artifact.getId() + " " + artifact.getVersion();
    }

    /** The fingerprints of the trusted keys, for the message that names them. */
    String trustedKeys() {
        return String.join(", ", trusted);
    }

    @Override
    public AuthenticationInfo getUsernamePassword(String location) {
        return null; // a repository that asks for a password is not one updates come from: no prompt
    }

    @Override
    public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
        return null;
    }
}
