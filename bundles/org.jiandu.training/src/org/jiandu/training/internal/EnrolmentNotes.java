package org.jiandu.training.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jiandu.training.RequirementKind;

/**
 * The notes the module writes itself on a record (an assignment of required training, an import, a certificate, the
 * demo data). They are stored as markers ({@code assigned:ALL_STAFF_YEARLY}, {@code note:imported}) and shown as a
 * sentence in the reader's language, so a note never shows the language of whoever wrote it. Assignment notes stored
 * as sentences by earlier versions are shown the same way; a note a person typed is shown as typed.
 */
final class EnrolmentNotes {

    private static final String MARKER = "assigned:";
    static final String IMPORTED = "note:imported", CERTIFICATE = "note:certificate", DEMO = "note:demo";
    private static final Pattern EARLIER = Pattern.compile("assigned: (.+) required|\u81ea\u52a8\u5b89\u6392\uff1a(.+)\u8981\u6c42");

    private EnrolmentNotes() {
    }

    static String assigned(RequirementKind kind) {
        return MARKER + kind.name();
    }

    /** The note as its reader sees it: an assignment's marker as a sentence, any other note as it was written. */
    static String shown(String note) {
        if (note == null) {
            return null;
        }
        switch (note) {
            case IMPORTED:
                return TrainingMessages.imported;
            case CERTIFICATE:
                return TrainingMessages.cert_issued;
            case DEMO, "\u6f14\u793a\u6570\u636e":
                return TrainingMessages.demo_note;
            default:
                break;
        }
        RequirementKind kind = null;
        if (note.startsWith(MARKER)) {
            kind = byName(note.substring(MARKER.length()));
        } else {
            Matcher m = EARLIER.matcher(note);
            if (m.matches()) {
                kind = byChinese(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        return kind == null ? note : TrainingMessages.bind(TrainingMessages.assigned_because, TrainingMessages.label(kind.chinese(), kind));
    }

    private static RequirementKind byName(String name) {
        for (RequirementKind k : RequirementKind.values()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        return null;
    }

    private static RequirementKind byChinese(String name) {
        for (RequirementKind k : RequirementKind.values()) {
            if (k.chinese().equals(name)) {
                return k;
            }
        }
        return null;
    }
}
