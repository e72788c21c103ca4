package org.jiandu.search.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jiandu.search.extract.ExtractionException;
import org.jiandu.search.extract.Extractors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated archive files: valid DOCX, XLSX, DOC, XLS, RTF, PDF and HTML files changed at random (bytes flipped,
 * runs cut, copied or repeated, zip parts edited and packed again). Every file must end in text or one
 * {@link ExtractionException}, each within its time budget and without eating the heap. A small run with a fixed
 * seed is part of the tests; {@code benchmarks/search-fuzz.sh} runs a long one
 * ({@code -Djiandu.fuzz.mutations=N -Djiandu.fuzz.seed=S}) and prints the figures the README quotes.
 */
class FuzzTest {

    @TempDir
    Path dir;

    private static final int PER_FILE_SECONDS = 10;
    private static final long PER_FILE_ALLOCATION = 2L << 30;

    @Test
    void mutatedFilesEndInTextOrOneExtractionError() throws Exception {
        int mutations = Integer.getInteger("jiandu.fuzz.mutations", 350);
        long seed = Long.getLong("jiandu.fuzz.seed", 20261129L);
        Random r = new Random(seed);
        Map<String, byte[]> seeds = seeds();
        List<String> kinds = new ArrayList<>(seeds.keySet());
        for (Map.Entry<String, byte[]> e : seeds.entrySet()) { // the seeds themselves are read: the mutants start valid
            Path f = Files.write(dir.resolve("seed." + e.getKey()), e.getValue());
            assertTrue(!Extractors.extract(f).isEmpty(), "seed " + e.getKey());
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        long slowestMs = 0;
        String slowest = "";
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        for (int i = 0; i < mutations; i++) {
            String kind = kinds.get(i % kinds.size());
            byte[] mutated = mutate(kind, seeds.get(kind), r);
            Path f = dir.resolve("m" + i + "." + kind);
            Files.write(f, mutated);
            long before = ExtractionTest.allocated(), t0 = System.nanoTime();
            String outcome;
            try {
                Extractors.extract(f, mutated, null, Duration.ofSeconds(PER_FILE_SECONDS));
                outcome = "text";
            } catch (ExtractionException e) {
                outcome = "error";
                if (e.getMessage() == null || e.getMessage().contains("\n")) {
                    problems.add(f.getFileName() + ": not one line: " + e.getMessage());
                }
            } catch (Throwable t) {
                outcome = "escaped";
                problems.add(f.getFileName() + " (seed " + seed + ", mutation " + i + "): " + t);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000, used = ExtractionTest.allocated() - before;
            outcomes.merge(kind + " " + outcome, 1, Integer::sum);
            if (ms > slowestMs) {
                slowestMs = ms;
                slowest = f.getFileName().toString();
            }
            if (ms > (PER_FILE_SECONDS + 5) * 1000L) {
                problems.add(f.getFileName() + ": took " + ms + " ms");
            }
            if (used > PER_FILE_ALLOCATION) {
                problems.add(f.getFileName() + ": allocated " + (used >> 20) + " MB");
            }
            Files.delete(f);
        }
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        System.out.printf("fuzz: seed %d, %d seed files (%s), %d mutations, outcomes %s, slowest %s %d ms, peak heap %d MB%n",
                seed, seeds.size(), String.join(" ", kinds), mutations, outcomes, slowest, slowestMs, peak >> 20);
        assertTrue(problems.isEmpty(), problems.size() + " files broke the rules: " + problems.subList(0, Math.min(10, problems.size())));
    }

    private Map<String, byte[]> seeds() throws Exception {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("docx", Files.readAllBytes(Fixtures.docx(dir.resolve("s.docx"), "第一段:李四", "第二段 违规发放补贴", "Third paragraph")));
        m.put("xlsx", Files.readAllBytes(Fixtures.xlsx(dir.resolve("s.xlsx"), new String[] { "一月", "二月" },
                new String[][][] { { { "姓名", "金额" }, { "王五", "1200" } }, { { "赵六", "300" } } })));
        m.put("doc", fixture("interview.doc"));
        m.put("xls", fixture("ledger.xls"));
        m.put("rtf", "{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0 SimSun;}}\\f0 \\'cc\\'b8\\'bb\\'b0\\u31508?\\par {\\*\\x hidden}end}"
                .getBytes(StandardCharsets.ISO_8859_1));
        m.put("html", ("<html><head><meta charset=\"utf-8\"><script>var x='秘密';</script><style>p{}</style></head><body>"
                + "<!-- c --><p>举报&amp;信访</p><div>&#x5f20;三</div><table><tr><td>甲</td></tr></table></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        Path pdf = dir.resolve("s.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (String text : new String[] { "first page about funds", "second page names Wang" }) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(50, 700);
                    cs.showText(text);
                    cs.endText();
                }
            }
            doc.save(pdf.toFile());
        }
        m.put("pdf", Files.readAllBytes(pdf));
        return m;
    }

    private static byte[] fixture(String name) throws Exception {
        var found = org.osgi.framework.FrameworkUtil.getBundle(FuzzTest.class).findEntries("fixtures", name, false);
        try (var in = found.nextElement().openStream()) {
            return in.readAllBytes();
        }
    }

    /** One to four random edits; for a zip package, half the time the edits go into one of its parts instead. */
    static byte[] mutate(String kind, byte[] b, Random r) throws Exception {
        if ((kind.equals("docx") || kind.equals("xlsx")) && r.nextBoolean()) {
            return mutateParts(b, r);
        }
        byte[] out = b.clone();
        for (int n = 1 + r.nextInt(4); n > 0; n--) {
            out = edit(out, r);
        }
        return out;
    }

    private static byte[] edit(byte[] b, Random r) {
        if (b.length < 2) {
            return b;
        }
        int at = r.nextInt(b.length), len = 1 + r.nextInt(Math.min(b.length - at, 64));
        switch (r.nextInt(6)) {
            case 0 -> { // flip bytes
                byte[] o = b.clone();
                for (int i = 0; i < len; i++) {
                    o[at + i] ^= (byte) (1 << r.nextInt(8));
                }
                return o;
            }
            case 1 -> { // a run of interesting values (0, -1, 0x7F, sizes)
                byte[] o = b.clone();
                byte v = new byte[] { 0, (byte) 0xFF, 0x7F, (byte) 0x80, (byte) 0xFE }[r.nextInt(5)];
                Arrays.fill(o, at, at + Math.min(len, 8), v);
                return o;
            }
            case 2 -> { // cut
                return Arrays.copyOf(b, at);
            }
            case 3 -> { // delete a run
                byte[] o = new byte[b.length - len];
                System.arraycopy(b, 0, o, 0, at);
                System.arraycopy(b, at + len, o, at, b.length - at - len);
                return o;
            }
            case 4 -> { // repeat a run many times (amplification)
                int times = 1 + r.nextInt(200);
                ByteArrayOutputStream o = new ByteArrayOutputStream();
                o.write(b, 0, at);
                for (int i = 0; i < times; i++) {
                    o.write(b, at, len);
                }
                o.write(b, at, b.length - at);
                return o.toByteArray();
            }
            default -> { // copy a run from elsewhere over this one
                byte[] o = b.clone();
                int from = r.nextInt(b.length - len + 1);
                System.arraycopy(b, from, o, at, len);
                return o;
            }
        }
    }

    /** Edits one part of a zip package as text and packs it again, so the XML readers see the damage. */
    private static byte[] mutateParts(byte[] zip, Random r) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        List<String> names = new ArrayList<>(parts.keySet());
        String victim = names.get(r.nextInt(names.size()));
        byte[] p = parts.get(victim);
        for (int n = 1 + r.nextInt(3); n > 0; n--) {
            p = edit(p, r);
        }
        parts.put(victim, p);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
