package org.jiandu.patrol.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A saved plan of a term (the latest is the current one; earlier ones stay as history). */
@Entity(name = "PatrolPlan")
@Table(name = "PT_PLAN")
@SequenceGenerator(name = "PT_PLAN_SEQ", sequenceName = "PT_PLAN_SEQ", allocationSize = 10)
public class PatrolPlanEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PT_PLAN_SEQ")
    long id;

    @Column(name = "TERM_ID", nullable = false)
    long termId;

    @Column(nullable = false)
    long seed;

    @Column(nullable = false)
    int steps;

    @Column(nullable = false)
    boolean feasible;

    @Column(name = "SOFT_SCORE", nullable = false)
    long softScore;

    @Column(name = "LOWER_BOUND", nullable = false)
    long lowerBound;

    @Column(name = "CREATED_BY", nullable = false, length = 64)
    String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "PLAN_ID", nullable = false)
    List<PlannedAssignment> assignments = new ArrayList<>();
}
