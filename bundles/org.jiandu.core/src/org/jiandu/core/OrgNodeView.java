package org.jiandu.core;

import org.jiandu.core.model.OrgLevel;
import org.jiandu.core.model.UnitKind;

/** A node of the jurisdiction tree, detached from persistence, as trees and lists show it ({@code unitKind} for units only). */
public record OrgNodeView(long id, String code, String name, OrgLevel level, String path, int childCount, UnitKind unitKind) {
}
