package org.jiandu.app.tests;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Finds the workbench's windows and widgets the way the UI tests refer to them (call on the UI thread). */
final class UiLookup {

    private UiLookup() {
    }

    /** The visible window whose title contains {@code titlePart}, or null. */
    static Shell shell(Display display, String titlePart) {
        for (Shell s : display.getShells()) {
            if (!s.isDisposed() && s.isVisible() && s.getText().contains(titlePart)) {
                return s;
            }
        }
        return null;
    }

    /** The control of {@code type} under {@code root} whose data "name" is {@code name}, or null. */
    @SuppressWarnings("unchecked")
    static <T extends Control> T named(Composite root, String name, Class<T> type) {
        for (Control c : root.getChildren()) {
            if (type.isInstance(c) && name.equals(c.getData("name"))) {
                return (T) c;
            }
            if (c instanceof Composite comp) {
                T found = named(comp, name, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
