package org.jiandu.cleanunit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One indicator's points in an evaluation. */
@Entity(name = "CuScore")
@Table(name = "CU_SCORE")
@SequenceGenerator(name = "CU_SCORE_SEQ", sequenceName = "CU_SCORE_SEQ", allocationSize = 1000)
public class ScoreRow {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CU_SCORE_SEQ")
    long id;
    @Column(nullable = false, length = 32)
    String indicator;
    @Column(nullable = false)
    double points;
    @Column(length = 1000)
    String note;
}
