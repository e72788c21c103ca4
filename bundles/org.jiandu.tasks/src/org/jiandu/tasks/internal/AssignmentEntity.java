package org.jiandu.tasks.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A task as one body has it. The list's day, the deadline and the points are copied here, so the standing and the
 * score of every body for a period come from this table and the reports alone. {@code version} moves with every report
 * and verification, so two verifiers of the same report cannot both succeed.
 */
@Entity(name = "Assignment")
@Table(name = "TK_ASSIGNMENT")
@SequenceGenerator(name = "TK_ASSIGNMENT_SEQ", sequenceName = "TK_ASSIGNMENT_SEQ", allocationSize = 500)
public class AssignmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TK_ASSIGNMENT_SEQ")
    long id;

    @Version
    long version;

    @Column(name = "TASK_ID", nullable = false)
    long taskId;

    @Column(name = "COUNTY_CODE", nullable = false, length = 64)
    String countyCode;

    @Column(name = "BODY_CODE", nullable = false, length = 64)
    String bodyCode;

    @Column(name = "ORG_PATH", nullable = false, length = 400)
    String orgPath;

    @Column(name = "ISSUED_ON", nullable = false)
    LocalDate issuedOn;

    @Column(nullable = false)
    LocalDate deadline;

    @Column(nullable = false, precision = 7, scale = 2)
    BigDecimal points;

    /** How many reports it has: the next one's sequence number less one. */
    @Column(nullable = false)
    int reports;

    /** The task as {@code body} has it, issued on {@code issuedOn}, with the task's deadline and points copied. */
    static AssignmentEntity of(SupervisionTaskEntity task, TaskBodyEntity body, String countyCode, LocalDate issuedOn) {
        AssignmentEntity a = new AssignmentEntity();
        a.taskId = task.id;
        a.countyCode = countyCode;
        a.bodyCode = body.code;
        a.orgPath = body.orgPath;
        a.issuedOn = issuedOn;
        a.deadline = task.deadline;
        a.points = task.points;
        return a;
    }
}
