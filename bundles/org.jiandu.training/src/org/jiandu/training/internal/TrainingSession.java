package org.jiandu.training.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A session (培训班/期次) of a course: dates, place, trainer and capacity. */
@Entity
@Table(name = "TR_SESSION")
@SequenceGenerator(name = "TR_SESSION_SEQ", sequenceName = "TR_SESSION_SEQ", allocationSize = 50)
public class TrainingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TR_SESSION_SEQ")
    long id;

    @Version
    long version;

    @Column(nullable = false, unique = true, length = 64)
    String code;

    @ManyToOne(optional = false)
    TrainingCourse course;

    @Column(name = "START_ON", nullable = false)
    LocalDate startOn;

    @Column(name = "END_ON", nullable = false)
    LocalDate endOn;

    @Column(length = 200)
    String place;

    /** Username of the trainer responsible; a trainer sees and records only their own sessions. */
    @Column(length = 64)
    String trainer;

    @Column(nullable = false)
    int capacity;

    @Column(name = "ORG_CODE", nullable = false, length = 64)
    String orgCode;

    @Column(name = "ORG_PATH", nullable = false, length = 400)
    String orgPath;
}
