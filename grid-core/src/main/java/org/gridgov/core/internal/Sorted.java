package org.gridgov.core.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Immutable copies of sets in their natural order (enums by declaration), so that a value's JSON
 * and {@code toString} are the same on every run ({@code Set.copyOf} iterates in an order that
 * changes between JVM runs).
 */
public final class Sorted {
    private Sorted() {}

    /**
     * An unmodifiable sorted copy of {@code values}.
     *
     * @throws NullPointerException if {@code values} or an element is null
     */
    public static <T extends Comparable<? super T>> Set<T> set(Collection<? extends T> values) {
        // most sets in values are empty or hold one element (a matter's co-handlers): no tree for them
        return switch (values.size()) {
            case 0 -> Set.of();
            case 1 -> Set.of(values.iterator().next());
            default -> Collections.unmodifiableSet(new TreeSet<>(values));
        };
    }
}
