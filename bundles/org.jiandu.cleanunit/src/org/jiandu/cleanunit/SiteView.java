package org.jiandu.cleanunit;

import java.util.List;

/** A demonstration site (示范点) and the units that follow it, for the point-to-area view. */
public record SiteView(CreationView site, List<CreationView> followers) {

    public long followersMeeting() {
        return followers.stream().filter(f -> f.status() == CreationStatus.PUBLISHED && f.latestPassed()).count();
    }
}
