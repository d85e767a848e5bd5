package org.gridgov.workflow.sla;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Unmodifiable copies of sets of enum constants, backed by an {@link EnumSet}: a membership test is
 * a bit test (the clock rules and conditions are asked for every transition), and iteration is in
 * declaration order, the natural order of enums, so JSON and {@code toString} stay the same on
 * every run (as with {@code Sorted.set}).
 */
final class EnumSets {
    private EnumSets() {}

    /**
     * An unmodifiable copy of {@code values} in declaration order; {@code Set.of()} if empty.
     *
     * @throws NullPointerException if an element is null
     */
    static <E extends Enum<E>> Set<E> copyOf(Collection<E> values) {
        if (values.isEmpty()) {
            return Set.of();
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(values));
    }
}
