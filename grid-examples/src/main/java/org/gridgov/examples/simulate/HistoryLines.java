package org.gridgov.examples.simulate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gridgov.core.json.GridJson;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.Transition;

/**
 * The {@code --histories} format: one JSON object per line per matter,
 * {@code {"id": ..., "grid": (its grid now), "category": ..., "history": [{"version": 1, "action": "REPORT",
 * "actor": ..., "at": ISO_INSTANT, "to": ...}, ...]}}. An entry has {@code from} (except the
 * report), {@code level} and {@code whistle} where it routes, {@code lead} where it assigns,
 * {@code step} ({@code METRIC/CYCLE/STEP_ID}, actor {@code system:sla}) where it records an SLA
 * step, and {@code area} where it re-homes. Reasons and the report's text are free text, personal
 * data by default, and are left out.
 */
public final class HistoryLines {
    private HistoryLines() {}

    /** One matter's line, without the line end. */
    public static String line(MatterHistory history) {
        ObjectNode o = GridJson.mapper().createObjectNode();
        o.put("id", history.matterId().toString());
        o.put(
                "grid",
                history.transitions().stream()
                        .flatMap(t -> t.areaIfAny().stream())
                        .reduce((first, last) -> last)
                        .orElse(history.area())
                        .toString());
        o.put("category", history.category().code());
        ArrayNode entries = o.putArray("history");
        for (Transition t : history.transitions()) {
            ObjectNode e = entries.addObject();
            e.put("version", t.version());
            e.put("action", t.action().name());
            e.put("actor", t.actor());
            e.put("at", t.at().toString());
            t.fromIfAny().ifPresent(s -> e.put("from", s.name()));
            e.put("to", t.to().name());
            t.routingIfAny().ifPresent(r -> {
                e.put("level", r.level().name());
                e.put("whistle", r.whistle().name());
            });
            t.assignmentIfAny().ifPresent(a -> e.put("lead", a.lead()));
            t.stepIfAny().ifPresent(s -> e.put("step", s.key()));
            t.areaIfAny().ifPresent(a -> e.put("area", a.toString()));
        }
        return o.toString();
    }
}
