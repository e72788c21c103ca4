package org.jiandu.search.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.demo.ModuleDemoData;
import org.jiandu.core.model.CountyProfile;
import org.jiandu.core.model.DisciplineForm;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.model.Rank;
import org.jiandu.core.security.Subject;
import org.jiandu.search.CaseService;
import org.jiandu.search.CaseStatus;
import org.jiandu.search.CaseView;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Demo cases for each county, shaped by the Shangluo report: about 41% of those investigated are village cadres
 * (1319 of 3424), and about 80% of village cadres end in the first form (criticism, talk, letter inquiry). Cases go
 * through the case register one by one (each with its own audit entry); a load cut short is resumed by saving the
 * cases that are not there yet, and the marker entry is written once all are.
 */
@Component(service = ModuleDemoData.class, property = ModuleDemoData.MODULE + "=search")
public class DemoCases implements ModuleDemoData {

    static final int PER_COUNTY = 36;
    private static final String[] SURNAMES = "王李张刘陈杨赵黄周吴徐孙马胡朱郭何罗高林".split("");
    private static final String[] CATEGORIES = { "违反廉洁纪律", "违反廉洁纪律", "违反群众纪律", "违反群众纪律", "违反工作纪律",
            "违反工作纪律", "违反组织纪律", "违反政治纪律", "违反生活纪律", "违反廉洁纪律" };

    @Reference
    CaseService cases;

    @Reference
    OrgService orgs;

    @Reference
    AuditLog audit;

    @Override
    public String id() {
        return "search";
    }

    @Override
    public void load(Subject system, List<CountyProfile> counties) {
        int saved = 0;
        for (CountyProfile county : counties) {
            List<OrgNodeView> townships = orgs.children(system, county.id()).stream()
                    .filter(o -> o.level() == OrgLevel.TOWNSHIP).toList();
            if (townships.isEmpty()) {
                continue;
            }
            Random r = new Random(county.id().hashCode());
            String prefix = county.nameZh().substring(0, 1) + "纪立〔";
            Map<Integer, Integer> numbers = new HashMap<>();
            for (int i = 1; i <= PER_COUNTY; i++) {
                int year = 2022 + (i - 1) * 3 / PER_COUNTY;
                LocalDate filed = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
                Rank rank = r.nextInt(100) < 41 ? Rank.VILLAGE : r.nextInt(100) < 55 ? Rank.STAFF
                        : r.nextInt(100) < 90 ? Rank.SECTION : Rank.DIVISION;
                boolean done = year < 2024 || r.nextInt(3) == 0;
                CaseStatus status = done ? CaseStatus.CLOSED : CaseStatus.values()[r.nextInt(3)];
                DisciplineForm form = status == CaseStatus.PRELIMINARY || status == CaseStatus.FILED ? null
                        : form(rank, r.nextInt(100));
                LocalDate closed = status == CaseStatus.CLOSED ? filed.plusDays(30 + r.nextInt(120)) : null;
                if (closed != null && closed.isAfter(LocalDate.now())) {
                    closed = LocalDate.now();
                }
                String name = SURNAMES[r.nextInt(SURNAMES.length)] + (r.nextBoolean() ? "某" : "某某");
                int no = numbers.merge(year, 1, Integer::sum);
                CaseView c = new CaseView(0, 0, prefix + year + "〕" + no + "号", name, rank,
                        townships.get(r.nextInt(townships.size())).code(), null, CATEGORIES[r.nextInt(CATEGORIES.length)],
                        form, filed, closed, status);
                if (cases.find(system, c.caseNo()).isEmpty()) { // the same draws every time: a resumed load skips them
                    cases.save(system, c);
                    saved++;
                }
            }
        }
        audit.append(system, AuditLog.CHANGE, TARGET_PREFIX + id(), saved + " demo cases");
    }

    private static DisciplineForm form(Rank rank, int p) {
        if (rank == Rank.VILLAGE) {
            return p < 80 ? DisciplineForm.FIRST : p < 93 ? DisciplineForm.SECOND : p < 98 ? DisciplineForm.THIRD
                    : DisciplineForm.FOURTH;
        }
        return p < 60 ? DisciplineForm.FIRST : p < 85 ? DisciplineForm.SECOND : p < 95 ? DisciplineForm.THIRD
                : DisciplineForm.FOURTH;
    }
}
