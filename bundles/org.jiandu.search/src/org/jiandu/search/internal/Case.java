package org.jiandu.search.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.jiandu.core.model.DisciplineForm;
import org.jiandu.core.model.Rank;
import org.jiandu.search.CaseStatus;

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

/** A case (案件). Entity name CaseRecord: CASE is a JPQL keyword. The org path is kept for the scope filter. */
@Entity(name = "CaseRecord")
@Table(name = "JD_CASE")
@SequenceGenerator(name = "CASE_SEQ", sequenceName = "CASE_SEQ", allocationSize = 50)
public class Case {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CASE_SEQ")
    long id;

    @Version
    long version;

    @Column(name = "CASE_NO", nullable = false, unique = true, length = 64)
    String caseNo;

    @Column(name = "SUBJECT_NAME", nullable = false, length = 64)
    String subjectName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    Rank rank;

    @Column(name = "ORG_CODE", nullable = false, length = 64)
    String orgCode;

    @Column(name = "ORG_PATH", nullable = false, length = 400)
    String orgPath;

    @Column(nullable = false, length = 64)
    String category;

    @Enumerated(EnumType.STRING)
    @Column(name = "DISCIPLINE_FORM", length = 16)
    DisciplineForm form;

    @Column(name = "FILED_ON")
    LocalDate filedOn;

    @Column(name = "CLOSED_ON")
    LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    CaseStatus status;

    @Column(name = "UPDATED_BY", nullable = false, length = 64)
    String updatedBy;

    @Column(name = "UPDATED_AT", nullable = false)
    Instant updatedAt;
}
