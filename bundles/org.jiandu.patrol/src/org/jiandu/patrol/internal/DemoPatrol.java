package org.jiandu.patrol.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.demo.ModuleDemoData;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.security.Subject;
import org.jiandu.patrol.PatrolService;
import org.jiandu.patrol.TargetClass;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Demo patrol data per county: every target's class, risk parts and collaboration zone (townships in groups of four;
 * Zhashui's five zones in the report work the same way), four teams with members whose past posts, relatives and
 * home townships make recusal matter, and the current term planned with its finished rounds completed.
 */
@Component(service = ModuleDemoData.class)
public class DemoPatrol implements ModuleDemoData {

    private static final String[] TEAMS = { "第一巡察组", "第二巡察组", "第三巡察组", "第四巡察组" };
    private static final String[] SURNAMES = "王李张刘陈杨赵黄周吴徐孙马胡朱郭何罗高林".split("");
    private static final String[] GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚".split("");

    @Reference
    PatrolStore store;

    @Reference
    OrgService orgs;

    @Reference
    PatrolService patrol;

    /** The term the demo plans: the five years that contain this one, starting 2026 (the next county re-election). */
    static String demoTerm() {
        int y = LocalDate.now().getYear();
        int first = 2026 + Math.floorDiv(y - 2026, 5) * 5;
        return first + "-" + (first + 4);
    }

    @Override
    public void load(Subject system, List<CountyProfile> counties) {
        for (CountyProfile county : counties) {
            OrgNodeView c = orgs.find(system, county.id()).orElse(null);
            if (c == null) {
                continue;
            }
            Random r = new Random(county.id().hashCode() * 13L + 5);
            List<OrgNodeView> townships = new ArrayList<>();
            store.db().txRun(em -> {
                int index = 0;
                for (OrgNodeView n : orgs.children(system, county.id())) {
                    if (n.level() == OrgLevel.UNIT) {
                        em.persist(info(n, r, null, r.nextInt(10) == 0 ? TargetClass.KEY : TargetClass.NORMAL, 400));
                    } else if (n.level() == OrgLevel.TOWNSHIP) {
                        townships.add(n);
                        String zone = "第" + "一二三四五六".charAt(Math.min(5, index++ / 4)) + "协作区";
                        em.persist(info(n, r, zone, r.nextInt(4) == 0 ? TargetClass.KEY : TargetClass.WATCH, 3000));
                        for (OrgNodeView v : orgs.children(system, n.code())) {
                            if (v.level() == OrgLevel.VILLAGE) {
                                int dice = r.nextInt(100);
                                em.persist(info(v, r, zone, dice < 8 ? TargetClass.KEY : dice < 33 ? TargetClass.WATCH
                                        : TargetClass.NORMAL, 300));
                            }
                        }
                    }
                }
                for (int k = 0; k < TEAMS.length; k++) {
                    PatrolTeamEntity t = new PatrolTeamEntity();
                    t.code = county.id() + "-team" + (k + 1);
                    t.name = TEAMS[k];
                    t.zone = k < 3 ? "第" + "一二三".charAt(k) + "协作区" : null;
                    t.capacity = 120;
                    t.orgPath = c.path();
                    for (int m = 0; m < 3; m++) {
                        PatrolMemberEntity member = new PatrolMemberEntity();
                        member.name = SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)] + GIVEN[r.nextInt(GIVEN.length)];
                        OrgNodeView home = townships.get(r.nextInt(townships.size()));
                        member.homeTownship = m == 0 ? home.code() : null;
                        OrgNodeView worked = townships.get(r.nextInt(townships.size()));
                        member.worked = worked.code() + ":" + (2021 + r.nextInt(5));
                        member.relatives = m == 2 ? townships.get(r.nextInt(townships.size())).code() + "-v001" : null;
                        t.members.add(member);
                    }
                    em.persist(t);
                }
            });
            // the term planned at its start; rounds already over are then history
            String term = demoTerm();
            patrol.term(system, county.id(), term, 2);
            patrol.plan(system, county.id(), term, 2026, 20_000);
            for (var round : patrol.term(system, county.id(), term, 2).rounds()) {
                if (round.end().isBefore(LocalDate.now())) {
                    patrol.completeRound(system, county.id(), term, round.number());
                }
            }
        }
    }

    private static TargetInfo info(OrgNodeView n, Random r, String zone, TargetClass cls, int maxFunds) {
        TargetInfo i = new TargetInfo();
        i.orgCode = n.code();
        i.orgPath = n.path();
        i.cls = cls;
        int weight = cls == TargetClass.KEY ? 3 : cls == TargetClass.WATCH ? 2 : 1;
        i.petitions = r.nextInt(4 * weight);
        i.pastFindings = r.nextInt(3 * weight);
        i.funds = r.nextInt(maxFunds);
        i.zone = zone;
        return i;
    }
}
