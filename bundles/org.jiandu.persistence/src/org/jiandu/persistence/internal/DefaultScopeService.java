package org.jiandu.persistence.internal;

import org.jiandu.core.model.OrgNode;
import org.jiandu.core.security.ScopeService;
import org.jiandu.core.security.Subject;
import org.osgi.service.component.annotations.Component;

/** Scope by materialised path: a subject sees its scope root and everything below it. */
@Component(service = ScopeService.class)
public class DefaultScopeService implements ScopeService {

    @Override
    public boolean canSee(Subject subject, OrgNode node) {
        return node != null && subject.covers(node.getPath());
    }
}
