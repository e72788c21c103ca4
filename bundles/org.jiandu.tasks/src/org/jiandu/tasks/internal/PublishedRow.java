package org.jiandu.tasks.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One body's line of a published ranking. */
@Entity(name = "PublishedRow")
@Table(name = "TK_PUBLISHED_ROW")
@SequenceGenerator(name = "TK_PUBLISHED_ROW_SEQ", sequenceName = "TK_PUBLISHED_ROW_SEQ", allocationSize = 100)
public class PublishedRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TK_PUBLISHED_ROW_SEQ")
    long id;

    @Column(name = "PUBLISHED_ID", nullable = false)
    long publishedId;

    @Column(name = "BODY_CODE", nullable = false, length = 64)
    String bodyCode;

    @Column(nullable = false)
    int place;

    @Column(nullable = false, precision = 9, scale = 2)
    BigDecimal score;

    @Column(name = "ON_TIME", nullable = false)
    int onTime;

    @Column(nullable = false)
    int late;

    @Column(nullable = false)
    int failed;

    @Column(nullable = false)
    int missed;

    @Column(nullable = false)
    int pending;

    @Column(nullable = false)
    int returns;
}
