package org.jiandu.tasks.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.SearchableFiles;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Subject;
import org.jiandu.persistence.DataDirectory;
import org.jiandu.tasks.BodyKind;
import org.jiandu.tasks.Cadence;
import org.jiandu.tasks.Duties;
import org.jiandu.tasks.DutyItem;
import org.jiandu.tasks.DutyRow;
import org.jiandu.tasks.DutyStanding;
import org.jiandu.tasks.ResponsibilityService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import jakarta.persistence.EntityManager;

/** Responsibility lists and duty records in the module's tables; the standing comes from {@link Duties}. */
@Component(service = ResponsibilityService.class)
public class JpaResponsibilityService implements ResponsibilityService {

    @Reference
    TasksStore store;

    @Reference
    OrgService orgs;

    @Reference
    AuditLog audit;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile DataDirectory dataDirectory;

    /** The archive search, when the build has it: duty records' evidence becomes searchable there. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile SearchableFiles search;

    private TaskAccess access() {
        return new TaskAccess(orgs);
    }

    private static List<DutyItemEntity> itemRows(EntityManager em, String county, int year) {
        return em.createQuery("select i from DutyItem i where i.countyCode = :c and i.year = :y order by i.forLeaders, i.code",
                DutyItemEntity.class).setParameter("c", county).setParameter("y", year).getResultList();
    }

    private static DutyItemView view(DutyItemEntity i) {
        return new DutyItemView(i.code, i.title, i.forLeaders, i.cadence, i.times);
    }

    @Override
    public List<DutyItemView> items(Subject subject, String countyCode, int year) {
        TaskAccess.reader(subject);
        OrgNodeView county = access().county(subject, countyCode);
        return store.db().read(em -> itemRows(em, county.code(), year).stream().map(JpaResponsibilityService::view).toList());
    }

    @Override
    public DutyItemView addItem(Subject subject, String countyCode, int year, String code, String title, boolean forLeaders,
            Cadence cadence, int times) {
        OrgNodeView county = access().issuer(subject, countyCode);
        List<String> p = new ArrayList<>();
        if (code == null || !code.strip().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,31}")) {
            p.add(TasksMessages.bind(TasksMessages.bad_code, code));
        }
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            p.add(TasksMessages.f_title);
        }
        if (cadence == null || times < 1 || times > 31 || year < 2000 || year > 2100) {
            p.add(TasksMessages.f_duty);
        }
        if (!p.isEmpty()) {
            TaskAccess.refuse(TasksMessages.bind(TasksMessages.duty_item_refused, String.join("; ", p)));
        }
        return store.db().tx(em -> {
            if (itemRows(em, county.code(), year).stream().anyMatch(i -> i.code.equals(code.strip()))) {
                TaskAccess.refuse(TasksMessages.bind(TasksMessages.duty_item_refused, TasksMessages.bind(TasksMessages.body_exists, code)));
            }
            DutyItemEntity i = new DutyItemEntity();
            i.countyCode = county.code();
            i.year = year;
            i.code = code.strip();
            i.title = title.strip();
            i.forLeaders = forLeaders;
            i.cadence = cadence;
            i.times = times;
            i.publishedBy = subject.username();
            i.publishedAt = Instant.now();
            em.persist(i);
            em.flush();
            audit.append(em, subject, AuditLog.CHANGE, "tasks-duty-item:" + county.code() + ":" + year + ":" + i.code, cadence + " x"
                    + times
                    + (forLeaders ? " leaders" : " units"));
            return view(i);
        });
    }

    @Override
    public void record(Subject subject, String countyCode, String bodyCode, String itemCode, LocalDate on, String text, Path evidence)
            throws IOException {
        TaskAccess.reporter(subject);
        OrgNodeView county = access().county(subject, countyCode);
        List<String> p = new ArrayList<>();
        if (text == null || text.isBlank() || text.strip().length() > 2000) {
            p.add(TasksMessages.f_text);
        }
        String day = TaskAccess.dayProblem(on, null);
        if (day == null) {
            day = TaskAccess.ownDayProblem(subject, on);
        }
        if (day != null) {
            p.add(day);
        }
        if (evidence != null && Evidence.problem(evidence) != null) {
            p.add(Evidence.problem(evidence));
        }
        if (!p.isEmpty()) {
            TaskAccess.refuse(TasksMessages.bind(TasksMessages.duty_refused, bodyCode, String.join("; ", p)));
        }
        // the body and the item first: a refused record copies no file
        store.db().read(em -> target(em, subject, county.code(), bodyCode, itemCode, on));
        String evidenceSha = evidence == null ? null : Evidence.store(dataDirectory, evidence);
        store.db().txRun(em -> {
            Object[] t = target(em, subject, county.code(), bodyCode, itemCode, on);
            TaskBodyEntity body = (TaskBodyEntity) t[0];
            DutyItemEntity item = (DutyItemEntity) t[1];
            DutyRecordEntity r = new DutyRecordEntity();
            r.itemId = item.id;
            r.countyCode = county.code();
            r.bodyCode = body.code;
            r.orgPath = body.orgPath;
            r.on = on;
            r.text = text.strip();
            r.evidenceSha = evidenceSha;
            r.evidenceName = evidence == null ? null : evidence.getFileName().toString();
            r.recordedBy = subject.username();
            r.recordedAt = Instant.now();
            em.persist(r);
            em.flush();
            audit.append(em, subject, AuditLog.CHANGE, "tasks-duty:" + body.code, item.code + " on " + on + (evidenceSha == null ? ""
                    : " sha256=" + evidenceSha));
        });
        if (evidenceSha != null) {
            String org = store.db().read(em -> ((TaskBodyEntity) target(em, subject, county.code(), bodyCode, itemCode, on)[0]).orgCode);
            Evidence.offerToSearch(search, subject, dataDirectory, org, "duty-" + bodyCode + "-" + evidence.getFileName(), evidenceSha);
        }
    }

    /** The body in the subject's scope and the year's item that applies to it (units' items or leaders'). */
    private static Object[] target(EntityManager em, Subject subject, String county, String bodyCode, String itemCode, LocalDate on) {
        TaskBodyEntity body = em.createQuery("select b from TaskBody b where b.code = :b and b.countyCode = :c", TaskBodyEntity.class)
                .setParameter("b", bodyCode).setParameter("c", county).getResultStream().findFirst().orElse(null);
        if (body == null || !subject.covers(body.orgPath)) {
            TaskAccess.refuse(TasksMessages.bind(TasksMessages.duty_refused, bodyCode, TasksMessages.bind(TasksMessages.no_body,
                    bodyCode)));
        }
        boolean leader = body.kind == BodyKind.LEADER;
        DutyItemEntity item = itemRows(em, county, on.getYear()).stream().filter(i -> i.code.equals(itemCode) && i.forLeaders == leader)
                .findFirst().orElse(null);
        if (item == null) {
            TaskAccess.refuse(TasksMessages.bind(TasksMessages.duty_refused, bodyCode, TasksMessages.bind(TasksMessages.no_duty_item,
                    itemCode, on.getYear())));
        }
        return new Object[] { body, item };
    }

    @Override
    public List<DutyRow> standing(Subject subject, String countyCode, int year, LocalDate asOf) {
        TaskAccess.reader(subject);
        OrgNodeView county = access().county(subject, countyCode);
        return store.db().read(em -> {
            List<DutyItemEntity> items = itemRows(em, county.code(), year);
            Map<Long, DutyItemEntity> byId = new HashMap<>();
            items.forEach(i -> byId.put(i.id, i));
            List<DutyItem> forUnits = items.stream().filter(i -> !i.forLeaders).map(DutyItemEntity::item).toList();
            List<DutyItem> forLeaders = items.stream().filter(i -> i.forLeaders).map(DutyItemEntity::item).toList();
            // every record of the year in the county, grouped by body and item code
            Map<String, Map<String, List<LocalDate>>> done = new HashMap<>();
            for (Object[] r : em.createQuery("select r.bodyCode, r.itemId, r.on from DutyRecord r where r.countyCode = :c and r.on between"
                    + " :f and :l", Object[].class).setParameter("c", county.code()).setParameter("f", LocalDate.of(year, 1, 1))
                    .setParameter("l", LocalDate.of(year, 12, 31)).getResultList()) {
                DutyItemEntity i = byId.get((Long) r[1]);
                if (i != null) {
                    done.computeIfAbsent((String) r[0], k -> new HashMap<>()).computeIfAbsent(i.code, k -> new ArrayList<>())
                            .add((LocalDate) r[2]);
                }
            }
            List<TaskBodyEntity> bodies = em.createQuery("select b from TaskBody b where b.countyCode = :c and b.kind in :k"
                    + " order by b.code", TaskBodyEntity.class).setParameter("c", county.code()).setParameter("k", List.of(BodyKind.UNIT,
                            BodyKind.TOWNSHIP_COMMISSION, BodyKind.LEADER)).getResultList();
            Map<String, String> unitNames = new HashMap<>();
            bodies.stream().filter(b -> b.kind != BodyKind.LEADER).forEach(b -> unitNames.put(b.orgCode, b.name));
            List<DutyRow> units = new ArrayList<>(), leaders = new ArrayList<>();
            for (TaskBodyEntity b : bodies) {
                boolean leader = b.kind == BodyKind.LEADER;
                List<DutyItem> list = leader ? forLeaders : forUnits;
                if (list.isEmpty()) {
                    continue;
                }
                Map<String, List<LocalDate>> records = done.getOrDefault(b.code, Map.of());
                List<DutyStanding> s = Duties.of(list, records, year, asOf);
                int ended = s.stream().mapToInt(DutyStanding::ended).sum(), fulfilled = s.stream().mapToInt(DutyStanding::fulfilled).sum();
                List<DutyRow.Missing> missing = new ArrayList<>();
                for (DutyStanding d : s) {
                    d.missed().forEach(m -> missing.add(new DutyRow.Missing(d.item().code(), d.item().name(), m)));
                }
                int count = records.values().stream().mapToInt(List::size).sum();
                (leader ? leaders : units).add(new DutyRow(b.code, b.name, b.kind, leader ? unitNames.get(b.orgCode) : null, count, ended,
                        fulfilled, ended == 0 ? 100 : 100 * fulfilled / ended, 0, missing));
            }
            List<DutyRow> out = new ArrayList<>();
            for (List<DutyRow> group : List.of(units, leaders)) {
                group.sort(Comparator.comparingInt(DutyRow::rate).reversed().thenComparing(DutyRow::bodyCode));
                for (int i = 0; i < group.size(); i++) {
                    DutyRow r = group.get(i);
                    int place = i > 0 && group.get(i - 1).rate() == r.rate() ? out.get(out.size() - 1).place() : i + 1;
                    DutyRow placed = new DutyRow(r.bodyCode(), r.bodyName(), r.kind(), r.unitName(), r.records(), r.ended(), r.fulfilled(),
                            r.rate(), place, r.missing());
                    out.add(placed);
                }
            }
            return out.stream().filter(r -> bodies.stream().anyMatch(b -> b.code.equals(r.bodyCode()) && subject.covers(b.orgPath)))
                    .toList();
        });
    }
}
