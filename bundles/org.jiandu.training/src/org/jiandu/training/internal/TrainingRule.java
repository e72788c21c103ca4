package org.jiandu.training.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.jiandu.training.RequirementKind;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A stored {@link org.jiandu.training.Rule}; the defaults come with the module's changelog. */
@Entity
@Table(name = "TR_RULE")
public class TrainingRule {

    @Id
    long id;

    @Version
    long version;

    @Column(nullable = false, unique = true, length = 64)
    String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    RequirementKind kind;

    @Column(nullable = false)
    int amount;

    @Column(name = "DUE_SOON_DAYS", nullable = false)
    int dueSoonDays;

    @Column(name = "VALID_DAYS", nullable = false)
    int validDays;

    /** Cadre roles, comma-separated. */
    @Column(nullable = false, length = 200)
    String roles;

    /** Minimum days per rotation post, e.g. {@code PETITIONS:20,CASE_MANAGEMENT:20}. */
    @Column(name = "POST_DAYS", length = 200)
    String postDays;

    @Column(name = "APPLIES_FROM")
    LocalDate appliesFrom;

    @Column(nullable = false)
    boolean active;

    @Column(name = "UPDATED_BY", nullable = false, length = 64)
    String updatedBy;

    @Column(name = "UPDATED_AT", nullable = false)
    Instant updatedAt;
}
