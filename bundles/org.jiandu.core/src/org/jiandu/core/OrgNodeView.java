package org.jiandu.core;

import java.time.LocalDate;

import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.model.UnitKind;

/**
 * A node of the jurisdiction tree, detached from persistence, as trees and lists show it ({@code unitKind} for units
 * only; {@code closedOn} once the node was closed: it keeps its records but is no longer counted, planned or declared).
 */
public record OrgNodeView(long id, String code, String name, OrgLevel level, String path, int childCount, UnitKind unitKind,
        LocalDate closedOn) {

    public boolean closed() {
        return closedOn != null;
    }
}
