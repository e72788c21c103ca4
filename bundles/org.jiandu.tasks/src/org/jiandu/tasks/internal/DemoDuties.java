package org.jiandu.tasks.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jiandu.tasks.BodyKind;
import org.jiandu.tasks.Cadence;

import jakarta.persistence.EntityManager;

/**
 * Demo main-responsibility tracking, the way Zhashui runs it: the year's list for units' party groups and township
 * party committees and for their leading cadres (seven named leaders each: 400+ in Zhashui's 61 demo units and
 * townships), and the year's records of duties done so far, most items kept, some periods short (the warnings).
 */
final class DemoDuties {

    private static final String[][] UNIT_ITEMS = {
        { "U1", "研究部署党风廉政建设工作", "QUARTERLY", "1" },
        { "U2", "听取下级党组织落实主体责任情况汇报", "HALF_YEARLY", "1" },
        { "U3", "研究处置问题线索、支持执纪问责", "QUARTERLY", "1" },
        { "U4", "领导班子述责述廉", "YEARLY", "1" },
    };
    private static final String[][] LEADER_ITEMS = {
        { "L1", "研究分管领域党风廉政建设（一岗双责）", "QUARTERLY", "1" },
        { "L2", "与分管部门负责人谈心谈话", "HALF_YEARLY", "2" },
        { "L3", "讲廉政党课", "YEARLY", "1" },
        { "L4", "个人述责述廉", "YEARLY", "1" },
    };
    private static final String[] POSTS = { "党组书记", "主要负责人", "党组成员", "副职一", "副职二", "副职三", "纪检组长" };
    private static final String[] SURNAMES = "王李张刘陈杨赵黄周吴徐孙马胡朱郭何罗高林".split("");
    private static final String[] GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚".split("");
    private static final int LEADERS_PER_UNIT = 7;

    private DemoDuties() {
    }

    static void load(EntityManager em, String county, List<TaskBodyEntity> units, LocalDate today, Random r) {
        int year = today.getYear();
        List<DutyItemEntity> unitItems = items(em, county, year, UNIT_ITEMS, false);
        List<DutyItemEntity> leaderItems = items(em, county, year, LEADER_ITEMS, true);
        List<TaskBodyEntity> leaders = new ArrayList<>();
        for (TaskBodyEntity u : units) {
            for (int k = 0; k < LEADERS_PER_UNIT; k++) {
                TaskBodyEntity l = new TaskBodyEntity();
                l.code = u.code + "-l" + (k + 1);
                l.countyCode = county;
                l.name = SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)] + GIVEN[r.nextInt(GIVEN.length)] + "（"
                        + POSTS[k] + "）";
                l.kind = BodyKind.LEADER;
                l.orgCode = u.orgCode;
                l.orgPath = u.orgPath;
                em.persist(l);
                leaders.add(l);
            }
        }
        em.flush();
        for (TaskBodyEntity u : units) {
            records(em, u, unitItems, today, r);
        }
        for (TaskBodyEntity l : leaders) {
            records(em, l, leaderItems, today, r);
        }
        em.flush();
    }

    private static List<DutyItemEntity> items(EntityManager em, String county, int year, String[][] rows, boolean forLeaders) {
        List<DutyItemEntity> out = new ArrayList<>();
        for (String[] row : rows) {
            DutyItemEntity i = new DutyItemEntity();
            i.countyCode = county;
            i.year = year;
            i.code = row[0];
            i.title = row[1];
            i.forLeaders = forLeaders;
            i.cadence = Cadence.valueOf(row[2]);
            i.times = Integer.parseInt(row[3]);
            i.publishedBy = "county";
            i.publishedAt = Instant.now();
            em.persist(i);
            out.add(i);
        }
        em.flush();
        return out;
    }

    /** Each period of each item so far: usually its records, one time in eight short by one. */
    private static void records(EntityManager em, TaskBodyEntity b, List<DutyItemEntity> items, LocalDate today, Random r) {
        for (DutyItemEntity i : items) {
            for (LocalDate start = LocalDate.of(i.year, 1, 1); start.getYear() == i.year && !start.isAfter(today); start = i.cadence
                    .next(start)) {
                LocalDate end = i.cadence.periodEnd(start);
                int days = (int) (end.toEpochDay() - start.toEpochDay()) + 1;
                int n = r.nextInt(8) == 0 ? i.times - 1 : i.times;
                for (int k = 0; k < n; k++) {
                    LocalDate on = start.plusDays(r.nextInt(days));
                    if (on.isAfter(today)) {
                        continue;
                    }
                    DutyRecordEntity d = new DutyRecordEntity();
                    d.itemId = i.id;
                    d.countyCode = b.countyCode;
                    d.bodyCode = b.code;
                    d.orgPath = b.orgPath;
                    d.on = on;
                    d.text = i.title + "：已完成，见会议记录。";
                    d.recordedBy = b.kind == BodyKind.TOWNSHIP_COMMISSION ? "township" : "county";
                    d.recordedAt = Instant.now();
                    em.persist(d);
                }
            }
        }
    }
}
