package org.jiandu.patrol.internal;

import org.jiandu.patrol.PatrolMode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One target of a saved plan: round, team, mode. */
@Entity
@Table(name = "PT_ASSIGNMENT")
@SequenceGenerator(name = "PT_ASSIGNMENT_SEQ", sequenceName = "PT_ASSIGNMENT_SEQ", allocationSize = 500)
public class PlannedAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PT_ASSIGNMENT_SEQ")
    long id;

    @Column(name = "ROUND_NO", nullable = false)
    int round;

    @Column(name = "TEAM_CODE", nullable = false, length = 64)
    String team;

    @Column(name = "TARGET_CODE", nullable = false, length = 64)
    String target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    PatrolMode mode;
}
