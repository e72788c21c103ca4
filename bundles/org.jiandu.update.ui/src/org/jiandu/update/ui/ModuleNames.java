package org.jiandu.update.ui;

/** A module as users know it ("巡察统筹（patrol）"); a module this build does not know by name shows its own name. */
final class ModuleNames {

    private ModuleNames() {
    }

    static String of(String module) {
        return switch (module) {
            case "search" -> Messages.module_search;
            case "training" -> Messages.module_training;
            case "patrol" -> Messages.module_patrol;
            case "cleanunit" -> Messages.module_cleanunit;
            case "tasks" -> Messages.module_tasks;
            default -> module;
        };
    }
}
