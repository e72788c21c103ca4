package org.jiandu.core.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("CITY")
public class City extends OrgNode {

    protected City() {
    }

    public City(String code, String name, OrgNode parent) {
        super(code, name, parent);
    }

    @Override
    public OrgLevel getLevel() {
        return OrgLevel.CITY;
    }
}
