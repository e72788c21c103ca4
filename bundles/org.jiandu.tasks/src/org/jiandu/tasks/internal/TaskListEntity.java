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

/** A supervision task list (监督任务清单) as issued: for a period (a month, a quarter) or a special campaign. */
@Entity(name = "TaskList")
@Table(name = "TK_LIST")
@SequenceGenerator(name = "TK_LIST_SEQ", sequenceName = "TK_LIST_SEQ", allocationSize = 20)
public class TaskListEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TK_LIST_SEQ")
    long id;

    @Column(name = "COUNTY_CODE", nullable = false, length = 64)
    String countyCode;

    @Column(nullable = false, length = 16)
    String period;

    @Column(nullable = false, length = 200)
    String title;

    @Column(nullable = false)
    boolean special;

    @Column(name = "ISSUED_ON", nullable = false)
    LocalDate issuedOn;

    @Column(name = "COPIED_FROM")
    Long copiedFrom;

    @Column(name = "ISSUED_BY", nullable = false, length = 64)
    String issuedBy;

    @Column(name = "ISSUED_AT", nullable = false)
    Instant issuedAt;
}
