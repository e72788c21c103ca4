package org.jiandu.cleanunit.internal;

import java.time.LocalDate;

import org.jiandu.cleanunit.CleanUnitKind;
import org.jiandu.cleanunit.CreationStatus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One unit working towards one kind of title. The latest evaluation's total and verdict, the last monitored year
 * and the open negative events are kept on the row so the coverage report is one grouped query.
 */
@Entity(name = "CuCreation")
@Table(name = "CU_CREATION")
public class Creation {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "CU_SEQ")
    long id;
    @Version
    long version;
    @Column(name = "UNIT_CODE", nullable = false, length = 80)
    String unitCode;
    @Column(name = "UNIT_NAME", nullable = false, length = 200)
    String unitName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    CleanUnitKind kind;
    @Column(name = "GROUP_CODE", nullable = false, length = 64)
    String groupCode;
    @Column(name = "GROUP_NAME", nullable = false, length = 100)
    String groupName;
    @Column(name = "ORG_PATH", nullable = false, length = 400)
    String orgPath;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    CreationStatus status;
    @Column(length = 40)
    String tier;
    @Column(name = "DECLARED_ON", nullable = false)
    LocalDate declaredOn;
    @Column(name = "STATUS_SINCE", nullable = false)
    LocalDate statusSince;
    @Column(name = "CYCLE_NO", nullable = false)
    int cycle;
    @Column(nullable = false)
    boolean site;
    @Column(name = "SITE_ID")
    Long siteId;
    @Column(name = "LATEST_TOTAL")
    Double latestTotal;
    @Column(name = "LATEST_PASSED", nullable = false)
    boolean latestPassed;
    @Column(name = "LAST_MONITORED", nullable = false)
    int lastMonitored;
    @Column(name = "OPEN_EVENTS", nullable = false)
    int openEvents;
}
