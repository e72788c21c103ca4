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

/** A step taken on a closed loop (only added). */
@Entity(name = "LoopStep")
@Table(name = "TK_LOOP_STEP")
@SequenceGenerator(name = "TK_LOOP_STEP_SEQ", sequenceName = "TK_LOOP_STEP_SEQ", allocationSize = 50)
public class LoopStepEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TK_LOOP_STEP_SEQ")
    long id;

    @Column(name = "LOOP_ID", nullable = false)
    long loopId;

    @Column(nullable = false, length = 16)
    String step;

    @Column(name = "ON_DAY", nullable = false)
    LocalDate on;

    @Column(length = 2000)
    String detail;

    @Column(name = "BY_USER", nullable = false, length = 64)
    String by;

    @Column(name = "AT_TIME", nullable = false)
    Instant at;
}
