package org.jiandu.cleanunit;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The document types an evidence file may be opened as on a reviewer's machine. Uploaders name their files, so a type
 * is granted only when the name's extension is on the list AND the content starts the way such a document starts:
 * a program named {@code 整改.pdf} or {@code 整改.exe} is never handed to the desktop to open (it may be saved).
 */
public enum EvidenceType {
    PDF("pdf", bytes("%PDF-")),
    PNG("png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }),
    JPEG("jpg", new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff }),
    /** Office Open XML without macros (the macro-enabled .docm/.xlsm are not on the list). */
    DOCX("docx", bytes("PK\u0003\u0004")),
    XLSX("xlsx", bytes("PK\u0003\u0004")),
    PPTX("pptx", bytes("PK\u0003\u0004")),
    /** Plain text: valid UTF-8 without control characters other than tab and line ends. */
    TXT("txt", null);

    private final String extension;
    private final byte[] magic;

    EvidenceType(String extension, byte[] magic) {
        this.extension = extension;
        this.magic = magic;
    }

    /** The extension the opened copy gets (whatever case or variant the uploader used). */
    public String extension() {
        return extension;
    }

    /** The type of a file named {@code fileName} starting with {@code head} (its first bytes), if it may be opened. */
    public static Optional<EvidenceType> of(String fileName, byte[] head) {
        String ext = extensionOf(fileName);
        String canonical = "jpeg".equals(ext) ? "jpg" : ext;
        for (EvidenceType t : values()) {
            if (t.extension.equals(canonical) && t.matches(head)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private boolean matches(byte[] head) {
        if (magic == null) {
            return isPlainText(head);
        }
        return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
    }

    private static boolean isPlainText(byte[] head) {
        for (byte b : head) {
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7f) {
                return false;
            }
        }
        try {
            // the head may end inside a character: drop up to three trailing bytes before decoding
            int end = head.length;
            for (int cut = 0; cut < 4 && end - cut >= 0; cut++) {
                if (decodes(head, end - cut)) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean decodes(byte[] head, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static String extensionOf(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.ISO_8859_1);
    }
}
