package org.jiandu.tasks.internal;

import java.time.LocalDate;

import org.jiandu.tasks.LoopStage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A problem's closed loop as it stands now; each step taken is also kept in {@link LoopStepEntity}. */
@Entity(name = "ClosedLoop")
@Table(name = "TK_LOOP")
@SequenceGenerator(name = "TK_LOOP_SEQ", sequenceName = "TK_LOOP_SEQ", allocationSize = 20)
public class ClosedLoopEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TK_LOOP_SEQ")
    long id;

    @Version
    long version;

    @Column(name = "COUNTY_CODE", nullable = false, length = 64)
    String countyCode;

    @Column(name = "BODY_CODE", nullable = false, length = 64)
    String bodyCode;

    @Column(name = "ORG_PATH", nullable = false, length = 400)
    String orgPath;

    @Column(nullable = false, length = 100)
    String category;

    @Column(nullable = false, length = 2000)
    String problem;

    @Column(name = "FOUND_ON", nullable = false)
    LocalDate foundOn;

    @Column(name = "ASSIGNMENT_ID")
    Long assignmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    LoopStage stage;

    @Column(length = 100)
    String owner;

    LocalDate deadline;

    @Column(name = "ASSIGNED_ON")
    LocalDate assignedOn;

    @Column(name = "RECTIFIED_ON")
    LocalDate rectifiedOn;

    @Column(name = "EVIDENCE_SHA", length = 64)
    String evidenceSha;

    @Column(name = "EVIDENCE_NAME", length = 260)
    String evidenceName;

    @Column(name = "RECTIFIED_BY", length = 64)
    String rectifiedBy;

    @Column(length = 2000)
    String accountability;

    @Column(name = "ACCOUNTED_ON")
    LocalDate accountedOn;

    @Column(name = "CLOSED_ON")
    LocalDate closedOn;

    @Column(length = 64)
    String reviewer;
}
