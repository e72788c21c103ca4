package org.jiandu.core.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("COUNTY")
public class County extends OrgNode {

    protected County() {
    }

    public County(String code, String name, OrgNode parent) {
        super(code, name, parent);
    }

    @Override
    public OrgLevel getLevel() {
        return OrgLevel.COUNTY;
    }
}
