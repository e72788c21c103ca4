package org.jiandu.update.ui;

import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;

/**
 * A module as users know it ("巡察统筹（patrol）"): the name its feature gives in the user's language, and the id the
 * command line takes. Names come from the features, so a module added to the repository later needs no change here.
 */
final class ModuleNames {

    private ModuleNames() {
    }

    static String of(String module, String title) {
        return title == null || title.equals(module) ? module : NLS.bind(Messages.module_named, title, module);
    }

    static String list(List<String> modules, UnaryOperator<String> titles) {
        return String.join(Messages.list_separator, modules.stream().map(m -> of(m, titles.apply(m))).toList());
    }
}
