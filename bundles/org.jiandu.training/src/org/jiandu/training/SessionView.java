package org.jiandu.training;

import java.time.LocalDate;

/**
 * A session of a course as lists and forms show it. For a new session {@code id} is 0; {@code courseCode} names an
 * existing course, or a new one made from kind, title, hours and regulation.
 *
 * @param regulation          for new-regulation courses: the regulation trained on
 * @param regulationEffective the day that regulation came into force
 * @param enrolled            cadres currently enrolled (any status), read-only
 * @param completed           of them, completed (结业), read-only
 */
public record SessionView(long id, long version, String code, String courseCode, CourseKind kind, String title,
        double hours, LocalDate start, LocalDate end, String place, String trainer, int capacity, String orgCode,
        String regulation, LocalDate regulationEffective, int enrolled, int completed) {
}
