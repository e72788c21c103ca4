package org.jiandu.patrol.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A round of a term: about two months of inspection and one of rectification. */
@Entity(name = "PatrolRound")
@Table(name = "PT_ROUND")
@SequenceGenerator(name = "PT_ROUND_SEQ", sequenceName = "PT_ROUND_SEQ", allocationSize = 20)
public class PatrolRoundEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PT_ROUND_SEQ")
    long id;

    @Column(name = "ROUND_NO", nullable = false)
    int number;

    @Column(name = "START_ON", nullable = false)
    LocalDate start;

    @Column(name = "END_ON", nullable = false)
    LocalDate end;

    @Column(nullable = false)
    boolean completed;

    /** Load points all teams together may take on in the round; paces the term. */
    @Column(nullable = false)
    int capacity;
}
