package org.jiandu.search.ui;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * Puts the actions on one hit at the top of the results table's context menu, before the items every table has
 * (export, fit columns), and keeps them in {@code added} so they are replaced when the menu opens again.
 */
final class HitMenu {

    private final Menu menu;
    private final List<MenuItem> added;

    HitMenu(Menu menu, List<MenuItem> added) {
        this.menu = menu;
        this.added = added;
    }

    void add(String text, Runnable action) {
        MenuItem i = new MenuItem(menu, SWT.PUSH, added.size());
        i.setText(text);
        i.addListener(SWT.Selection, e -> action.run());
        added.add(i);
    }

    void separator() {
        added.add(new MenuItem(menu, SWT.SEPARATOR, added.size()));
    }
}
