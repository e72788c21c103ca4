package org.jiandu.core.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("VILLAGE")
public class Village extends OrgNode {

    protected Village() {
    }

    public Village(String code, String name, OrgNode parent) {
        super(code, name, parent);
    }

    @Override
    public OrgLevel getLevel() {
        return OrgLevel.VILLAGE;
    }
}
