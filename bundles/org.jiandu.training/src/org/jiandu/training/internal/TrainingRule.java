package org.jiandu.training.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.jiandu.training.RequirementKind;

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

/** A stored {@link org.jiandu.training.Rule}; the defaults come with the module's changelog. */
@Entity
@Table(name = "TR_RULE")
@SequenceGenerator(name = "TR_RULE_SEQ", sequenceName = "TR_RULE_SEQ", allocationSize = 10)
public class TrainingRule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TR_RULE_SEQ")
    long id;

    @Version
    long version;

    @Column(nullable = false, length = 64)
    String code;

    /**
     * The owner: the path of the county whose own rule this is (it replaces the city's rule of its kind for that
     * county's cadres), or null for the city's rule, which every county uses unless it has its own.
     */
    @Column(name = "OWNER_PATH", length = 400)
    String ownerPath;

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
