package org.jiandu.training;

import java.time.Instant;
import java.time.LocalDate;

/** One revision of a cadre's record in a session (the current one unless read from the history). */
public record EnrolmentView(long id, String sessionCode, String courseTitle, CourseKind kind, LocalDate sessionStart,
        String cadreCode, String cadreName, int revision, boolean current, AttendanceStatus status, Double hours,
        Integer score, LocalDate completedOn, String certificateSha, String note, String recordedBy, Instant recordedAt) {
}
