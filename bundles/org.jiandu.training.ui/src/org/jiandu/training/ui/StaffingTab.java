package org.jiandu.training.ui;

import static org.jiandu.ui.Tables.column;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiandu.training.RequirementStatus;
import org.jiandu.training.StaffingRow;
import org.jiandu.training.TrainingService;
import org.jiandu.ui.BarChart;
import org.jiandu.ui.Jobs;
import org.jiandu.ui.Session;
import org.jiandu.ui.Widgets;

/** The staffing tab: posts, vacancies, secondments and tenure per township, with this year's training coverage. */
final class StaffingTab {

    private final Composite tab;
    private final TrainingService training;
    private final Session session;
    private TableViewer staffing;
    private BarChart coverage;
    private Label hint;

    StaffingTab(Composite tab, TrainingService training, Session session) {
        this.tab = tab;
        this.training = training;
        this.session = session;
        create();
    }

    private void create() {
        Composite top = Widgets.bar(tab, 2);
        Widgets.button(top, Messages.refresh, true, this::refresh);
        hint = new Label(top, SWT.WRAP);
        hint.setText(Messages.staffing_hint);
        hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = Widgets.split(tab);
        Composite upper = Widgets.pane(sash);
        staffing = Widgets.table(upper, TrainingPart.STAFFING);
        column(staffing, StaffingRow.class, Messages.col_township, 110, StaffingRow::orgName);
        column(staffing, StaffingRow.class, Messages.col_posts, 60, r -> String.valueOf(r.authorizedPosts()));
        column(staffing, StaffingRow.class, Messages.col_filled, 60, r -> String.valueOf(r.filled()));
        column(staffing, StaffingRow.class, Messages.col_vacancies, 60, r -> String.valueOf(r.vacancies()));
        column(staffing, StaffingRow.class, Messages.col_seconded, 100, r -> String.valueOf(r.secondedLongTerm()));
        column(staffing, StaffingRow.class, Messages.col_tenure, 90, r -> String.format("%.1f", r.averageTenureYears()));
        column(staffing, StaffingRow.class, Messages.col_all_staff, 110, r -> r.trainedAllStaff() + "/" + r.heldToAllStaff()
                + " (" + Math.round(100 * r.allStaffCoverage()) + "%)");
        column(staffing, StaffingRow.class, Messages.col_directors, 130, r -> r.directorsTrained() + "/" + r.directors()
                + " (" + Math.round(100 * r.directorCoverage()) + "%)");
        coverage = new BarChart(sash, new String[] { Messages.trained, Messages.not_trained },
                new RGB[] { StatusColours.of(RequirementStatus.DONE), StatusColours.of(RequirementStatus.NOT_STARTED) });
        coverage.setData("name", "jiandu.training.chart.directors");
        sash.setWeights(55, 45);
    }

    /** Whether nothing is shown yet (the tab loads when first shown). */
    boolean empty() {
        return staffing.getTable().getItemCount() == 0;
    }

    void refresh() {
        int year = LocalDate.now().getYear();
        hint.setText(Messages.loading);
        Jobs.background(tab, Messages.tab_staffing, () -> training.staffing(session.subject(), year), rows -> {
            hint.setText(Messages.staffing_hint);
            staffing.setInput(rows);
            List<BarChart.Bar> bars = new ArrayList<>();
            for (StaffingRow r : rows.subList(0, Math.max(0, rows.size() - 1))) { // the last row is the total
                if (r.directors() > 0) {
                    bars.add(new BarChart.Bar(r.orgName(), new double[] { r.directorsTrained(), r.directors() - r.directorsTrained() }));
                }
            }
            coverage.set(NLS.bind(Messages.chart_directors, year), bars, true);
        }, failed -> hint.setText(failed));
    }
}
