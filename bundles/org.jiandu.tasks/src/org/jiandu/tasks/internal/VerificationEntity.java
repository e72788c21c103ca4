package org.jiandu.tasks.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.jiandu.tasks.Outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The issuer's verification of one report (线下核查): accepted, returned for more by a day, or failed; with notes. */
@Entity(name = "Verification")
@Table(name = "TK_VERIFICATION")
@SequenceGenerator(name = "TK_VERIFICATION_SEQ", sequenceName = "TK_VERIFICATION_SEQ", allocationSize = 500)
public class VerificationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TK_VERIFICATION_SEQ")
    long id;

    @Column(name = "REPORT_ID", nullable = false)
    long reportId;

    @Column(name = "ASSIGNMENT_ID", nullable = false)
    long assignmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    Outcome outcome;

    @Column(name = "VERIFIED_ON", nullable = false)
    LocalDate verifiedOn;

    @Column(length = 2000)
    String note;

    @Column(name = "REPORT_BY")
    LocalDate reportBy;

    @Column(name = "VERIFIED_BY", nullable = false, length = 64)
    String verifiedBy;

    @Column(name = "VERIFIED_AT", nullable = false)
    Instant verifiedAt;
}
