package org.jiandu.search.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
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
    /** The recogniser's command without its arguments; only tests give another one (a program that hangs). */
    private final List<String> command;
    private final long timeoutSeconds;

    /** @param cache folder for recognised text, e.g. {@code files/ocr-cache} in the data directory */
    public Ocr(Path cache) {
        this(cache, List.of("tesseract"), TIMEOUT_SECONDS);
    }

    /** An OCR running {@code command} (e.g. a wrapper of tesseract) with its own time limit. */
    public Ocr(Path cache, List<String> command, long timeoutSeconds) {
        this.cache = cache;
        this.command = List.copyOf(command);
        this.timeoutSeconds = timeoutSeconds;
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
        if (command.equals(List.of("tesseract")) && !available()) {
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
                List<String> cmd = new ArrayList<>(command);
                cmd.addAll(List.of(in.toString(), "stdout", "-l", "chi_sim+eng"));
                Process p = new ProcessBuilder(cmd).start();
                // output is read on threads of its own: reading it here first would wait for a hung recogniser
                // forever and the time limit would never be checked
                BoundedSink out = new BoundedSink(MAX_OUTPUT);
                Thread drainOut = drainer(p.getInputStream(), out);
                Thread drainErr = drainer(p.getErrorStream(), OutputSink.INSTANCE);
                p.getOutputStream().close();
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                    throw new ExtractionException("OCR took longer than " + timeoutSeconds + " s");
                }
                drainOut.join(TimeUnit.SECONDS.toMillis(5));
                drainErr.join(TimeUnit.SECONDS.toMillis(5));
                if (p.exitValue() != 0) {
                    throw new ExtractionException("OCR failed (tesseract exit " + p.exitValue() + "): not a readable image");
                }
                String text = HAN_SPACE.matcher(out.toString(StandardCharsets.UTF_8)).replaceAll("");
                Path tmp = Files.createTempFile(cache, key, ".tmp");
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, cached, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
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

    /** Recognised text of one image beyond this is not kept (a page holds a few thousand characters). */
    private static final int MAX_OUTPUT = 4 << 20;

    private static Thread drainer(InputStream in, OutputStream to) {
        Thread t = new Thread(() -> {
            try (in) {
                in.transferTo(to);
            } catch (IOException ignored) {
                // the process ended or was stopped
            }
        }, "jiandu-ocr-output");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Keeps the first {@code max} bytes written to it and drops the rest. */
    private static final class BoundedSink extends ByteArrayOutputStream {
        private final int max;

        BoundedSink(int max) {
            this.max = max;
        }

        @Override
        public synchronized void write(int b) {
            if (count < max) {
                super.write(b);
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            super.write(b, off, Math.max(0, Math.min(len, max - count)));
        }

        @Override
        public synchronized String toString(Charset cs) {
            return super.toString(cs);
        }
    }

    private static final class OutputSink extends OutputStream {
        static final OutputSink INSTANCE = new OutputSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }

}
