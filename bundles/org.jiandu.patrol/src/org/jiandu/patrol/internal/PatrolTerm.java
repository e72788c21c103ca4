package org.jiandu.patrol.internal;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A county party committee's term (一届任期), e.g. 2026-2030, and its rounds. */
@Entity
@Table(name = "PT_TERM")
@SequenceGenerator(name = "PT_TERM_SEQ", sequenceName = "PT_TERM_SEQ", allocationSize = 10)
public class PatrolTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PT_TERM_SEQ")
    long id;

    @Version
    long version;

    /** e.g. {@code danfeng:2026-2030}. */
    @Column(nullable = false, unique = true, length = 64)
    String code;

    @Column(name = "ORG_CODE", nullable = false, length = 64)
    String orgCode;

    @Column(name = "ORG_PATH", nullable = false, length = 400)
    String orgPath;

    @Column(name = "FIRST_YEAR", nullable = false)
    int firstYear;

    @Column(name = "LAST_YEAR", nullable = false)
    int lastYear;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "TERM_ID", nullable = false)
    @OrderBy("number")
    List<PatrolRoundEntity> rounds = new ArrayList<>();
}
