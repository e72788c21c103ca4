package org.jiandu.patrol.ui;

import java.util.Collection;
import java.util.stream.Collectors;

import org.jiandu.patrol.LedgerFlag;
import org.jiandu.patrol.PatrolMode;
import org.jiandu.patrol.RectificationStage;
import org.jiandu.patrol.TargetClass;

/**
 * The patrol enums as the screens show them, in the UI language: the enums' own Chinese names are for exports and the
 * command line, never for an English screen.
 */
final class PatrolLabels {

    private PatrolLabels() {
    }

    static String of(LedgerFlag f) {
        return Messages.of("flag_" + f.name());
    }

    static String of(RectificationStage s) {
        return Messages.of("stage_" + s.name());
    }

    static String of(PatrolMode m) {
        return Messages.of("mode_" + m.name());
    }

    static String of(TargetClass c) {
        return Messages.of("class_" + c.name());
    }

    /** Flags in their declared order, separated by the language's list separator. */
    static String flags(Collection<LedgerFlag> flags) {
        return flags.stream().sorted().map(PatrolLabels::of).collect(Collectors.joining(Messages.list_separator));
    }
}
