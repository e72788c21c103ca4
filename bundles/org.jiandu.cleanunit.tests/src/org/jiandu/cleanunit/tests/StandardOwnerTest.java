package org.jiandu.cleanunit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.jiandu.cleanunit.CleanUnitKind;
import org.jiandu.cleanunit.CleanUnitService;
import org.jiandu.cleanunit.IndicatorSet;
import org.jiandu.cleanunit.IndicatorSetFormat;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Subject;
import org.jiandu.testing.DemoInstallation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding 2 (issue 14): a county's standard is its own; the city's, which every other county uses, stays. */
class StandardOwnerTest {

    @TempDir
    Path tmp;

    private DemoInstallation env;
    private CleanUnitService cu;

    @BeforeEach
    void setUp() throws Exception {
        env = new DemoInstallation(getClass(), tmp.resolve("data"));
        cu = env.await(CleanUnitService.class);
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    @Test
    void aCountysStandardLeavesTheCitysStandard() throws Exception {
        Subject county = env.login("county"), admin = env.login("admin"), township = env.login("township");
        IndicatorSet city = cu.currentStandard(CleanUnitKind.VILLAGE);
        IndicatorSet draft = IndicatorSetFormat.parse(CleanUnitKind.VILLAGE, IndicatorSetFormat.write(city)
                .replace("indicator: V01 | 5 |", "indicator: V01 | 4 |").replace("indicator: V02 | 5 |", "indicator: V02 | 6 |"));
        assertThrows(AccessDeniedException.class, () -> cu.publishStandard(township, draft));
        IndicatorSet own = cu.publishStandard(county, draft);
        assertEquals(city.version(), cu.currentStandard(CleanUnitKind.VILLAGE).version(),
                "the city's standard, which the other counties use, is unchanged");
        assertEquals(own.version(), cu.currentStandard(county, CleanUnitKind.VILLAGE).version(), "the county uses its own");
        assertEquals(city.version(), cu.currentStandard(admin, CleanUnitKind.VILLAGE).version(),
                "the city's administrator sees the city's");
        IndicatorSet cityNext = cu.publishStandard(admin, draft);
        assertEquals(cityNext.version(), cu.currentStandard(CleanUnitKind.VILLAGE).version(),
                "the city's administrator changes the city's");
        assertEquals(own.version(), cu.currentStandard(county, CleanUnitKind.VILLAGE).version(), "the county keeps its own");
    }

    @Test
    void theShippedStandardsAreAuditedAsTheyAreWritten() throws Exception {
        Subject admin = env.login("admin");
        for (CleanUnitKind k : CleanUnitKind.values()) {
            IndicatorSet shipped = cu.standard(k, 1).orElseThrow();
            assertEquals(1, env.await(AuditLog.class).list(admin, new AuditLog.Filter("system", AuditLog.CHANGE,
                    "cleanunit-standard:" + k + "/1@city", null, null), 5).size(), "version 1 of " + k + " is audited once");
            cu.currentStandard(k); // a later use writes nothing more
            assertEquals(shipped.version(), cu.currentStandard(k).version());
        }
        assertEquals(CleanUnitKind.values().length, env.await(AuditLog.class).list(admin, new AuditLog.Filter("system",
                AuditLog.CHANGE, null, null, null), 500).stream().filter(e -> e.getTarget().startsWith("cleanunit-standard:")).count());
    }
}
