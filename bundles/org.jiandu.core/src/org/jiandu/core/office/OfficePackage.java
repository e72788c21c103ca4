package org.jiandu.core.office;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An Office Open XML package (DOCX, XLSX) opened defensively: a password-protected or pre-2007 file is named as
 * such, and no part may unpack to more than {@link #MAX_UNZIPPED} bytes whatever size its entry claims.
 */
public final class OfficePackage {

    public static final long MAX_UNZIPPED = 512L << 20;

    /** The file is not a readable package; the message says why, in words a user can act on. */
    public static final class PackageException extends IOException {
        private static final long serialVersionUID = 1L;

        public PackageException(String message) {
            super(message);
        }
    }

    private OfficePackage() {
    }

    /** @param kind "DOCX", "XLSX": named in the messages */
    public static ZipFile open(Path file, String kind) throws IOException {
        try {
            return new ZipFile(file.toFile());
        } catch (ZipException e) {
            byte[] head = new byte[8];
            try (InputStream in = Files.newInputStream(file)) {
                in.read(head);
            }
            if ((head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF) {
                throw new PackageException("password-protected or old-format " + kind + " (an OLE container, not a zip)");
            }
            throw new PackageException("damaged " + kind + ": not a valid zip package (" + firstLine(e.getMessage()) + ")");
        }
    }

    /** One part, read through the size limit. */
    public static InputStream part(ZipFile zip, String name, String kind) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw new PackageException("damaged " + kind + ": " + name + " is missing");
        }
        if (e.getSize() > MAX_UNZIPPED) {
            throw new PackageException(kind + " part " + name + " unpacks to more than " + (MAX_UNZIPPED >> 20) + " MB");
        }
        return new Limited(zip.getInputStream(e), name);
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Stops a hostile package whose entry claims one size and inflates to far more. */
    private static final class Limited extends FilterInputStream {
        private final String name;
        private long read;

        Limited(InputStream in, String name) {
            super(in);
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++read > MAX_UNZIPPED) {
                throw new PackageException(name + " unpacks to more than " + (MAX_UNZIPPED >> 20) + " MB");
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0 && (read += n) > MAX_UNZIPPED) {
                throw new PackageException(name + " unpacks to more than " + (MAX_UNZIPPED >> 20) + " MB");
            }
            return n;
        }
    }
}
