package org.gridgov.workflow.office;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gridgov.core.access.Actor;
import org.gridgov.core.area.AreaCode;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;

/**
 * The open matters within an actor's scope, asked of the store by scope rather than filtered out of
 * every open matter. For an actor whose roles all carry areas (grid worker, community, street,
 * district), the query runs once per area where the actor's areas and the query's area meet (the
 * store's area index), nested areas asked once; the results are merged in id order. A department
 * (matters assigned to it) or a resident (their own reports) has no store index to ask by, so
 * their listing runs the query as given and keeps the matters {@link MatterScope} allows. Stateless.
 */
final class ScopedQuery {
    private ScopedQuery() {}

    /** The open matters of {@code query} that {@code actor} may see, in id order, in clear. */
    static java.util.List<Matter> openMatters(OfficeStore store, Actor actor, MatterQuery query) {
        if (!actor.roles().stream().allMatch(r -> r.level().isPresent())) {
            return store.openMatters(query).stream()
                    .filter(m -> MatterScope.allows(actor, m))
                    .toList();
        }
        Map<MatterId, Matter> found = new TreeMap<>();
        for (AreaCode area : areas(actor.areas(), query.area())) {
            for (Matter m : store.openMatters(query.in(area))) {
                found.put(m.id(), m);
            }
        }
        return java.util.List.copyOf(found.values());
    }

    /**
     * Where the actor's areas and the query's area meet, without an area inside another one kept
     * (its matters are already in the outer area's answer).
     */
    static Set<AreaCode> areas(Set<AreaCode> granted, AreaCode asked) {
        Set<AreaCode> meet = new TreeSet<>();
        for (AreaCode a : granted) {
            if (asked == null || asked.contains(a)) {
                meet.add(a);
            } else if (a.contains(asked)) {
                meet.add(asked);
            }
        }
        Set<AreaCode> all = Set.copyOf(meet);
        meet.removeIf(a -> all.stream().anyMatch(b -> !b.equals(a) && b.contains(a)));
        return meet;
    }
}
