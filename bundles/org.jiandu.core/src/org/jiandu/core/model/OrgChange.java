package org.jiandu.core.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One change of the jurisdiction (a node or a cadre): what changed, from which value to which, from when, by whom.
 * Written with the change in the same transaction, never updated; nodes and cadres are closed or leave, never deleted,
 * so their history stays readable by code.
 */
@Entity
@Table(name = "ORG_CHANGE", indexes = @Index(name = "IX_ORG_CHANGE_CODE", columnList = "SUBJECT_KIND,CODE"))
@SequenceGenerator(name = "ORG_CHANGE_SEQ", sequenceName = "ORG_CHANGE_SEQ", allocationSize = 50)
public class OrgChange {

    /** What a change is about. */
    public enum SubjectKind {
        NODE, CADRE
    }

    /** new, changed (one field), closed (a node closed, a cadre left), reopened (a node reopened, a cadre back). */
    public enum ChangeKind {
        NEW, CHANGED, CLOSED, REOPENED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ORG_CHANGE_SEQ")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "SUBJECT_KIND", nullable = false, length = 8)
    private SubjectKind subjectKind;

    @Column(name = "CODE", nullable = false, length = 64)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANGE_KIND", nullable = false, length = 16)
    private ChangeKind changeKind;

    @Column(name = "FIELD", length = 32)
    private String field;

    @Column(name = "OLD_VALUE", length = 400)
    private String oldValue;

    @Column(name = "NEW_VALUE", length = 400)
    private String newValue;

    @Column(name = "EFFECTIVE_ON", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "ACTOR", nullable = false, length = 64)
    private String actor;

    @Column(name = "RECORDED_AT_MILLIS", nullable = false)
    private long recordedAtMillis;

    protected OrgChange() {
    }

    public OrgChange(SubjectKind subjectKind, String code, ChangeKind changeKind, String field, String oldValue,
            String newValue, LocalDate effectiveOn, String actor, Instant recordedAt) {
        this.subjectKind = subjectKind;
        this.code = code;
        this.changeKind = changeKind;
        this.field = field;
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
        this.effectiveOn = effectiveOn;
        this.actor = actor;
        this.recordedAtMillis = recordedAt.toEpochMilli();
    }

    private static String clip(String s) {
        return s == null || s.length() <= 400 ? s : s.substring(0, 399) + "…";
    }

    public Long getId() { return id; }
    public SubjectKind getSubjectKind() { return subjectKind; }
    public String getCode() { return code; }
    public ChangeKind getChangeKind() { return changeKind; }
    public String getField() { return field; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public String getActor() { return actor; }
    public Instant getRecordedAt() { return Instant.ofEpochMilli(recordedAtMillis); }
}
