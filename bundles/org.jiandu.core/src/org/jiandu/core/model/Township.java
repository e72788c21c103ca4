package org.jiandu.core.model;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("TOWNSHIP")
public class Township extends OrgNode {

    protected Township() {
    }

    public Township(String code, String name, OrgNode parent) {
        super(code, name, parent);
    }

    @Override
    public OrgLevel getLevel() {
        return OrgLevel.TOWNSHIP;
    }
}
