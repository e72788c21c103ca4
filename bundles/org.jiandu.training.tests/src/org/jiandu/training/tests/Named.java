package org.jiandu.training.tests;

import java.util.Locale;

/** Whether a message names an enum value in either language of the module's messages (the JVM's locale decides). */
final class Named {

    private Named() {
    }

    static boolean in(String text, String chinese, Enum<?> value) {
        return text.contains(chinese) || text.contains(value.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
}
