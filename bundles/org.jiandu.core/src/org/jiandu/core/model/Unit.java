package org.jiandu.core.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A county-level unit (县直单位): department, enterprise, school or hospital, below its county. */
@Entity
@DiscriminatorValue("UNIT")
public class Unit extends OrgNode {

    protected Unit() {
    }

    public Unit(String code, String name, County county, UnitKind kind) {
        super(code, name, county);
        setUnitKind(kind);
    }

    @Override
    public OrgLevel getLevel() {
        return OrgLevel.UNIT;
    }
}
