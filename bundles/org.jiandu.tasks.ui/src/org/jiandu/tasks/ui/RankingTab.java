package org.jiandu.tasks.ui;

import static org.jiandu.ui.Tables.column;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiandu.tasks.ScoreTable;
import org.jiandu.tasks.TaskLabels;
import org.jiandu.tasks.TaskRights;
import org.jiandu.tasks.TasksService;
import org.jiandu.ui.BarChart;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Export;
import org.jiandu.ui.Jobs;
import org.jiandu.ui.Session;
import org.jiandu.ui.Widgets;

/**
 * 量化考评: a period's scores and ranking as of today (a month, a quarter or the year), with the published ranking
 * beside it and what changed since; the county commission publishes (freezes) it; anyone who reads exports it.
 */
final class RankingTab {

    static final String PERIOD = "jiandu.tasks.ranking.period";
    private static final int CHART_BARS = 15;

    private final Composite tab;
    private final TasksService tasks;
    private final Session session;
    private final Combo period;
    private final Label status;
    private final BarChart chart;
    private final TableViewer table;
    private ScoreTable shown;

    RankingTab(Composite tab, TasksService tasks, Session session) {
        this.tab = tab;
        this.tasks = tasks;
        this.session = session;
        Composite top = Widgets.row(tab);
        new Label(top, SWT.NONE).setText(Messages.col_period);
        period = new Combo(top, SWT.DROP_DOWN);
        period.setData("name", PERIOD);
        YearMonth now = YearMonth.now();
        for (int m = 1; m <= 12; m++) {
            period.add(now.minusMonths(m).toString());
        }
        int q = (now.getMonthValue() - 1) / 3 + 1;
        period.add(now.getYear() + "-Q" + q);
        period.add(String.valueOf(now.getYear()));
        period.select(0);
        period.addListener(SWT.Selection, e -> refresh());
        period.addListener(SWT.DefaultSelection, e -> refresh());
        if (TaskRights.issues(session.subject().role())) {
            Widgets.button(top, Messages.publish, true, this::publish);
        }
        Widgets.button(top, Messages.export, true, this::export);
        status = new Label(tab, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm split = Widgets.split(tab);
        Composite upper = Widgets.pane(split);
        chart = new BarChart(upper, new String[] { Messages.col_score }, new RGB[] { new RGB(70, 110, 170) });
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = Widgets.table(Widgets.pane(split), TasksPart.RANKING);
        column(table, ScoreTable.Row.class, Messages.col_place, 45, r -> String.valueOf(r.place()));
        column(table, ScoreTable.Row.class, Messages.col_body, 160, ScoreTable.Row::bodyName);
        column(table, ScoreTable.Row.class, Messages.col_kind, 100, r -> TaskLabels.of(r.kind()));
        column(table, ScoreTable.Row.class, Messages.col_score, 60, r -> r.score().toPlainString());
        column(table, ScoreTable.Row.class, Messages.col_outcomes, 220, r -> NLS.bind(Messages.outcomes, new Object[] { r.onTime(),
            r.late(), r.failed(), r.missed(), r.pending(), r.returns() }));
        column(table, ScoreTable.Row.class, Messages.col_published, 150, r -> r.publishedScore() == null ? ""
                : NLS.bind(Messages.published_was, r.publishedPlace(), r.publishedScore()) + (r.changedSincePublished() ? " *" : ""));
        split.setWeights(2, 3);
    }

    private String chosen() {
        return period.getText().strip();
    }

    void refresh() {
        String p = chosen();
        Jobs.background(tab, Messages.tab_ranking, () -> tasks.score(session.subject(), session.county().id(), p, LocalDate.now()),
                this::show, m -> {
                    shown = null;
                    table.setInput(List.of());
                    chart.set("", List.of(), false);
                    say(m);
                });
    }

    private void show(ScoreTable t) {
        shown = t;
        table.setInput(t.rows());
        List<BarChart.Bar> bars = new ArrayList<>();
        for (ScoreTable.Row r : t.rows().subList(0, Math.min(CHART_BARS, t.rows().size()))) {
            bars.add(new BarChart.Bar(r.place() + ". " + r.bodyName() + " " + r.score(), new double[] { Math.max(0, r.score()
                    .doubleValue()) }));
        }
        chart.set(NLS.bind(Messages.chart_title, t.period(), Math.min(CHART_BARS, t.rows().size())), bars, false);
        long changed = t.rows().stream().filter(ScoreTable.Row::changedSincePublished).count();
        say(t.rows().isEmpty() ? NLS.bind(Messages.ranking_empty, t.period()) : NLS.bind(Messages.ranking_count, new Object[] {
            t.period(), t.asOf(), t.schemeVersion(), t.rows().size(), t.published() == 0 ? Messages.not_published
                    : NLS.bind(Messages.published_revision, t.published(), changed) }));
    }

    private void say(String text) {
        status.setText(text);
        tab.layout(true, true);
    }

    /** Publishing freezes the ranking as of today; a later publication is a new revision, the earlier one stays. */
    private void publish() {
        String p = chosen();
        if (Dialogs.confirm(tab.getShell(), Mnemonics.plain(Messages.publish), NLS.bind(Messages.publish_confirm, p, LocalDate.now()),
                Messages.publish)) {
            Jobs.background(tab, Mnemonics.plain(Messages.publish), () -> tasks.publish(session.subject(), session.county().id(), p,
                    LocalDate.now()),
                    this::show);
        }
    }

    void export() {
        String p = chosen();
        Export.ask(tab, Mnemonics.plain(Messages.export), NLS.bind(Messages.ranking_file, p), f -> tasks.export(session.subject(),
                session.county().id(), p,
                LocalDate.now(), f), Messages.written, Messages.cannot_write);
    }

    /** The score table shown, for tests. */
    ScoreTable shown() {
        return shown;
    }
}
