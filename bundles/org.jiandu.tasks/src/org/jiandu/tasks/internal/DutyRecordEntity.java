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

/** A record of a duty done (履责纪实) by a unit or a leader, with its evidence; only added. */
@Entity(name = "DutyRecord")
@Table(name = "TK_DUTY_RECORD")
@SequenceGenerator(name = "TK_DUTY_RECORD_SEQ", sequenceName = "TK_DUTY_RECORD_SEQ", allocationSize = 500)
public class DutyRecordEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TK_DUTY_RECORD_SEQ")
    long id;

    @Column(name = "ITEM_ID", nullable = false)
    long itemId;

    @Column(name = "COUNTY_CODE", nullable = false, length = 64)
    String countyCode;

    @Column(name = "BODY_CODE", nullable = false, length = 64)
    String bodyCode;

    @Column(name = "ORG_PATH", nullable = false, length = 400)
    String orgPath;

    @Column(name = "ON_DAY", nullable = false)
    LocalDate on;

    @Column(name = "CONTENT", nullable = false, length = 2000)
    String text;

    @Column(name = "EVIDENCE_SHA", length = 64)
    String evidenceSha;

    @Column(name = "EVIDENCE_NAME", length = 260)
    String evidenceName;

    @Column(name = "RECORDED_BY", nullable = false, length = 64)
    String recordedBy;

    @Column(name = "RECORDED_AT", nullable = false)
    Instant recordedAt;
}
