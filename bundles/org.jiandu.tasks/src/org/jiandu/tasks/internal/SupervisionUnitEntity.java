package org.jiandu.tasks.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A supervision unit (监督单元, 单元制): offices and stationed groups grouped under a standing committee member. */
@Entity(name = "SupervisionUnit")
@Table(name = "TK_SUPERVISION_UNIT")
public class SupervisionUnitEntity {

    @Id
    @Column(length = 64)
    String code;

    @Column(name = "COUNTY_CODE", nullable = false, length = 64)
    String countyCode;

    @Column(nullable = false, length = 100)
    String name;

    @Column(nullable = false, length = 64)
    String leader;
}
