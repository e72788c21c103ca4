package org.jiandu.app.jurisdiction;

import org.eclipse.osgi.util.NLS;
import org.jiandu.app.Messages;
import org.jiandu.core.model.OrgChange.ChangeKind;
import org.jiandu.core.model.OrgLevel;
import org.jiandu.ui.Labels;

/** A recorded change in the user's language: its kind, and the field it changed (a new node: its level). */
final class FieldLabel {

    private FieldLabel() {
    }

    /** The field (posts: with the post's title), or a new node's level; "" when the change names none. */
    static String of(ChangeKind kind, String field) {
        if (field == null) {
            return "";
        }
        if (kind == ChangeKind.NEW) {
            try {
                return Labels.of(OrgLevel.valueOf(field));
            } catch (IllegalArgumentException e) {
                return field;
            }
        }
        return field.startsWith("posts:") ? NLS.bind(Messages.jfield_posts, field.substring(6)) : Messages.of("jfield_" + field);
    }

    static String kind(ChangeKind kind) {
        return switch (kind) {
            case NEW -> Messages.jhist_new;
            case CHANGED -> Messages.jhist_changed;
            case CLOSED -> Messages.jhist_closed;
            case REOPENED -> Messages.jhist_reopened;
        };
    }
}
