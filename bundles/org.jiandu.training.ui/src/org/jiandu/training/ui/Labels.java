package org.jiandu.training.ui;

import java.util.Locale;

import org.jiandu.training.AttendanceStatus;
import org.jiandu.training.CourseKind;
import org.jiandu.training.RequirementKind;
import org.jiandu.training.RequirementStatus;
import org.jiandu.training.RotationPost;

/** Display names of the module's enums in the user's language (Chinese from the enums, English from NLS). */
final class Labels {

    private Labels() {
    }

    private static boolean chinese() {
        return Messages.lang.equals("zh");
    }

    static String of(CourseKind k) {
        return chinese() ? k.chinese() : k.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String of(AttendanceStatus s) {
        return chinese() ? s.chinese() : s.name().toLowerCase(Locale.ROOT);
    }

    static String of(RequirementStatus s) {
        return chinese() ? s.chinese() : s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String of(RequirementKind k) {
        return chinese() ? k.chinese() : k.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String of(RotationPost p) {
        return chinese() ? p.chinese() : p.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
