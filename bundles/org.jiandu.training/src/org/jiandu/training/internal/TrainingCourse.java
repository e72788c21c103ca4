package org.jiandu.training.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.jiandu.training.CourseKind;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A course (课程): what is taught, its kind and hours; held in one or more sessions. */
@Entity
@Table(name = "TR_COURSE")
@SequenceGenerator(name = "TR_COURSE_SEQ", sequenceName = "TR_COURSE_SEQ", allocationSize = 50)
public class TrainingCourse {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TR_COURSE_SEQ")
    long id;

    @Version
    long version;

    @Column(nullable = false, unique = true, length = 64)
    String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    CourseKind kind;

    @Column(nullable = false, length = 200)
    String title;

    @Column(nullable = false)
    double hours;

    /** For new-regulation courses: the regulation trained on and the day it came into force. */
    @Column(length = 200)
    String regulation;

    @Column(name = "REGULATION_EFFECTIVE")
    LocalDate regulationEffective;

    @Column(name = "ORG_CODE", nullable = false, length = 64)
    String orgCode;

    @Column(name = "ORG_PATH", nullable = false, length = 400)
    String orgPath;

    @Column(name = "UPDATED_BY", nullable = false, length = 64)
    String updatedBy;

    @Column(name = "UPDATED_AT", nullable = false)
    Instant updatedAt;

    /**
     * Owner of a new-regulation course's requirement: the path of the county that requires the regulation of its cadres,
     * or null for the city's (every county's cadres); only the owner's commission changes it.
     */
    @Column(name = "OWNER_PATH", length = 400)
    String ownerPath;
}
