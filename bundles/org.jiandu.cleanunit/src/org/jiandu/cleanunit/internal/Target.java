package org.jiandu.cleanunit.internal;

import org.jiandu.cleanunit.CleanUnitKind;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How many units of a kind a township (or the county's own units) should create, and the share aimed at. */
@Entity(name = "CuTarget")
@Table(name = "CU_TARGET")
public class Target {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CU_SEQ")
    long id;
    @Column(name = "GROUP_CODE", nullable = false, length = 64)
    String groupCode;
    @Column(name = "ORG_PATH", nullable = false, length = 400)
    String orgPath;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    CleanUnitKind kind;
    @Column(nullable = false)
    int eligible;
    @Column(name = "TARGET_PERCENT", nullable = false)
    int targetPercent;
}
