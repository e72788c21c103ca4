package org.jiandu.tasks.internal;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Bonus points (加分) given to a body for a period, with the reason; the period's cap applies when scored. */
@Entity(name = "Bonus")
@Table(name = "TK_BONUS")
@SequenceGenerator(name = "TK_BONUS_SEQ", sequenceName = "TK_BONUS_SEQ", allocationSize = 20)
public class BonusEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TK_BONUS_SEQ")
    long id;

    @Column(name = "COUNTY_CODE", nullable = false, length = 64)
    String countyCode;

    @Column(name = "BODY_CODE", nullable = false, length = 64)
    String bodyCode;

    @Column(nullable = false, length = 16)
    String period;

    @Column(nullable = false, precision = 7, scale = 2)
    BigDecimal points;

    @Column(nullable = false, length = 400)
    String reason;

    @Column(name = "GIVEN_BY", nullable = false, length = 64)
    String givenBy;

    @Column(name = "GIVEN_AT", nullable = false)
    Instant givenAt;
}
