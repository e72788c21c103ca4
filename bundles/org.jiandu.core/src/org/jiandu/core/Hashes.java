package org.jiandu.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex: how files, reports and evidence are identified throughout the workbench. */
public final class Hashes {

    private Hashes() {
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** Of the text's UTF-8 bytes. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A fresh SHA-256 digest, for hashing a stream as it is copied. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /**
     * Copies a file into {@code folder} under its SHA-256 (hashing while copying, through a temporary file so a
     * crash never leaves a half-written file under a hash) and returns the hash. The same content is stored once.
     */
    public static String storeByContent(Path file, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path tmp = Files.createTempFile(folder, "incoming", ".part");
        try {
            MessageDigest md = digest();
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            String sha = HexFormat.of().formatHex(md.digest());
            Files.move(tmp, folder.resolve(sha), StandardCopyOption.REPLACE_EXISTING);
            return sha;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
