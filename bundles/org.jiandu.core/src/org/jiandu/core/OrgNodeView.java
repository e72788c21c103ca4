package org.jiandu.core;

import org.jiandu.core.model.OrgLevel;

/** A node of the jurisdiction tree, detached from persistence, as trees and lists show it. */
public record OrgNodeView(long id, String code, String name, OrgLevel level, String path, int childCount) {
}
