package org.jiandu.tasks;

/**
 * A body tasks go to, as lists show it.
 *
 * @param orgCode  the organisation it belongs to (its scope)
 * @param unitCode the supervision unit (监督单元) it is grouped in, or null
 * @param unitName that unit's name, or null
 * @param leader   who answers for it, or null
 */
public record BodyView(String code, String name, BodyKind kind, String orgCode, String unitCode, String unitName, String leader) {
}
