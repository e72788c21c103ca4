package org.jiandu.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.jiandu.core.model.Rank;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Role;
import org.jiandu.search.CaseService;
import org.jiandu.search.CaseStatus;
import org.jiandu.search.CaseView;
import org.jiandu.search.internal.CaseMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who registers cases: those who do case work (the commissions, the investigators, the administrator) within their
 * scope; a trainer and a read-only user may not, and are told so in one sentence without internal codes.
 */
class CaseRolesTest extends DemoSearchTest {

    private CaseService cases;

    @BeforeEach
    void setUp() {
        cases = env.await(CaseService.class);
    }

    private static CaseView draft(String no) {
        return new CaseView(0, 0, no, "王某某", Rank.VILLAGE, "danfeng-t01", null, "违反廉洁纪律", null,
                LocalDate.of(2024, 3, 15), null, CaseStatus.PRELIMINARY);
    }

    @Test
    void investigatorsAndCommissionsRegisterCasesTrainersAndViewersDoNot() throws Exception {
        assertTrue(cases.save(env.login("investigator"), draft("角色〔2024〕1号")).id() > 0, "an investigator registers");
        assertTrue(cases.save(env.login("township"), draft("角色〔2024〕2号")).id() > 0, "a township commission too");
        for (String user : new String[] { "trainer", "viewer" }) {
            AccessDeniedException e = assertThrows(AccessDeniedException.class,
                    () -> cases.save(env.login(user), draft("角色〔2024〕3号")), user);
            assertEquals(CaseMessages.denied_change, e.getMessage(), "one sentence, no user name or role code");
        }
        AccessDeniedException read = assertThrows(AccessDeniedException.class,
                () -> cases.list(env.login("trainer"), null, null, 10));
        assertEquals(CaseMessages.denied_read, read.getMessage());
        assertFalse(read.getMessage().contains("TRAINER"), read.getMessage());
    }

    @Test
    void theScreensAskTheServicesQuestion() {
        for (Role r : Role.values()) {
            assertEquals(r != Role.TRAINER && r != Role.READ_ONLY, CaseService.mayRegister(r), r.name());
        }
    }
}
