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

/** A period's ranking as published (frozen): publishing again adds a revision, the earlier ones stay. */
@Entity(name = "PublishedRanking")
@Table(name = "TK_PUBLISHED")
@SequenceGenerator(name = "TK_PUBLISHED_SEQ", sequenceName = "TK_PUBLISHED_SEQ", allocationSize = 10)
public class PublishedRanking {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TK_PUBLISHED_SEQ")
    long id;

    @Column(name = "COUNTY_CODE", nullable = false, length = 64)
    String countyCode;

    @Column(nullable = false, length = 16)
    String period;

    @Column(nullable = false)
    int revision;

    @Column(name = "AS_OF", nullable = false)
    LocalDate asOf;

    @Column(name = "PUBLISHED_BY", nullable = false, length = 64)
    String publishedBy;

    @Column(name = "PUBLISHED_AT", nullable = false)
    Instant publishedAt;
}
