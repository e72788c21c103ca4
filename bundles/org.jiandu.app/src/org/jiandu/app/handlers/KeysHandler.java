package org.jiandu.app.handlers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
                MHandledMenuItem item = itemOf(window, b);
                String action = item == null ? c.getLocalizedCommandName() : plain(item.getLocalizedLabel());
                rows.add(new KeysDialog.Row(menuOf(window, c), action, format(b.getKeySequence())));
            }
        }
        rows.addAll(KeysDialog.general());
        new KeysDialog(shell, rows).open();
    }

    /** The main-menu item that runs the binding's command with the same parameters (Go → Modules), or null. */
    private static MHandledMenuItem itemOf(MWindow window, MKeyBinding binding) {
        if (window == null || window.getMainMenu() == null) {
            return null;
        }
        Map<String, String> wanted = new HashMap<>();
        binding.getParameters().forEach(p -> wanted.put(p.getName(), p.getValue()));
        return find(window.getMainMenu(), binding.getCommand(), wanted);
    }

    private static MHandledMenuItem find(MMenu menu, MCommand command, Map<String, String> parameters) {
        for (MMenuElement e : menu.getChildren()) {
            if (e instanceof MHandledMenuItem item && item.getCommand() == command) {
                Map<String, String> has = new HashMap<>();
                item.getParameters().forEach(p -> has.put(p.getName(), p.getValue()));
                if (has.equals(parameters)) {
                    return item;
                }
            } else if (e instanceof MMenu sub) {
                MHandledMenuItem found = find(sub, command, parameters);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A menu label without its mnemonic and ellipsis. */
    private static String plain(String label) {
        return label.replaceAll("\\(&.\\)|&", "").replace("\u2026", "").trim();
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
                return plain(menu.getLocalizedLabel());
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
