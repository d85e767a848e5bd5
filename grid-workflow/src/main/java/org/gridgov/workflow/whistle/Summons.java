package org.gridgov.workflow.whistle;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.SystemStep;
import org.gridgov.workflow.matter.Transition;

/**
 * One department summoned by one whistle on a matter, and where its answer stands, folded from the
 * matter's history ({@link #of(MatterHistory)}): the history is the only record. Immutable.
 *
 * @param round which whistle on the matter summoned it (1 for the first)
 * @param department the department's id
 * @param summonedAt when the whistle blew
 * @param due when it had to report in by
 * @param status where its answer stands
 * @param answeredAt when it reported in, refused or was found a no-show; {@code null} while pending
 */
public record Summons(
        int round, String department, Instant summonedAt, Instant due, Status status, Instant answeredAt) {

    /** Where a summoned department's answer stands. */
    public enum Status {
        /** 待报到: summoned, not yet answered, deadline not yet passed or not yet recorded. */
        PENDING,
        /** 已报到: reported in. */
        CHECKED_IN,
        /** 拒绝报到: refused, with a reason in the history. */
        DECLINED,
        /** 未报到: did not report in by its deadline. */
        NO_SHOW
    }

    /** Checks the parts. */
    public Summons {
        requireNonNull(department, "department");
        requireNonNull(summonedAt, "summonedAt");
        requireNonNull(due, "due");
        requireNonNull(status, "status");
    }

    /** The step key of a summons entry: {@code WHISTLE/round/department}. */
    public static String key(String kind, int round, String department) {
        return kind + "/" + round + "/" + department;
    }

    /** The summonses on the matter, in the order they were made, each with its answer. */
    public static List<Summons> of(MatterHistory history) {
        requireNonNull(history, "history");
        Map<String, Summons> out = new LinkedHashMap<>();
        for (Transition t : history.transitions()) {
            SystemStep s = t.step();
            if (s == null) {
                continue;
            }
            String id = s.cycle() + "/" + s.stepId();
            switch (t.action()) {
                case SUMMON:
                    out.put(id, new Summons(s.cycle(), s.stepId(), t.at(), s.dueAt(), Status.PENDING, null));
                    break;
                case CHECK_IN:
                    out.computeIfPresent(id, (k, v) -> v.answered(Status.CHECKED_IN, t.at()));
                    break;
                case DECLINE_SUMMONS:
                    out.computeIfPresent(id, (k, v) -> v.answered(Status.DECLINED, t.at()));
                    break;
                case NO_SHOW:
                    out.computeIfPresent(id, (k, v) -> v.answered(Status.NO_SHOW, t.at()));
                    break;
                default:
                    break;
            }
        }
        return List.copyOf(new ArrayList<>(out.values()));
    }

    /** Whether the department has not answered yet. */
    public boolean pending() {
        return status == Status.PENDING;
    }

    private Summons answered(Status next, Instant at) {
        return pending() ? new Summons(round, department, summonedAt, due, next, at) : this;
    }
}
