package org.jiandu.app.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.swt.widgets.Shell;
import org.jiandu.app.KeysDialog;

/** Help → Keys: every key binding the installed modules contribute, with the module and the action it runs. */
public class KeysHandler {

    @Execute
    void execute(Shell shell, MApplication app) {
        List<KeysDialog.Row> rows = new ArrayList<>();
        MWindow window = app.getChildren().isEmpty() ? null : app.getChildren().get(0);
        for (MBindingTable table : app.getBindingTables()) {
            for (MKeyBinding b : table.getBindings()) {
                MCommand c = b.getCommand();
                if (c == null) {
                    continue;
                }
                rows.add(new KeysDialog.Row(menuOf(window, c), c.getLocalizedCommandName(), format(b.getKeySequence())));
            }
        }
        new KeysDialog(shell, rows).open();
    }

    private static String format(String keys) {
        try {
            return KeySequence.getInstance(keys).format();
        } catch (ParseException e) {
            return keys;
        }
    }

    /** The label of the main-menu entry that holds the command (the module's menu), without its mnemonic. */
    private static String menuOf(MWindow window, MCommand command) {
        if (window == null || window.getMainMenu() == null) {
            return "";
        }
        for (MMenuElement top : window.getMainMenu().getChildren()) {
            if (top instanceof MMenu menu && menu.isToBeRendered() && holds(menu, command)) {
                return menu.getLocalizedLabel().replaceAll("\\(&.\\)|&", "");
            }
        }
        return "";
    }

    private static boolean holds(MMenu menu, MCommand command) {
        for (MMenuElement e : menu.getChildren()) {
            if (e instanceof MHandledMenuItem item && item.getCommand() == command
                    || e instanceof MMenu sub && holds(sub, command)) {
                return true;
            }
        }
        return false;
    }
}
