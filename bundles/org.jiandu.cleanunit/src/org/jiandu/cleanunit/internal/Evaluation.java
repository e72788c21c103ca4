package org.jiandu.cleanunit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.jiandu.cleanunit.EvaluationStage;
import org.jiandu.cleanunit.Scoring;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A saved evaluation; points and verdict are fixed under the standard version it names. */
@Entity(name = "CuEvaluation")
@Table(name = "CU_EVALUATION")
public class Evaluation {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CU_SEQ")
    long id;
    @Column(name = "CREATION_ID", nullable = false)
    long creationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    EvaluationStage stage;
    @Column(name = "EVAL_YEAR", nullable = false)
    int year;
    @Column(name = "CYCLE_NO", nullable = false)
    int cycle;
    @Column(name = "STANDARD_ID", nullable = false)
    long standardId;
    @Column(nullable = false)
    double points;
    @Column(nullable = false)
    double bonus;
    @Column(nullable = false)
    double total;
    @Column(nullable = false)
    boolean passed;
    @Column(length = 40)
    String tier;
    @Column(length = 400)
    String knockouts;
    @Column(name = "SCORED_BY", nullable = false, length = 64)
    String scoredBy;
    @Column(name = "SCORED_AT", nullable = false)
    Instant scoredAt;
    @OneToMany(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "EVALUATION_ID", nullable = false)
    @OrderBy("id")
    List<ScoreRow> scores = new ArrayList<>();

    /** Adds one indicator's points and the scorer's note (or null) to this evaluation. */
    void score(String indicator, double points, String note) {
        ScoreRow row = new ScoreRow();
        row.indicator = indicator;
        row.points = points;
        row.note = note;
        scores.add(row);
    }

    /** Takes a scoring's points and verdict (the service, the demo and the benchmark all save them this way). */
    void verdict(Scoring.Result r) {
        points = r.points();
        bonus = r.bonus();
        total = r.total();
        passed = r.passed();
        tier = r.tier();
        knockouts = r.knockOuts().isEmpty() ? null : String.join(",", new TreeSet<>(r.knockOuts()));
    }
}
