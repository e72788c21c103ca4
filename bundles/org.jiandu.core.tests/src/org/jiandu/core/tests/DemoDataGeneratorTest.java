package org.jiandu.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jiandu.core.demo.DemoDataGenerator;
import org.jiandu.core.demo.DemoDataSet;
import org.jiandu.core.model.AuthorizedPost;
import org.jiandu.core.model.Cadre;
import org.jiandu.core.model.CadreRole;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.model.OrgLevel;
import org.junit.jupiter.api.Test;

/** The demo data must reproduce the figures of the 2024 Shangluo report. */
class DemoDataGeneratorTest {

    private final DemoDataSet city = new DemoDataGenerator().generate(CountyProfile.ALL, null);

    private long count(DemoDataSet set, OrgLevel level, String countyId) {
        return set.nodes.stream().filter(n -> n.getLevel() == level)
                .filter(n -> countyId == null || n.getPath().contains("/" + countyId + "/")).count();
    }

    @Test
    void cityHasSevenCountiesAnd98Townships() {
        assertEquals(7, count(city, OrgLevel.COUNTY, null));
        assertEquals(98, count(city, OrgLevel.TOWNSHIP, null));
        assertEquals(16, count(city, OrgLevel.TOWNSHIP, "luonan"));
    }

    @Test
    void danfengHas157Villages() {
        assertEquals(157, count(city, OrgLevel.VILLAGE, "danfeng"));
    }

    @Test
    void authorisedPostsFollowTheReport() {
        assertEquals(220, city.posts.size());
        Map<String, Long> perTownship = city.posts.stream()
                .collect(Collectors.groupingBy(p -> p.getTownship().getCode(), Collectors.counting()));
        perTownship.forEach((code, n) -> {
            if (code.startsWith("luonan")) {
                assertEquals(1, n, code);
            } else if (code.startsWith("shangzhou") || code.startsWith("danfeng") || code.startsWith("zhashui")) {
                assertTrue(n >= 3, code);
            } else {
                assertTrue(n == 2 || n == 3, code);
            }
        });
    }

    @Test
    void vacanciesAreTwoSecretariesAndTenFullTime() {
        List<AuthorizedPost> vacant = city.posts.stream().filter(AuthorizedPost::isVacant).toList();
        assertEquals(12, vacant.size());
        assertEquals(2, vacant.stream().filter(p -> p.getTitle().equals("纪委书记")).count());
    }

    @Test
    void moreThanTwelvePercentSecondedLongTerm() {
        long townshipCadres = city.cadres.stream().filter(c -> c.getOrg().getLevel() == OrgLevel.TOWNSHIP).count();
        assertTrue(city.secondments.size() > 0.12 * townshipCadres,
                city.secondments.size() + " of " + townshipCadres);
    }

    @Test
    void shangzhouHas286VillageSupervisionDirectors() {
        long directors = city.cadres.stream().filter(c -> c.getRole() == CadreRole.VILLAGE_SUPERVISION_DIRECTOR)
                .filter(c -> c.getCode().startsWith("shangzhou")).count();
        assertEquals(286, directors);
    }

    @Test
    void zhashuiHasFiveCollaborationZonesCoveringEveryTownship() {
        assertEquals(5, city.zones.size());
        assertEquals(9, city.zones.stream().mapToInt(z -> z.getTownships().size()).sum());
    }

    @Test
    void luonanHasOneIntegritySupervisorPerGrid() {
        assertTrue(city.grids.size() >= 3 * 243);
        assertTrue(city.grids.stream().allMatch(g -> g.getSupervisor().getRole() == CadreRole.INTEGRITY_SUPERVISOR));
    }

    @Test
    void aCountyAloneEqualsItsShareOfTheCity() {
        DemoDataSet alone = new DemoDataGenerator().generate(List.of(CountyProfile.require("danfeng")), null);
        List<String> a = alone.cadres.stream().map(Cadre::getName).toList();
        List<String> b = city.cadres.stream().filter(c -> c.getCode().startsWith("danfeng")).map(Cadre::getName).toList();
        assertEquals(b, a);
        assertEquals(alone.posts.stream().filter(AuthorizedPost::isVacant).count(),
                city.posts.stream().filter(p -> p.getTownship().getCode().startsWith("danfeng"))
                        .filter(AuthorizedPost::isVacant).count());
    }

    @Test
    void codesAreUnique() {
        assertEquals(city.nodes.size(), city.nodes.stream().map(n -> n.getCode()).distinct().count());
        assertEquals(city.cadres.size(), city.cadres.stream().map(Cadre::getCode).distinct().count());
    }

    @Test
    void profilesAddUpTo220PostsAnd98Townships() {
        assertEquals(220, CountyProfile.ALL.stream().mapToInt(CountyProfile::authorizedPosts).sum());
        assertEquals(98, CountyProfile.ALL.stream().mapToInt(CountyProfile::townships).sum());
        assertEquals("丹凤县纪委监委", CountyProfile.require("danfeng").commissionZh());
    }
}
