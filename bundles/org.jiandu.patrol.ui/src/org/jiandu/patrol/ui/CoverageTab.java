package org.jiandu.patrol.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiandu.patrol.TargetClass;
import org.jiandu.patrol.TargetKind;
import org.jiandu.patrol.planning.Assignment;
import org.jiandu.patrol.planning.Problem;
import org.jiandu.patrol.planning.Round;
import org.jiandu.patrol.planning.Target;
import org.jiandu.ui.Tables;
import org.jiandu.ui.Widgets;

/** The coverage tab: the plan as a townships × rounds heat map, and how much of each class and kind is inspected or planned. */
final class CoverageTab {

    /** Coverage of one class or kind of target. */
    record CoverageRow(String label, int targets, int inspected, int planned) {
    }

    private final HeatMap heat;
    private final TableViewer coverageTable;

    CoverageTab(Composite tab) {
        Label hint = new Label(tab, SWT.WRAP);
        hint.setText(Messages.coverage_hint);
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = Widgets.split(tab);
        heat = new HeatMap(sash);
        heat.setData("name", PatrolPart.COVERAGE + ".heat");
        Composite lower = Widgets.pane(sash);
        coverageTable = Widgets.table(lower, PatrolPart.COVERAGE);
        Tables.column(coverageTable, CoverageRow.class, Messages.col_group, 140, CoverageRow::label);
        Tables.column(coverageTable, CoverageRow.class, Messages.col_targets, 70, r -> String.valueOf(r.targets()));
        Tables.column(coverageTable, CoverageRow.class, Messages.col_inspected, 140, r -> r.inspected() + " ("
                + (r.targets() == 0 ? 0 : Math.round(100.0 * r.inspected() / r.targets())) + "%)");
        Tables.column(coverageTable, CoverageRow.class, Messages.col_planned, 140, r -> r.planned() + " ("
                + (r.targets() == 0 ? 0 : Math.round(100.0 * r.planned() / r.targets())) + "%)");
        sash.setWeights(60, 40);
    }

    /** Shows the coverage of {@code plan}: a target counts as inspected when its round is completed. */
    void show(Problem problem, List<Assignment> plan) {
        Map<String, String> townName = new HashMap<>();
        Map<String, Integer> townIndex = new LinkedHashMap<>();
        for (Target t : problem.targets()) {
            if (t.kind() == TargetKind.TOWNSHIP) {
                townIndex.put(t.code(), townIndex.size());
                townName.put(t.code(), t.name());
            }
        }
        List<String> rowLabels = new ArrayList<>();
        townIndex.keySet().forEach(code -> rowLabels.add(townName.get(code)));
        rowLabels.add(Messages.kind_unit);
        List<String> columns = new ArrayList<>();
        boolean[] done = new boolean[problem.rounds().size()];
        Map<Integer, Integer> roundIndex = new HashMap<>();
        for (int i = 0; i < problem.rounds().size(); i++) {
            Round r = problem.rounds().get(i);
            columns.add(String.valueOf(r.number()));
            done[i] = r.completed();
            roundIndex.put(r.number(), i);
        }
        int[][] counts = new int[rowLabels.size()][columns.size()];
        Map<TargetClass, int[]> byClass = new EnumMap<>(TargetClass.class);
        Map<TargetKind, int[]> byKind = new EnumMap<>(TargetKind.class);
        Map<String, Assignment> byTarget = new HashMap<>();
        plan.forEach(a -> byTarget.put(a.target(), a));
        for (Target t : problem.targets()) {
            Assignment a = byTarget.get(t.code());
            boolean inspected = a != null && done[roundIndex.getOrDefault(a.round(), 0)];
            for (int[] k : List.of(byClass.computeIfAbsent(t.cls(), x -> new int[3]), byKind.computeIfAbsent(t.kind(), x -> new int[3]))) {
                k[0]++;
                k[1] += inspected ? 1 : 0;
                k[2] += a != null ? 1 : 0;
            }
            if (a != null && roundIndex.containsKey(a.round())) {
                int row = t.townshipCode() == null ? rowLabels.size() - 1 : townIndex.getOrDefault(t.townshipCode(), rowLabels.size() - 1);
                counts[row][roundIndex.get(a.round())]++;
            }
        }
        heat.set(rowLabels, columns, done, counts);
        List<CoverageRow> rows = new ArrayList<>();
        byClass.forEach((k, v) -> rows.add(new CoverageRow(PatrolLabels.of(k), v[0], v[1], v[2])));
        byKind.forEach((k, v) -> rows.add(new CoverageRow(ProblemIndex.kind(k), v[0], v[1], v[2])));
        coverageTable.setInput(rows);
    }
}
