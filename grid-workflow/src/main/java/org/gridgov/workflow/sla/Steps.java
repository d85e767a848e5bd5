package org.gridgov.workflow.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gridgov.workflow.calendar.WorkingCalendar;

/**
 * The steps of a cycle under a policy, in firing order: one per warning light (by percentage),
 * then the breach, then the ladder steps. Stateless.
 */
final class Steps {
    /** How far apart the key indexes of a cycle's successive targets lie ({@link Cycle#stepBase}). */
    static final int KEY_STRIDE = 1000;

    private Steps() {}

    static int count(SlaPolicy policy, Cycle cycle) {
        return policy.thresholds().size() + 1 + cycle.ladder(policy).size();
    }

    /**
     * When step {@code i} falls due, or {@code null} while paused before it can be known. Ladder
     * steps count from the breach that fired, if one did (a retarget after the breach does not move
     * it); no step of a target falls due before the target took force (a retarget's steps that lie
     * in the past fall due at the retarget).
     */
    static Instant instant(SlaPolicy policy, WorkingCalendar cal, Cycle cycle, int i) {
        Instant at = scheduled(policy, cal, cycle, i);
        return at != null && cycle.targetSince != null && at.isBefore(cycle.targetSince) ? cycle.targetSince : at;
    }

    private static Instant scheduled(SlaPolicy policy, WorkingCalendar cal, Cycle cycle, int i) {
        List<Threshold> thresholds = policy.thresholds();
        if (i > thresholds.size() && cycle.breachedAt != null) {
            return cal.deadline(
                    cycle.breachedAt,
                    cycle.ladder(policy).get(i - thresholds.size() - 1).after());
        }
        Duration allowed = cycle.allowed(cal);
        if (i < thresholds.size()) {
            return cycle.instantAt(cal, percentOf(allowed, thresholds.get(i).percent()));
        }
        Instant breach = cycle.instantAt(cal, allowed);
        if (i == thresholds.size() || breach == null) {
            return breach;
        }
        return cal.deadline(
                breach, cycle.ladder(policy).get(i - thresholds.size() - 1).after());
    }

    /**
     * {@code percent}% of {@code allowed}, rounded down to the nanosecond: the same as
     * {@code allowed.multipliedBy(percent).dividedBy(100)} without its BigDecimal arithmetic, which
     * showed up in every transition's profile. Durations beyond 100 days fall back to it.
     */
    static Duration percentOf(Duration allowed, int percent) {
        if (!allowed.isNegative() && allowed.getSeconds() < 9_000_000L && percent >= 0 && percent <= 1000) {
            return Duration.ofNanos(allowed.toNanos() * percent / 100);
        }
        return allowed.multipliedBy(percent).dividedBy(100);
    }

    static ClockEntry.Kind kind(SlaPolicy policy, int i) {
        int t = policy.thresholds().size();
        return i < t ? ClockEntry.Kind.WARNING : i == t ? ClockEntry.Kind.BREACH : ClockEntry.Kind.LADDER;
    }

    static String name(SlaPolicy policy, Cycle cycle, int i) {
        int t = policy.thresholds().size();
        if (i < t) {
            return policy.thresholds().get(i).light().name();
        }
        return i == t ? "BREACH" : cycle.ladder(policy).get(i - t - 1).id();
    }

    static String role(SlaPolicy policy, Cycle cycle, int i) {
        int t = policy.thresholds().size();
        return i > t ? cycle.ladder(policy).get(i - t - 1).role() : "lead";
    }

    static SlaEvent event(SlaPolicy policy, Timer timer, Cycle cycle, Instant now) {
        int t = policy.thresholds().size();
        int i = timer.step() - cycle.stepBase;
        Light light = i < t ? policy.thresholds().get(i).light() : null;
        LadderStep step = i > t ? cycle.ladder(policy).get(i - t - 1) : null;
        return new SlaEvent(
                timer.key(),
                kind(policy, i),
                name(policy, cycle, i),
                light,
                step,
                step == null ? "lead" : step.role(),
                timer.at(),
                now,
                policy.id(),
                cycle.policyVersion);
    }
}
