package org.jiandu.tasks.internal;

import org.jiandu.tasks.BodyKind;

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
 * A body tasks go to (承办单位): a supervision office, a stationed group, a township commission, a unit or a named
 * leading cadre. Scoped by the organisation it belongs to ({@code orgPath}): a township commission's users see their
 * township's body, the county commission every body of the county.
 */
@Entity(name = "TaskBody")
@Table(name = "TK_BODY")
@SequenceGenerator(name = "TK_BODY_SEQ", sequenceName = "TK_BODY_SEQ", allocationSize = 50)
public class TaskBodyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "TK_BODY_SEQ")
    long id;

    @Version
    long version;

    @Column(nullable = false, length = 64)
    String code;

    @Column(name = "COUNTY_CODE", nullable = false, length = 64)
    String countyCode;

    @Column(nullable = false, length = 100)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    BodyKind kind;

    @Column(name = "ORG_CODE", nullable = false, length = 64)
    String orgCode;

    @Column(name = "ORG_PATH", nullable = false, length = 400)
    String orgPath;

    /** The supervision unit it belongs to, if any. */
    @Column(name = "UNIT_CODE", length = 64)
    String unitCode;

    /** Who answers for it (the yellow warning goes to them). */
    @Column(length = 64)
    String leader;

    /** For a named leading cadre: the core cadre's code. */
    @Column(name = "CADRE_CODE", length = 64)
    String cadreCode;
}
