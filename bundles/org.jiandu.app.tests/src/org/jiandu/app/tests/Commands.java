package org.jiandu.app.tests;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;

/** A command run the way a menu item or a key runs it: through the handler service of a window's context. */
final class Commands {

    private Commands() {
    }

    static ParameterizedCommand of(IEclipseContext context, String id) {
        return context.get(ECommandService.class).createCommand(id, null);
    }

    /** Whether the command's handler is enabled there (call on the UI thread). */
    static boolean canExecute(IEclipseContext context, String id) {
        return context.get(EHandlerService.class).canExecute(of(context, id));
    }

    /** Runs the command's handler (call on the UI thread). */
    static void execute(IEclipseContext context, String id) {
        context.get(EHandlerService.class).executeHandler(of(context, id));
    }
}
