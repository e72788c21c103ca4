package org.jiandu.search.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.jiandu.core.Hashes;

/**
 * Optical character recognition with the Tesseract command ({@code chi_sim}, plus {@code eng}), when it is
 * installed. Results are cached by the SHA-256 of the image, so re-indexing never recognises an image twice.
 */
public final class Ocr {

    private static final long TIMEOUT_SECONDS = 180;
    /** Tesseract puts spaces between Chinese characters; they are not in the document. */
    private static final Pattern HAN_SPACE = Pattern.compile("(?<=\\p{IsHan})[ \\t]+(?=\\p{IsHan})");
    private static volatile Boolean available;

    private final Path cache;

    /** @param cache folder for recognised text, e.g. {@code files/ocr-cache} in the data directory */
    public Ocr(Path cache) {
        this.cache = cache;
    }

    /** True when {@code tesseract} runs and knows {@code chi_sim}. Checked once per process. */
    public static boolean available() {
        Boolean a = available;
        if (a == null) {
            try {
                Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                a = p.waitFor(20, TimeUnit.SECONDS) && out.contains("chi_sim");
            } catch (IOException e) {
                a = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                a = false;
            }
            available = a;
        }
        return a;
    }

    /** Text of an image (PNG, JPEG, TIFF, BMP bytes). */
    public String recognize(byte[] image) throws ExtractionException {
        if (!available()) {
            throw new ExtractionException("needs OCR, but Tesseract with the chi_sim language is not installed");
        }
        String key = Hashes.sha256(image);
        Path cached = cache.resolve(key + ".txt");
        try {
            if (Files.isRegularFile(cached)) {
                return Files.readString(cached, StandardCharsets.UTF_8);
            }
            Files.createDirectories(cache);
            Path in = Files.createTempFile(cache, "ocr", ".img");
            try {
                Files.write(in, image);
                Process p = new ProcessBuilder("tesseract", in.toString(), "stdout", "-l", "chi_sim+eng").start();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                Thread drainErr = new Thread(() -> drain(p.getErrorStream()));
                drainErr.start();
                p.getInputStream().transferTo(out);
                if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new ExtractionException("OCR took longer than " + TIMEOUT_SECONDS + " s");
                }
                if (p.exitValue() != 0) {
                    throw new ExtractionException("OCR failed (tesseract exit " + p.exitValue() + "): not a readable image");
                }
                String text = HAN_SPACE.matcher(out.toString(StandardCharsets.UTF_8)).replaceAll("");
                Path tmp = Files.createTempFile(cache, key, ".tmp");
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, cached, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                return text;
            } finally {
                Files.deleteIfExists(in);
            }
        } catch (IOException e) {
            throw new ExtractionException("OCR failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException("OCR interrupted");
        }
    }

    private static void drain(InputStream in) {
        try {
            in.transferTo(OutputSink.INSTANCE);
        } catch (IOException ignored) {
            // the process ended
        }
    }

    private static final class OutputSink extends java.io.OutputStream {
        static final OutputSink INSTANCE = new OutputSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }

}
