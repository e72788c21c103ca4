package org.jiandu.cleanunit.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.jiandu.cleanunit.CleanUnitKind;
import org.jiandu.cleanunit.CleanUnitService;
import org.jiandu.cleanunit.CreationView;
import org.jiandu.cleanunit.EvidenceView;
import org.jiandu.cleanunit.IndicatorSet;
import org.jiandu.core.OrgService;
import org.jiandu.core.audit.AuditEntry;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.security.Subject;
import org.jiandu.testing.DemoInstallation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding 7 (issue 14): evidence files are opened only as documents, from copies kept in the data directory. */
class EvidenceOpeningTest {

    @TempDir
    Path tmp;

    private DemoInstallation env;
    private CleanUnitService cu;
    private Subject township, county;
    private CreationView creation;
    private String indicator;

    @BeforeEach
    void setUp() throws Exception {
        env = new DemoInstallation(getClass(), tmp.resolve("data"));
        cu = env.await(CleanUnitService.class);
        township = env.login("township");
        county = env.login("county");
        OrgService orgs = env.await(OrgService.class);
        String village = orgs.children(county, "danfeng-t01").stream().filter(v -> v.level() == OrgLevel.VILLAGE)
                .filter(v -> cu.creationsOf(county, v.code()).isEmpty()).findFirst().orElseThrow().code();
        creation = cu.declare(township, village, CleanUnitKind.VILLAGE, LocalDate.now().minusDays(5));
        indicator = cu.currentStandard(CleanUnitKind.VILLAGE).indicators().stream().filter(IndicatorSet.Indicator::needsEvidence)
                .findFirst().orElseThrow().code();
    }

    @AfterEach
    void tearDown() {
        if (env != null) {
            env.close();
        }
    }

    private EvidenceView upload(String name, byte[] content) throws Exception {
        Path f = Files.write(Files.createDirectories(tmp.resolve("up-" + System.nanoTime())).resolve(name), content);
        cu.addEvidence(township, creation.id(), indicator, f);
        List<EvidenceView> all = cu.evidence(township, creation.id());
        return all.get(all.size() - 1);
    }

    private static final byte[] EXE = "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aProgramIsNeverOpened() throws Exception {
        EvidenceView exe = upload("整改.exe", EXE);
        assertThrows(IllegalArgumentException.class, () -> cu.openEvidence(county, exe.id()), "an .exe is refused");
        EvidenceView disguised = upload("整改报告.pdf", EXE);
        assertThrows(IllegalArgumentException.class, () -> cu.openEvidence(county, disguised.id()),
                "a program named .pdf is refused by its content");
        EvidenceView script = upload("说明.pdf.bat", "@echo off\r\ndel *.*\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThrows(IllegalArgumentException.class, () -> cu.openEvidence(county, script.id()));
    }

    @Test
    void aDocumentOpensFromACopyInsideTheDataDirectoryThatIsCleanedUp() throws Exception {
        EvidenceView pdf = upload("整改报告.pdf", PDF);
        Path copy = cu.openEvidence(county, pdf.id());
        Path root = env.dir().root().toRealPath();
        assertTrue(copy.toRealPath().startsWith(root), "inside the data directory: " + copy);
        assertTrue(copy.getFileName().toString().endsWith(".pdf"), copy.toString());
        assertArrayEquals(PDF, Files.readAllBytes(copy));
        List<AuditEntry> audit = env.await(AuditLog.class).latest(env.login("admin"), 20);
        assertTrue(audit.stream().anyMatch(e -> e.getAction().equals(AuditLog.READ) && e.getActor().equals("county")
                && e.getTarget().equals("cleanunit:" + creation.id()) && e.getDetail().contains(pdf.sha256())),
                "the read is audited: " + audit.stream().map(e -> e.getActor() + " " + e.getAction() + " " + e.getTarget()).toList());
        env.close(); // closing the data directory removes the copies
        env = null;
        assertFalse(Files.exists(copy), "the copy is gone after closing: " + copy);
    }

    /** Finding 8: an export's audit entry names the file and the SHA-256 of what was written. */
    @Test
    void anExportNamesTheFileAndItsHash() throws Exception {
        Path file = tmp.resolve("覆盖率.xlsx");
        cu.exportCoverage(county, LocalDate.now().getYear(), file);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
        List<AuditEntry> audit = env.await(AuditLog.class).latest(env.login("admin"), 10);
        assertTrue(audit.stream().anyMatch(e -> e.getAction().equals(AuditLog.EXPORT) && e.getDetail() != null
                && e.getDetail().contains("覆盖率.xlsx") && e.getDetail().contains(sha)), audit.stream()
                        .map(e -> e.getAction() + " " + e.getTarget() + " " + e.getDetail()).toList().toString());
    }
}
