package org.jiandu.patrol.ui;

import java.util.function.Supplier;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.TableItem;
import org.jiandu.patrol.planning.Assignment;
import org.jiandu.patrol.planning.Problem;

/**
 * Dragging an assignment onto a round moves it there (with its villages under 巡镇带村), onto a team's column of
 * that round also to that team.
 */
final class PlanDragAndDrop {

    /** Where a target was dropped. */
    interface Move {
        /** @param team the code of the team whose column it was dropped on, or null to keep the team */
        void to(String targetCode, int round, String team);
    }

    private PlanDragAndDrop() {
    }

    static void attach(TableViewer assignments, TableViewer rounds, Supplier<Problem> problem, Move move) {
        Transfer[] text = { TextTransfer.getInstance() };
        DragSource source = new DragSource(assignments.getTable(), DND.DROP_MOVE);
        source.setTransfer(text);
        source.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragSetData(DragSourceEvent event) {
                if (assignments.getStructuredSelection().getFirstElement() instanceof Assignment a) {
                    event.data = a.target();
                }
            }
        });
        DropTarget target = new DropTarget(rounds.getTable(), DND.DROP_MOVE);
        target.setTransfer(text);
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void drop(DropTargetEvent event) {
                if (event.item instanceof TableItem item && item.getData() instanceof RoundRow r && event.data instanceof String code) {
                    Point at = rounds.getTable().toControl(event.x, event.y);
                    String team = null;
                    int teams = problem.get().teams().size();
                    for (int c = 0; c < rounds.getTable().getColumnCount(); c++) {
                        Rectangle b = item.getBounds(c);
                        if (at.x >= b.x && at.x < b.x + b.width && c >= RoundRow.TEAM_COLUMN && c < RoundRow.TEAM_COLUMN + teams) {
                            team = problem.get().teams().get(c - RoundRow.TEAM_COLUMN).code();
                        }
                    }
                    move.to(code, r.round().number(), team);
                }
            }
        });
    }
}
