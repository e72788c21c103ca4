package org.jiandu.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jiandu.core.CaseFiledListener;
import org.jiandu.core.model.Rank;
import org.jiandu.search.CaseService;
import org.jiandu.search.CaseStatus;
import org.jiandu.search.CaseView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * The case register's side of the core {@link CaseFiledListener} contract: modules that registered a listener (clean-unit
 * creation) are told of a case once it is past preliminary checking, and a listener that fails never fails the save.
 */
class CaseListenersTest extends DemoSearchTest {

    private record Told(String user, String orgCode, String caseNo, String subjectName, LocalDate filedOn) {
    }

    private final List<Told> told = new CopyOnWriteArrayList<>();
    private final List<ServiceRegistration<CaseFiledListener>> listeners = new CopyOnWriteArrayList<>();

    @AfterEach
    void removeListeners() {
        listeners.forEach(ServiceRegistration::unregister);
    }

    private void listen(CaseFiledListener listener) {
        BundleContext context = FrameworkUtil.getBundle(CaseListenersTest.class).getBundleContext();
        listeners.add(context.registerService(CaseFiledListener.class, listener, null));
    }

    @Test
    void aCaseOnFileIsToldToEveryListenerAndAFailingOneChangesNothing() {
        listen((subject, orgCode, caseNo, name, filedOn) -> {
            throw new IllegalStateException("a module that cannot react");
        });
        listen((subject, orgCode, caseNo, name, filedOn) -> told.add(new Told(subject.username(), orgCode, caseNo, name, filedOn)));
        CaseService cases = env.await(CaseService.class);
        LocalDate filed = LocalDate.of(2024, 3, 15);

        CaseView preliminary = cases.save(county, new CaseView(0, 0, "听〔2024〕1号", "张某某", Rank.VILLAGE, "danfeng-t01", null,
                "违反廉洁纪律", null, filed, null, CaseStatus.PRELIMINARY));
        assertEquals(List.of(), told, "preliminary checking (初核) is not yet a case on file");

        CaseView onFile = cases.save(county, new CaseView(preliminary.id(), preliminary.version(), preliminary.caseNo(),
                preliminary.subjectName(), preliminary.rank(), preliminary.townshipCode(), null, preliminary.category(), null, filed,
                null, CaseStatus.FILED));
        assertEquals(List.of(new Told("county", "danfeng-t01", "听〔2024〕1号", "张某某", filed)), told);
        assertEquals(CaseStatus.FILED, cases.find(county, "听〔2024〕1号").orElseThrow().status(), "saved although a listener failed");
        assertTrue(onFile.version() > preliminary.version());
    }
}
