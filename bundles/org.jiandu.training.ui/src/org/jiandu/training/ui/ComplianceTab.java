package org.jiandu.training.ui;

import static org.jiandu.ui.Tables.column;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.training.CadreCompliance;
import org.jiandu.training.ComplianceReport;
import org.jiandu.training.RequirementKind;
import org.jiandu.training.RequirementStatus;
import org.jiandu.training.TrainingRoles;
import org.jiandu.training.TrainingService;
import org.jiandu.training.rules.Outcome;
import org.jiandu.ui.BarChart;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Export;
import org.jiandu.ui.Jobs;
import org.jiandu.ui.Session;
import org.jiandu.ui.Widgets;

/**
 * The compliance dashboard: a year's outcomes of every rule for every cadre, charted by rule and by township, with
 * the gaps that need action; exported or frozen as a report. Computed in a job, once until the records change.
 */
final class ComplianceTab {

    /** One cadre's outcome for one rule, as a row of the gaps table. */
    record Row(CadreCompliance c, Outcome o) {
    }

    private final Composite tab;
    private final TrainingService training;
    private final Session session;
    private Combo complianceYear;
    private Combo statusFilter;
    private BarChart byRule, byTownship;
    private TableViewer gaps;
    private Label complianceInfo;
    private ComplianceReport report;
    private EmptyHint gapsHint;
    private OrgNodeView township;

    /** @param toTranscript told the cadre code of a gap opened (double-clicked) */
    ComplianceTab(Composite tab, TrainingService training, Session session, Consumer<String> toTranscript) {
        this.tab = tab;
        this.training = training;
        this.session = session;
        create(toTranscript);
    }

    private void create(Consumer<String> toTranscript) {
        Composite top = Widgets.row(tab);
        new Label(top, SWT.NONE).setText(Messages.year);
        complianceYear = new Combo(top, SWT.READ_ONLY);
        Format.years().forEach(complianceYear::add);
        complianceYear.select(0);
        complianceYear.addListener(SWT.Selection, e -> refresh());
        statusFilter = new Combo(top, SWT.READ_ONLY);
        statusFilter.add(Messages.needs_action);
        statusFilter.add(Messages.not_done);
        statusFilter.select(0);
        statusFilter.addListener(SWT.Selection, e -> showGaps());
        Widgets.button(top, Messages.export, true, this::export);
        Widgets.button(top, Messages.freeze, TrainingRoles.mayPlan(session.subject().role()), this::freeze);
        complianceInfo = new Label(tab, SWT.WRAP);
        complianceInfo.setData("name", TrainingPart.COMPLIANCE_SUMMARY);
        complianceInfo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        SashForm sash = Widgets.split(tab);
        SashForm charts = new SashForm(sash, SWT.HORIZONTAL);
        String[] series = Arrays.stream(StatusColours.ORDER).map(Labels::of).toArray(String[]::new);
        byRule = new BarChart(charts, series, StatusColours.COLOURS);
        byRule.setData("name", "jiandu.training.chart.rules");
        byTownship = new BarChart(charts, new String[] { Messages.compliant, Messages.not_compliant },
                new RGB[] { StatusColours.of(RequirementStatus.DONE), StatusColours.of(RequirementStatus.OVERDUE) });
        byTownship.setData("name", "jiandu.training.chart.townships");
        Composite lower = Widgets.pane(sash);
        gaps = Widgets.table(lower, TrainingPart.COMPLIANCE);
        column(gaps, Row.class, Messages.col_name, 70, r -> r.c().cadreName());
        column(gaps, Row.class, Messages.col_township, 100, r -> r.c().townshipName());
        column(gaps, Row.class, Messages.col_rule, 150, r -> Labels.of(r.o().kind()));
        column(gaps, Row.class, Messages.col_status, 70, r -> Labels.of(r.o().status()));
        column(gaps, Row.class, Messages.col_due, 90, r -> Format.date(r.o().due()));
        column(gaps, Row.class, Messages.col_gaps, 420, r -> String.join("；", r.o().gaps()));
        column(gaps, Row.class, Messages.col_cadre_no, 120, r -> r.c().cadreCode());
        gaps.addDoubleClickListener(e -> {
            if (gaps.getStructuredSelection().getFirstElement() instanceof Row r) {
                toTranscript.accept(r.c().cadreCode());
            }
        });
        gapsHint = new EmptyHint(lower, "jiandu.training.compliance.empty");
        sash.setWeights(45, 55);
    }

    /** Follows the township (or village) chosen in the jurisdiction tree: the gaps are then that township's only. */
    void follow(OrgNodeView org) {
        township = org != null && (org.level() == OrgLevel.TOWNSHIP || org.level() == OrgLevel.VILLAGE) ? org : null;
        showGaps();
    }

    /** The code of the township an organisation lies in: the path's segment after the county (/city/county/township/). */
    private static String townshipCode(OrgNodeView org) {
        String[] segments = org.path().split("/");
        return segments.length > 3 ? segments[3] : org.code();
    }

    /** Whether a report is on show (false at first and after the records changed). */
    boolean computed() {
        return report != null;
    }

    /** Forgets the report: the records changed, so it is computed again when the tab is shown. */
    void invalidate() {
        report = null;
    }

    private int year() {
        return Integer.parseInt(complianceYear.getText());
    }

    void refresh() {
        int year = year();
        complianceInfo.setText(Messages.computing);
        Jobs.background(tab, Messages.tab_compliance, () -> training.compliance(session.subject(), year, TrainingService.asOf(year)),
                r -> {
                    report = r;
                    show();
                }, failed -> complianceInfo.setText(failed));
    }

    private void show() {
        ComplianceReport r = report;
        complianceInfo.setText(NLS.bind(Messages.compliance_summary, new Object[] { r.year(), r.asOf(), r.activeCadres(),
                r.cadres().size(), r.compliant() }));
        List<BarChart.Bar> rules = new ArrayList<>();
        for (RequirementKind k : RequirementKind.values()) {
            double[] v = new double[StatusColours.ORDER.length];
            boolean any = false;
            for (CadreCompliance c : r.cadres()) {
                Outcome o = c.outcome(k);
                if (o != null) {
                    v[Arrays.asList(StatusColours.ORDER).indexOf(o.status())]++;
                    any = true;
                }
            }
            if (any) {
                rules.add(new BarChart.Bar(Labels.of(k), v));
            }
        }
        byRule.set(Messages.chart_rules, rules, false);
        Map<String, double[]> towns = new TreeMap<>();
        for (CadreCompliance c : r.cadres()) {
            double[] v = towns.computeIfAbsent(c.townshipName(), x -> new double[2]);
            v[c.compliant() ? 0 : 1]++;
        }
        List<BarChart.Bar> t = new ArrayList<>();
        towns.forEach((name, v) -> t.add(new BarChart.Bar(name, v)));
        byTownship.set(Messages.chart_townships, t, true);
        showGaps();
    }

    private void showGaps() {
        if (report == null) {
            return;
        }
        boolean actionOnly = statusFilter.getSelectionIndex() == 0;
        List<Row> rows = new ArrayList<>();
        for (CadreCompliance c : report.cadres()) {
            if (township != null && !c.townshipCode().equals(townshipCode(township))) {
                continue;
            }
            for (Outcome o : c.outcomes()) {
                if (o.status() != RequirementStatus.DONE && (!actionOnly || o.status().needsAction())) {
                    rows.add(new Row(c, o));
                }
            }
        }
        gaps.setInput(rows);
        String scope = township == null ? null : NLS.bind(Messages.showing_township, township.name());
        gapsHint.show(rows.isEmpty() ? NLS.bind(Messages.empty_gaps, report.year()) + (scope == null ? "" : " " + scope) : scope);
    }

    private void export() {
        int year = year();
        Export.ask(tab, Messages.export_xlsx, NLS.bind(Messages.compliance_file, year),
                f -> training.exportCompliance(session.subject(), year, TrainingService.asOf(year), f), Messages.written,
                Messages.cannot_write);
    }

    private void freeze() {
        int year = year();
        if (!Confirm.ask(tab.getShell(), Messages.freeze, NLS.bind(Messages.freeze_ask, year))) {
            return;
        }
        String title = SessionsTab.title(Messages.freeze);
        Jobs.background(tab, title, () -> training.freeze(session.subject(), year),
                id -> Dialogs.info(tab.getShell(), title, NLS.bind(Messages.frozen, id, year)));
    }
}
