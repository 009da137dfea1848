package nl.bmo.site.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deep, unmodifiable copies of the maps and lists that YAML gives, so that the records holding them stay immutable. */
public final class DeepCopy {
    private DeepCopy() {}

    /** An unmodifiable copy of {@code map} in its order, with every map and list in it copied too. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> of(Map<String, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, copyValue(v)));
        return Collections.unmodifiableMap(copy);
    }

    @SuppressWarnings("unchecked")
    private static Object copyValue(Object v) {
        if (v instanceof Map<?, ?> m) return of((Map<String, ?>) m);
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) out.add(copyValue(o));
            return Collections.unmodifiableList(out);
        }
        return v;
    }
}
