package org.jiandu.patrol.internal;

import org.jiandu.patrol.TargetClass;

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

/**
 * What the patrol module knows of a jurisdiction node as a target: class, the parts of its risk score and its
 * collaboration zone. Targets without a row are 一般 with risk 0.
 */
@Entity
@Table(name = "PT_TARGET_INFO")
@SequenceGenerator(name = "PT_TARGET_SEQ", sequenceName = "PT_TARGET_SEQ", allocationSize = 100)
public class TargetInfo {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PT_TARGET_SEQ")
    long id;

    @Version
    long version;

    @Column(name = "ORG_CODE", nullable = false, unique = true, length = 64)
    String orgCode;

    @Column(name = "ORG_PATH", nullable = false, length = 400)
    String orgPath;

    @Enumerated(EnumType.STRING)
    @Column(name = "TARGET_CLASS", nullable = false, length = 16)
    TargetClass cls;

    /** Petitions (信访举报) in the last three years. */
    @Column(nullable = false)
    int petitions;

    /** Problems found by earlier inspections and audits. */
    @Column(name = "PAST_FINDINGS", nullable = false)
    int pastFindings;

    /** Funds handled a year, in 10 000 yuan (万元). */
    @Column(nullable = false)
    int funds;

    @Column(length = 64)
    String zone;

    /** Risk 0–100 from the three parts: petitions and findings weigh most, funds add up to 20. */
    int risk() {
        return Math.min(100, petitions * 4 + pastFindings * 6 + Math.min(20, funds / 50));
    }
}
