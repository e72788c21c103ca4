package org.jiandu.tasks.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The module's views as the launcher's JSON writes them: records become objects of their components, dates and times
 * ISO text, enums their names, numbers (scores, points) numbers. The JSON library cannot reach into java.time by
 * itself (its fields are the JDK's).
 */
final class JsonValues {

    private JsonValues() {
    }

    static Object of(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Temporal || value instanceof Character) {
            return value.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(JsonValues::of).toList();
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), of(v)));
            return out;
        }
        if (value.getClass().isRecord()) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                try {
                    out.put(c.getName(), of(c.getAccessor().invoke(value)));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
                }
            }
            return out;
        }
        return value.toString();
    }
}
