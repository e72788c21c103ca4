package org.jiandu.training.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jiandu.core.CadreView;
import org.jiandu.core.model.CadreRole;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.Subject;
import org.jiandu.training.AttendanceStatus;
import org.jiandu.training.CourseKind;
import org.jiandu.training.EnrolmentView;
import org.jiandu.training.SessionView;
import org.jiandu.training.TrainingRoles;
import org.jiandu.training.TrainingValidationException;
import org.junit.jupiter.api.Test;

/** What users met on the training screens (issue 17), on the service side: each shown failing first. */
class TrainingUsabilityTest extends TrainingDemoTest {

    private SessionView session(String code) {
        return newSession(code, CourseKind.TOPICAL, today.minusDays(10), 30);
    }

    private CadreView cadre() {
        return cadres(CadreRole.FULL_TIME_CADRE).get(0);
    }

    /** Item 10: a correction (更正) saved with its reason empty left a history that cannot say why. */
    @Test
    void aCorrectionWithoutItsReasonIsRefused() {
        SessionView s = session("U-REASON-1");
        CadreView c = cadre();
        training.enrol(county, s.code(), c.code(), null);
        EnrolmentView first = training.record(county, s.code(), c.code(), 1, AttendanceStatus.COMPLETED, 16.0, 88,
                today.minusDays(9), null);
        assertEquals(2, first.revision(), "the first result needs no reason: nothing is corrected");
        for (String blank : new String[] { null, "", "   " }) {
            TrainingValidationException refused = assertThrows(TrainingValidationException.class, () -> training.record(county,
                    s.code(), c.code(), 2, AttendanceStatus.COMPLETED, 12.0, 85, today.minusDays(9), blank));
            assertEquals(1, refused.problems().size(), refused.problems().toString());
        }
        assertEquals(2, training.history(county, s.code(), c.code()).size(), "a refused correction writes nothing");
        assertEquals(3, training.record(county, s.code(), c.code(), 2, AttendanceStatus.COMPLETED, 12.0, 85, today.minusDays(9),
                "学时按签到表更正").revision());
    }

    /** Item 1: the screens enable an action exactly when the service accepts it from that role. */
    @Test
    void aTrainerRecordsButDoesNotPlan() throws Exception {
        Subject trainer = env.login("trainer");
        assertTrue(TrainingRoles.mayRecord(trainer.role()));
        assertFalse(TrainingRoles.mayPlan(trainer.role()));
        assertThrows(AccessDeniedException.class, () -> training.saveSession(trainer, new SessionView(0, 0, "U-T-1", null,
                CourseKind.TOPICAL, "t", 8, today, today, "x", "trainer", 10, null, null, null, 0, 0)));
        assertThrows(AccessDeniedException.class, () -> training.assignRequired(trainer, today));
        assertThrows(AccessDeniedException.class, () -> training.freeze(trainer, today.getYear()));
        for (Role r : Role.values()) {
            assertTrue(!TrainingRoles.mayPlan(r) || TrainingRoles.mayRecord(r), r + ": who plans also records");
        }
        assertFalse(TrainingRoles.mayRecord(Role.READ_ONLY));
        assertFalse(TrainingRoles.mayRecord(Role.INVESTIGATOR));
        assertFalse(TrainingRoles.maySetCountyRules(Role.TOWNSHIP_COMMISSION));
    }

    /** Item 7: the session form offers the trainers the service accepts, chosen by name instead of a typed login. */
    @Test
    void theTrainersOfferedAreAccepted() {
        List<String> offered = training.trainers(county);
        assertTrue(offered.contains("trainer"), offered.toString());
        assertFalse(offered.contains("county"), "a commission's account is not a trainer");
    }

    /** Item 3: the note of an assigned record was "assigned: … required" whatever the reader's language. */
    @Test
    void theNotesTheModuleWritesAreSentencesNotMarkers() {
        List<EnrolmentView> made = training.assignRequired(county, today);
        for (EnrolmentView e : made) {
            assertFalse(e.note().startsWith("assigned:"), e.note());
            assertFalse(e.note().contains("_"), "no internal rule code: " + e.note());
        }
        for (SessionView s : training.sessions(county, today.getYear() - 1, null, null)) {
            for (EnrolmentView e : training.attendance(county, s.code())) {
                assertFalse(e.note() != null && e.note().startsWith("note:"), e.note());
            }
        }
    }
}
