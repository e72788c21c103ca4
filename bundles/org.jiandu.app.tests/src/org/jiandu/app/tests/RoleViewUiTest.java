package org.jiandu.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.jiandu.app.parts.ModuleNavigatorPart;
import org.jiandu.core.audit.AuditLog;
import org.jiandu.core.security.Role;
import org.jiandu.core.security.SecurityMessages;
import org.jiandu.core.security.UserService;
import org.jiandu.ui.Jobs;
import org.jiandu.ui.Session;
import org.jiandu.ui.WorkbenchModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each role sees the modules it may use and nothing else, and a refusal that still happens is one sentence in the
 * UI language, never an exception dialog: logged in as every demo user of one installation in turn.
 */
class RoleViewUiTest {

    private static final String JOB = "role-check";

    @TempDir
    Path data;

    @Test
    void eachRoleSeesItsModulesAndARefusalIsOneSentence() throws Exception {
        for (String user : List.of("admin", "county", "township", "trainer", "investigator", "viewer")) {
            try (RunningWorkbench wb = new RunningWorkbench(data, user)) {
                Session session = org.jiandu.core.ServiceLookup.await(getClass(), Session.class, 10_000);
                Role role = session.subject().role();
                List<WorkbenchModule> modules = RunningWorkbench.modules();

                // the navigator lists exactly the modules the role may use; the others' parts are not rendered
                Set<String> expected = new TreeSet<>();
                for (WorkbenchModule m : modules) {
                    if (m.availableTo(session.subject())) {
                        expected.add(m.label());
                    }
                }
                Set<String> listed = wb.await(user + ": the navigator", () -> {
                    Table t = UiLookup.named(wb.window, ModuleNavigatorPart.TABLE, Table.class);
                    Set<String> labels = new TreeSet<>();
                    for (TableItem i : t.getItems()) {
                        labels.add(i.getText());
                    }
                    return labels.size() == expected.size() ? labels : null;
                });
                assertEquals(expected, listed, user);
                MApplication app = wb.workbench.getApplication();
                EModelService models = app.getContext().get(EModelService.class);
                for (WorkbenchModule m : modules) {
                    MUIElement part = wb.call(() -> models.find(m.partId(), app));
                    if (part != null && !m.availableTo(session.subject())) {
                        assertFalse(part.isToBeRendered(), user + " sees the part of " + m.id());
                        assertNull(part.getWidget(), user + ": " + m.id() + " rendered");
                    }
                }
                boolean search = modules.stream().anyMatch(m -> m.id().startsWith("search"));
                if (search && !role.canReadCaseMaterial()) {
                    assertTrue(listed.stream().noneMatch(l -> modules.stream()
                            .anyMatch(m -> m.id().startsWith("search") && m.label().equals(l))), user + " is shown search");
                }
                MUIElement admin = wb.call(() -> models.findElements(app, "org.jiandu.app.menu.admin", MUIElement.class, null,
                        EModelService.IN_MAIN_MENU).get(0));
                assertEquals(role.canManageUsers(), admin.isToBeRendered(), user + ": the administration menu");

                // a refusal by a real service, through the path every screen takes: one sentence, as the service wrote it
                String expectedSentence = role == Role.ADMINISTRATOR ? SecurityMessages.denied_self_disable : SecurityMessages.denied_audit;
                Supplier<Object> refused = role == Role.ADMINISTRATOR
                        ? () -> {
                            service(UserService.class).setActive(session.subject(), session.subject().username(), false);
                            return null;
                        }
                        : () -> service(AuditLog.class).list(session.subject(), null, 10);
                wb.call(() -> {
                    Jobs.background(wb.window, JOB, refused, r -> { });
                    return null;
                });
                assertEquals(expectedSentence, message(wb, JOB), user);
                assertNoInternalErrorDialog(wb);

                if (role == Role.ADMINISTRATOR) {
                    // what escapes a listener is not shown as "Internal Error" with a stack either
                    wb.call(() -> {
                        wb.display().asyncExec(() -> {
                            throw new NullPointerException("a fault in a listener");
                        });
                        return null;
                    });
                    assertEquals(org.jiandu.ui.Messages.failure_internal, message(wb, org.jiandu.app.Messages.failure_title));
                    assertNoInternalErrorDialog(wb);
                }
            }
        }
    }

    /** The message of the dialog titled {@code title}, once it is open; the dialog is closed after reading it. */
    private static String message(RunningWorkbench wb, String title) throws InterruptedException {
        Shell dialog = wb.await("the dialog " + title, () -> UiLookup.shell(wb.display(), title));
        return wb.call(() -> {
            String longest = "";
            for (Label l : labels(dialog, new ArrayList<>())) {
                if (l.getText().length() > longest.length()) {
                    longest = l.getText();
                }
            }
            assertFalse(longest.contains("\n"), longest);
            assertFalse(longest.contains("Exception") || longest.contains("org.jiandu"), longest);
            dialog.close();
            return longest;
        });
    }

    private static List<Label> labels(Control c, List<Label> into) {
        if (c instanceof Label l) {
            into.add(l);
        }
        if (c instanceof org.eclipse.swt.widgets.Composite comp) {
            for (Control child : comp.getChildren()) {
                labels(child, into);
            }
        }
        return into;
    }

    private static void assertNoInternalErrorDialog(RunningWorkbench wb) {
        assertNull(wb.call(() -> UiLookup.shell(wb.display(), "Internal Error")), "an Internal Error dialog");
        assertNull(wb.call(() -> UiLookup.shell(wb.display(), "内部错误")), "an Internal Error dialog");
    }

    private static <T> T service(Class<T> type) {
        return org.jiandu.core.ServiceLookup.await(RoleViewUiTest.class, type, 10_000);
    }
}
