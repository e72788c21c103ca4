package org.jiandu.core.jurisdiction;

import org.jiandu.core.model.OrgChange.ChangeKind;
import org.jiandu.core.model.OrgChange.SubjectKind;

/**
 * One change of the jurisdiction as the difference shows it before it is applied and as history keeps it.
 *
 * @param subject  a node (township, village, unit) or a cadre
 * @param code     the node's or cadre's code
 * @param name     its name (the new one when renamed)
 * @param kind     new, changed, closed (a cadre: left), reopened (a cadre: back)
 * @param field    for a change: name, parent, kind, org, rank, role, post, since, secondment, posts:TITLE; for a new
 *                 node its level; else null
 * @param oldValue the value before (null for new)
 * @param newValue the value after (null for closed)
 */
public record Change(SubjectKind subject, String code, String name, ChangeKind kind, String field, String oldValue,
        String newValue) {

    @Override
    public String toString() {
        return kind + " " + subject + " " + code + " " + name + (field == null ? "" : " " + field)
                + (oldValue == null && newValue == null ? "" : ": " + (oldValue == null ? "" : oldValue) + " → "
                        + (newValue == null ? "" : newValue));
    }
}
