package org.jiandu.tasks.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jiandu.tasks.ScoringScheme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A published version of a county's scoring scheme; versions are only added. */
@Entity(name = "Scheme")
@Table(name = "TK_SCHEME")
@SequenceGenerator(name = "TK_SCHEME_SEQ", sequenceName = "TK_SCHEME_SEQ", allocationSize = 10)
public class SchemeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TK_SCHEME_SEQ")
    long id;

    @Column(name = "COUNTY_CODE", nullable = false, length = 64)
    String countyCode;

    @Column(name = "VERSION_NO", nullable = false)
    int versionNo;

    @Column(name = "FROM_ON", nullable = false)
    LocalDate fromOn;

    @Column(name = "LATE_PER_DAY", nullable = false, precision = 6, scale = 4)
    BigDecimal latePerDay;

    @Column(name = "LATE_FLOOR", nullable = false, precision = 6, scale = 4)
    BigDecimal lateFloor;

    @Column(name = "PER_RETURN", nullable = false, precision = 6, scale = 4)
    BigDecimal perReturn;

    @Column(name = "FAILED_SHARE", nullable = false, precision = 6, scale = 4)
    BigDecimal failedShare;

    @Column(name = "MISSED_SHARE", nullable = false, precision = 6, scale = 4)
    BigDecimal missedShare;

    @Column(name = "BONUS_CAP", nullable = false, precision = 7, scale = 2)
    BigDecimal bonusCap;

    @Column(name = "PUBLISHED_BY", nullable = false, length = 64)
    String publishedBy;

    @Column(name = "PUBLISHED_AT", nullable = false)
    Instant publishedAt;

    ScoringScheme scheme() {
        return new ScoringScheme(versionNo, fromOn, latePerDay, lateFloor, perReturn, failedShare, missedShare, bonusCap);
    }
}
