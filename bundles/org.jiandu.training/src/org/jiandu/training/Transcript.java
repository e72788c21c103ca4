package org.jiandu.training;

import java.time.LocalDate;
import java.util.List;

import org.jiandu.core.CadreView;
import org.jiandu.training.rules.Outcome;

/** A cadre's training record (学时档案): every current session record, rotations, and the rules' outcomes. */
public record Transcript(CadreView cadre, LocalDate asOf, LocalDate postedOn, List<EnrolmentView> sessions,
        List<RotationView> rotations, List<Outcome> outcomes) {

    public double hoursIn(int year) {
        return sessions.stream().filter(e -> e.status() == AttendanceStatus.COMPLETED && e.completedOn() != null
                && e.completedOn().getYear() == year && e.hours() != null).mapToDouble(EnrolmentView::hours).sum();
    }
}
