package org.jiandu.core.demo;

import java.util.ArrayList;
import java.util.List;

import org.jiandu.core.model.AuthorizedPost;
import org.jiandu.core.model.Cadre;
import org.jiandu.core.model.CollaborationZone;
import org.jiandu.core.model.OrgNode;
import org.jiandu.core.model.Secondment;
import org.jiandu.core.model.SupervisionGrid;

/** Everything the generator made for one load, in an order that can be persisted front to back. */
public final class DemoDataSet {
    public final List<OrgNode> nodes = new ArrayList<>();
    public final List<Cadre> cadres = new ArrayList<>();
    public final List<AuthorizedPost> posts = new ArrayList<>();
    public final List<Secondment> secondments = new ArrayList<>();
    public final List<CollaborationZone> zones = new ArrayList<>();
    public final List<SupervisionGrid> grids = new ArrayList<>();

    /** All persistable objects, parents before children. */
    public List<Object> inPersistOrder() {
        List<Object> all = new ArrayList<>(nodes);
        all.addAll(cadres);
        all.addAll(posts);
        all.addAll(secondments);
        all.addAll(zones);
        all.addAll(grids);
        return all;
    }
}
