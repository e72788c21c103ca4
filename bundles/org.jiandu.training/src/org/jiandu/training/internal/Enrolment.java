package org.jiandu.training.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.jiandu.training.AttendanceStatus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One revision of a cadre's record in a session: enrolment, attendance, score, completion. Rows are never
 * changed after they are written except for the {@code current} flag: a correction is a new revision, so the
 * history of every record stays readable.
 */
@Entity
@Table(name = "TR_ENROLMENT")
@SequenceGenerator(name = "TR_ENROLMENT_SEQ", sequenceName = "TR_ENROLMENT_SEQ", allocationSize = 500)
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TR_ENROLMENT_SEQ")
    long id;

    @ManyToOne(optional = false)
    TrainingSession session;

    @Column(name = "CADRE_CODE", nullable = false, length = 32)
    String cadreCode;

    @Column(name = "CADRE_NAME", nullable = false, length = 64)
    String cadreName;

    @Column(name = "ORG_PATH", nullable = false, length = 400)
    String orgPath;

    @Column(nullable = false)
    int revision;

    @Column(name = "CURRENT_ROW", nullable = false)
    boolean current;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    AttendanceStatus status;

    Double hours;

    Integer score;

    @Column(name = "COMPLETED_ON")
    LocalDate completedOn;

    /** SHA-256 of the certificate PDF kept in the data directory, when one was issued. */
    @Column(name = "CERTIFICATE_SHA", length = 64)
    String certificateSha;

    @Column(length = 400)
    String note;

    @Column(name = "RECORDED_BY", nullable = false, length = 64)
    String recordedBy;

    @Column(name = "RECORDED_AT", nullable = false)
    Instant recordedAt;

    /** The next revision of this record: same session and cadre, values copied, not yet persisted. */
    Enrolment next(String by, Instant at) {
        Enrolment e = new Enrolment();
        e.session = session;
        e.cadreCode = cadreCode;
        e.cadreName = cadreName;
        e.orgPath = orgPath;
        e.revision = revision + 1;
        e.current = true;
        e.status = status;
        e.hours = hours;
        e.score = score;
        e.completedOn = completedOn;
        e.certificateSha = certificateSha;
        e.recordedBy = by;
        e.recordedAt = at;
        return e;
    }
}
