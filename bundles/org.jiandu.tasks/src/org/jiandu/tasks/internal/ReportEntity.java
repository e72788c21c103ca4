package org.jiandu.tasks.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A body's report (线上报告) on its task: text and an evidence file kept by content hash. Never edited. */
@Entity(name = "Report")
@Table(name = "TK_REPORT")
@SequenceGenerator(name = "TK_REPORT_SEQ", sequenceName = "TK_REPORT_SEQ", allocationSize = 500)
public class ReportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TK_REPORT_SEQ")
    long id;

    @Column(name = "ASSIGNMENT_ID", nullable = false)
    long assignmentId;

    @Column(nullable = false)
    int seq;

    @Column(name = "REPORTED_ON", nullable = false)
    LocalDate reportedOn;

    @Column(name = "CONTENT", nullable = false, length = 4000)
    String text;

    @Column(name = "EVIDENCE_SHA", length = 64)
    String evidenceSha;

    @Column(name = "EVIDENCE_NAME", length = 260)
    String evidenceName;

    @Column(name = "REPORTED_BY", nullable = false, length = 64)
    String reportedBy;

    @Column(name = "REPORTED_AT", nullable = false)
    Instant reportedAt;
}
