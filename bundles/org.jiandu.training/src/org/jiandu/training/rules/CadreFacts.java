package org.jiandu.training.rules;

import java.time.LocalDate;
import java.util.List;

import org.jiandu.core.model.CadreRole;
import org.jiandu.training.AttendanceStatus;
import org.jiandu.training.CourseKind;
import org.jiandu.training.RotationPost;

/**
 * Everything the rules look at for one cadre, detached from storage so that evaluation is a pure function of
 * facts, rules and a date.
 *
 * @param postedOn the day the cadre was confirmed on post (上岗) after the pre-job pipeline, or null
 */
public record CadreFacts(String code, String name, String townshipCode, String orgPath, CadreRole role, LocalDate since,
        boolean active, LocalDate postedOn, List<Attendance> attendance, List<RotationFact> rotations) {

    /** The current record of one session for this cadre. {@code regulation} is the course's regulation, if any. */
    public record Attendance(String sessionCode, CourseKind kind, String title, LocalDate start, LocalDate end,
            AttendanceStatus status, double hours, LocalDate completedOn, String regulation) {

        boolean completedBy(LocalDate day) {
            return status == AttendanceStatus.COMPLETED && completedOn != null && !completedOn.isAfter(day);
        }

        /** Enrolled or attending, not yet completed (nor absent or failed). */
        boolean pending() {
            return status == AttendanceStatus.ENROLLED || status == AttendanceStatus.ATTENDED;
        }
    }

    /** The current record of one rotation at a post. */
    public record RotationFact(RotationPost post, LocalDate start, LocalDate end, String signedOffBy, LocalDate signedOffOn) {
    }

    /**
     * A regulation whose training is required: its key (the course's regulation name), effective date and owner: the
     * path of the county that requires it (its cadres only), or null for the city's (every county's cadres).
     */
    public record Regulation(String name, LocalDate effective, String ownerPath) {

        /** The city's regulation. */
        public Regulation(String name, LocalDate effective) {
            this(name, effective, null);
        }

        public boolean concerns(String cadrePath) {
            return ownerPath == null || (cadrePath != null && cadrePath.startsWith(ownerPath));
        }
    }

    /** A township re-election: its path (covers the township's cadres) and the day it was held. */
    public record Reelection(String townshipPath, String townshipName, LocalDate heldOn) {
    }
}
