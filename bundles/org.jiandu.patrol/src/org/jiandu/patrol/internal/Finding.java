package org.jiandu.patrol.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A finding (问题) of an inspection. Never edited after it is saved except for the {@code current} flag: a correction
 * is a new row that supersedes it, so what was recorded stays readable.
 */
@Entity
@Table(name = "PT_FINDING")
@SequenceGenerator(name = "PT_FINDING_SEQ", sequenceName = "PT_FINDING_SEQ", allocationSize = 50)
public class Finding {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PT_FINDING_SEQ")
    long id;

    @Column(name = "TERM_CODE", nullable = false, length = 64)
    String term;

    @Column(name = "ROUND_NO", nullable = false)
    int round;

    @Column(name = "TARGET_CODE", nullable = false, length = 64)
    String targetCode;

    @Column(name = "TARGET_NAME", nullable = false, length = 100)
    String targetName;

    @Column(name = "ORG_PATH", nullable = false, length = 400)
    String orgPath;

    @Column(name = "TEAM_CODE", length = 64)
    String team;

    @Column(nullable = false, length = 100)
    String category;

    @Column(nullable = false, length = 2000)
    String description;

    @Column(name = "FOUND_ON", nullable = false)
    LocalDate foundOn;

    @Column(nullable = false)
    int revision;

    @Column(name = "CURRENT_ROW", nullable = false)
    boolean current;

    @Column(name = "SUPERSEDES")
    Long supersedes;

    @Column(length = 400)
    String reason;

    @Column(name = "ITEM_ID", nullable = false)
    long itemId;

    @Column(name = "RECORDED_BY", nullable = false, length = 64)
    String recordedBy;

    @Column(name = "RECORDED_AT", nullable = false)
    Instant recordedAt;
}
