package org.jiandu.app.jurisdiction;

import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.app.Messages;
import org.jiandu.core.CadreView;
import org.jiandu.core.OrgNodeView;
import org.jiandu.core.OrgService;
import org.jiandu.core.ServiceLookup;
import org.jiandu.core.jurisdiction.HistoryEntry;
import org.jiandu.core.jurisdiction.JurisdictionService;
import org.jiandu.core.model.CadreRole;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.model.Rank;
import org.jiandu.core.model.UnitKind;
import org.jiandu.core.office.XlsxReader;
import org.jiandu.core.security.AccessDeniedException;
import org.jiandu.core.security.UserService;
import org.jiandu.ui.Dialogs;
import org.jiandu.ui.Labels;
import org.jiandu.ui.Session;
import org.jiandu.ui.UserMessage;

/**
 * Hand edits of the jurisdiction from the tree's and the cadre list's context menus (county commission and
 * administrator only), and the one way every jurisdiction action runs: with progress, refusals as one sentence,
 * and an event that makes the tree and the cadre list reload.
 */
public final class JurisdictionEdits {

    /** Posted (with the changed code) after the jurisdiction changed. */
    public static final String CHANGED = "jiandu/jurisdiction/changed";

    private JurisdictionEdits() {
    }

    /**
     * Runs work with a progress dialog; a refusal or a failure is shown as one sentence and null returned.
     */
    static <T> T run(Shell shell, String title, String label, Callable<T> work) {
        Object[] result = new Object[1];
        try {
            new ProgressMonitorDialog(shell).run(true, false, monitor -> {
                monitor.beginTask(label, org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
                try {
                    result[0] = work.call();
                } catch (Exception e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            String msg = UserMessage.of(c);
            Dialogs.error(shell, title, c instanceof AccessDeniedException ? msg : NLS.bind(Messages.jedit_failed, msg));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    /** The context menu of the jurisdiction tree. */
    public static void treeMenu(StructuredViewer viewer, Session session, OrgService orgs, Supplier<JurisdictionService> service,
            IEventBroker events) {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            Object o = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
            if (o instanceof OrgNodeView n && session.subject().role().actsForCounty()) {
                nodeActions(m, viewer.getControl().getShell(), n, session, orgs, service, events);
            }
        });
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
    }

    private static void nodeActions(IMenuManager m, Shell shell, OrgNodeView n, Session session, OrgService orgs,
            Supplier<JurisdictionService> service, IEventBroker events) {
        var s = session.subject();
        String title = n.name();
        if (n.level() == OrgLevel.COUNTY || n.level() == OrgLevel.TOWNSHIP) {
            m.add(action(Messages.jedit_add, () -> {
                boolean county = n.level() == OrgLevel.COUNTY;
                String[] kinds = county ? new String[] { Messages.jedit_township_kind, Labels.of(UnitKind.DEPARTMENT),
                        Labels.of(UnitKind.ENTERPRISE), Labels.of(UnitKind.SCHOOL), Labels.of(UnitKind.HOSPITAL) }
                        : new String[] { Labels.of(OrgLevel.VILLAGE) };
                String[] v = FormDialog.ask(shell, Messages.jedit_add, FormDialog.Field.text(Messages.jedit_code, ""),
                        FormDialog.Field.text(Messages.jedit_name, ""), new FormDialog.Field(Messages.jedit_kind, null, kinds));
                if (v != null) {
                    int k = Integer.parseInt(v[2]);
                    OrgLevel level = !county ? OrgLevel.VILLAGE : k == 0 ? OrgLevel.TOWNSHIP : OrgLevel.UNIT;
                    UnitKind kind = level == OrgLevel.UNIT ? UnitKind.values()[k - 1] : null;
                    edit(shell, title, events, () -> service.get().addNode(s, level, v[0], v[1], n.code(), kind));
                }
            }));
        }
        if (n.level() == OrgLevel.COUNTY || n.level() == OrgLevel.CITY) {
            return;
        }
        m.add(action(Messages.jedit_rename, () -> {
            String[] v = FormDialog.ask(shell, Messages.jedit_rename, FormDialog.Field.text(Messages.jedit_name, n.name()));
            if (v != null) {
                edit(shell, title, events, () -> service.get().renameNode(s, n.code(), v[0]));
            }
        }));
        if (n.level() == OrgLevel.VILLAGE) {
            m.add(action(Messages.jedit_move, () -> {
                String countyCode = n.path().split("/")[2];
                List<OrgNodeView> townships = orgs.children(s, countyCode).stream()
                        .filter(t -> t.level() == OrgLevel.TOWNSHIP && !t.closed() && !n.path().startsWith(t.path())).toList();
                String[] v = FormDialog.ask(shell, Messages.jedit_move, new FormDialog.Field(Messages.jedit_township, null,
                        townships.stream().map(t -> t.name() + " (" + t.code() + ")").toArray(String[]::new)));
                if (v != null && !townships.isEmpty()) {
                    String to = townships.get(Integer.parseInt(v[0])).code();
                    edit(shell, title, events, () -> service.get().moveNode(s, n.code(), to));
                }
            }));
        }
        if (n.closed()) {
            m.add(action(Messages.jedit_reopen, () -> edit(shell, title, events, () -> service.get().reopenNode(s, n.code()))));
        } else {
            m.add(action(Messages.jedit_close, () -> {
                String[] v = FormDialog.ask(shell, NLS.bind(Messages.jedit_close_confirm, n.name()),
                        FormDialog.Field.text(Messages.jedit_date, LocalDate.now().toString()));
                if (v != null) {
                    LocalDate day = date(shell, title, v[0]);
                    if (day != null) {
                        edit(shell, title, events, () -> service.get().closeNode(s, n.code(), day));
                    }
                }
            }));
        }
        m.add(new Separator());
        m.add(action(Messages.jedit_history, () -> history(shell, title, () -> service.get().history(s, n.code()))));
    }

    /** The context menu of the cadre list; {@code org} is the organisation the list shows. */
    public static void cadreMenu(StructuredViewer viewer, Session session, Supplier<OrgNodeView> org,
            Supplier<JurisdictionService> service, IEventBroker events) {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            if (!session.subject().role().actsForCounty()) {
                return;
            }
            Shell shell = viewer.getControl().getShell();
            var s = session.subject();
            Rank[] ranks = Rank.values();
            CadreRole[] roles = CadreRole.values();
            m.add(action(Messages.jedit_hire, () -> {
                OrgNodeView at = org.get();
                String[] v = FormDialog.ask(shell, Messages.jedit_hire, FormDialog.Field.text(Messages.jedit_code, ""),
                        FormDialog.Field.text(Messages.jedit_name, ""),
                        FormDialog.Field.text(Messages.jedit_org, at == null ? "" : at.code()),
                        new FormDialog.Field(Messages.jedit_rank, null, Arrays.stream(ranks).map(Labels::of).toArray(String[]::new)),
                        new FormDialog.Field(Messages.jedit_role, null, Arrays.stream(roles).map(Labels::of).toArray(String[]::new)),
                        FormDialog.Field.text(Messages.jedit_date, LocalDate.now().toString()));
                if (v != null) {
                    LocalDate since = v[5].isEmpty() ? null : date(shell, Messages.jedit_hire, v[5]);
                    edit(shell, Messages.jedit_hire, events, () -> service.get().hire(s, v[0], v[1], v[2],
                            ranks[Integer.parseInt(v[3])], roles[Integer.parseInt(v[4])], since));
                }
            }));
            Object o = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
            if (!(o instanceof CadreView c)) {
                return;
            }
            String title = c.name();
            m.add(new Separator());
            m.add(action(Messages.jedit_transfer, () -> {
                String[] v = FormDialog.ask(shell, Messages.jedit_transfer, FormDialog.Field.text(Messages.jedit_org, c.orgCode()),
                        FormDialog.Field.text(Messages.jedit_date, LocalDate.now().toString()));
                if (v != null) {
                    LocalDate day = date(shell, title, v[1]);
                    if (day != null) {
                        edit(shell, title, events, () -> service.get().transfer(s, c.code(), v[0], day));
                    }
                }
            }));
            m.add(action(Messages.jedit_second, () -> {
                String[] v = FormDialog.ask(shell, Messages.jedit_second, FormDialog.Field.text(Messages.jedit_destination, ""),
                        FormDialog.Field.text(Messages.jedit_date, LocalDate.now().toString()),
                        FormDialog.Field.text(Messages.jedit_reason, ""));
                if (v != null) {
                    LocalDate day = date(shell, title, v[1]);
                    if (day != null) {
                        edit(shell, title, events, () -> service.get().second(s, c.code(), v[0], day, v[2]));
                    }
                }
            }));
            m.add(action(Messages.jedit_return, () -> {
                String[] v = FormDialog.ask(shell, Messages.jedit_return,
                        FormDialog.Field.text(Messages.jedit_date, LocalDate.now().toString()));
                if (v != null) {
                    LocalDate day = date(shell, title, v[0]);
                    if (day != null) {
                        edit(shell, title, events, () -> service.get().returnFromSecondment(s, c.code(), day));
                    }
                }
            }));
            m.add(action(Messages.jedit_leave, () -> {
                String[] v = FormDialog.ask(shell, Messages.jedit_leave,
                        FormDialog.Field.text(Messages.jedit_date, LocalDate.now().toString()));
                if (v != null) {
                    LocalDate day = date(shell, title, v[0]);
                    if (day != null) {
                        edit(shell, title, events, () -> service.get().leave(s, c.code(), day));
                    }
                }
            }));
            m.add(new Separator());
            m.add(action(Messages.jedit_history, () -> history(shell, title, () -> service.get().history(s, c.code()))));
        });
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
    }

    private static Action action(String label, Runnable run) {
        return new Action(label) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    private static LocalDate date(Shell shell, String title, String text) {
        LocalDate d = XlsxReader.date(text).orElse(null);
        if (d == null) {
            Dialogs.error(shell, title, NLS.bind(Messages.jedit_bad_date, text));
        }
        return d;
    }

    private static void edit(Shell shell, String title, IEventBroker events, Callable<org.jiandu.core.jurisdiction.Change> work) {
        org.jiandu.core.jurisdiction.Change c = run(shell, title, title, work);
        if (c != null) {
            events.send(CHANGED, c.code());
        }
    }

    private static void history(Shell shell, String title, Callable<List<HistoryEntry>> work) {
        List<HistoryEntry> h = run(shell, title, title, work);
        if (h != null) {
            Map<String, String> names = ServiceLookup.await(JurisdictionEdits.class, UserService.class, 5_000).displayNames();
            new HistoryDialog(shell, title, h, names).open();
        }
    }
}
