package org.jiandu.cleanunit.ui;

import static org.jiandu.ui.Tables.column;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.jiandu.cleanunit.CleanUnitService;
import org.jiandu.cleanunit.CoverageRow;
import org.jiandu.ui.BarChart;
import org.jiandu.ui.Export;
import org.jiandu.ui.Jobs;
import org.jiandu.ui.Session;
import org.jiandu.ui.Widgets;

/** The coverage tab: a year's township × kind coverage against the targets, as charts by kind and by township and as a table. */
final class CoverageTab {

    private final Composite tab;
    private final CleanUnitService service;
    private final Session session;
    private Spinner coverageYear;
    private TableViewer coverageTable;
    private BarChart byKind, byTownship;

    CoverageTab(Composite tab, CleanUnitService service, Session session) {
        this.tab = tab;
        this.service = service;
        this.session = session;
        create();
    }

    private void create() {
        Composite bar = Widgets.row(tab);
        new Label(bar, SWT.NONE).setText(Messages.year);
        coverageYear = new Spinner(bar, SWT.BORDER);
        coverageYear.setValues(LocalDate.now().getYear(), 2000, LocalDate.now().getYear(), 0, 1, 1);
        coverageYear.addListener(SWT.Selection, e -> refresh());
        Widgets.button(bar, Messages.refresh, true, this::refresh);
        Widgets.button(bar, Messages.export, true, () -> Export.ask(tab, Messages.export, NLS.bind(Messages.coverage_file,
                coverageYear.getSelection()), f -> service.exportCoverage(session.subject(), coverageYear.getSelection(), f),
                Messages.written, Messages.cannot_write));
        SashForm sash = Widgets.split(tab);
        Composite charts = new Composite(sash, SWT.NONE);
        charts.setLayout(new GridLayout(2, true));
        String[] series = { Messages.meeting, Messages.held_not_meeting, Messages.in_process, Messages.rejected_revoked,
                Messages.not_declared };
        RGB[] colours = { new RGB(46, 139, 87), new RGB(230, 160, 40), new RGB(90, 140, 200), new RGB(190, 70, 60),
                new RGB(200, 200, 200) };
        byKind = new BarChart(charts, series, colours);
        byKind.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        byTownship = new BarChart(charts, series, colours);
        byTownship.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite bottom = Widgets.pane(sash);
        coverageTable = Widgets.table(bottom, CleanUnitPart.COVERAGE);
        column(coverageTable, CoverageRow.class, Messages.township, 130, r -> r.groupName() == null ? Messages.total_row : r.groupName());
        column(coverageTable, CoverageRow.class, Messages.kind, 80, r -> r.kind() == null ? Messages.all_kinds : r.kind().label());
        column(coverageTable, CoverageRow.class, Messages.eligible, 60, r -> String.valueOf(r.eligible()));
        column(coverageTable, CoverageRow.class, Messages.declared_count, 60, r -> String.valueOf(r.declared()));
        column(coverageTable, CoverageRow.class, Messages.in_process, 60, r -> String.valueOf(r.inProcess()));
        column(coverageTable, CoverageRow.class, Messages.published, 60, r -> String.valueOf(r.published()));
        column(coverageTable, CoverageRow.class, Messages.under_review, 60, r -> String.valueOf(r.underReview()));
        column(coverageTable, CoverageRow.class, Messages.revoked, 60, r -> String.valueOf(r.revoked()));
        column(coverageTable, CoverageRow.class, Messages.meeting, 60, r -> String.valueOf(r.meeting()));
        column(coverageTable, CoverageRow.class, Messages.target, 55, r -> r.targetPercent() + "%");
        column(coverageTable, CoverageRow.class, Messages.coverage, 90, r -> r.coveragePercent() + "%" + (r.reachesTarget() ? "" : " ▼"));
        column(coverageTable, CoverageRow.class, Messages.monitoring_due, 80, r -> String.valueOf(r.monitoringDue()));
        sash.setWeights(58, 42); // thirteen townships and a wrapped legend fit at 1024x768
    }

    /** Bars add up to the units to create, so the green share is the coverage the table gives. */
    private static double[] segments(int eligible, int declared, int inProcess, int published, int meeting) {
        int out = Math.max(0, declared - inProcess - published);
        return new double[] { meeting, Math.max(0, published - meeting), inProcess, out, Math.max(0, eligible - declared) };
    }

    void refresh() {
        int year = coverageYear.getSelection();
        Jobs.background(tab, Messages.loading, () -> service.coverage(session.subject(), year), rows -> {
            coverageTable.setInput(rows);
            List<BarChart.Bar> kinds = new ArrayList<>();
            Map<String, int[]> townships = new LinkedHashMap<>();
            for (CoverageRow r : rows) {
                if (r.groupCode() == null && r.kind() != null) {
                    kinds.add(new BarChart.Bar(r.kind().label() + " " + r.coveragePercent() + "%", segments(r.eligible(), r.declared(),
                            r.inProcess(), r.published(), r.meeting())));
                } else if (r.groupCode() != null) {
                    int[] t = townships.computeIfAbsent(r.groupName(), k -> new int[5]);
                    t[0] += r.eligible();
                    t[1] += r.declared();
                    t[2] += r.inProcess();
                    t[3] += r.published();
                    t[4] += r.meeting();
                }
            }
            byKind.set(NLS.bind(Messages.chart_kinds, year), kinds, true);
            List<BarChart.Bar> ts = new ArrayList<>();
            townships.forEach((name, t) -> ts.add(new BarChart.Bar(name, segments(t[0], t[1], t[2], t[3], t[4]))));
            byTownship.set(Messages.chart_townships, ts, true);
        });
    }
}
