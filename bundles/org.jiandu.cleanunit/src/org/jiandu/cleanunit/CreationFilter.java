package org.jiandu.cleanunit;

/**
 * What the creation list shows; any part may be null (no restriction).
 *
 * @param text matches the unit's name or code
 */
public record CreationFilter(CleanUnitKind kind, CreationStatus status, String groupCode, String text, int max) {

    public static CreationFilter all() {
        return new CreationFilter(null, null, null, null, Integer.MAX_VALUE);
    }
}
