package org.gridgov.workflow.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.time.ClockTime;
import org.gridgov.workflow.time.TimeLimit;
import org.gridgov.workflow.time.WorkingDays;
import org.gridgov.workflow.time.WorkingTime;

/**
 * One cycle of a metric's clock: its start, pauses and stop, and the target it runs against.
 * Everything else (allowed time, elapsed time, due instant, warning and ladder instants) is a pure
 * function of these facts and a calendar, so a calendar or policy change recomputes it exactly.
 * Mutable; guarded by the {@link SlaScheduler}'s lock.
 */
final class Cycle {
    final int number;
    final Instant start;
    TimeLimit target;
    String rule;
    String ladder;
    TimeLimit extension;
    int extensions;
    /** The target's cap, or {@code null}. */
    TimeLimit cap;
    /** Whether a district approval lifted the cap of this cycle. */
    boolean capLifted;

    private WorkingCalendar capCalendar;
    private Instant capAt;

    /*
     * The last allowed() and what it was computed from (the calendar, the target, the extension
     * and how many were granted): every step's instant asks for it, and on working days it is two
     * walks over the calendar.
     */
    private Duration allowed;
    private WorkingCalendar allowedCalendar;
    private TimeLimit allowedTarget;
    private TimeLimit allowedExtension;
    private int allowedExtensions;

    /* The steps of this cycle's ladder under the last policy asked (a map lookup by name otherwise). */
    private SlaPolicy ladderPolicy;
    private String ladderName;
    private List<LadderStep> ladderSteps;

    int policyVersion;
    List<Pause> pauses = List.of();
    Instant stoppedAt;
    String stopCause;
    Instant due;
    Instant startDue;
    final TimeLimit startTarget;
    final String startRule;
    /** The first step index that may not have fired yet (a hint; fired names are the record). */
    int nextStep;

    boolean exhausted;
    List<ClockEntry> changes;
    /** When a retarget put the current target in force, or {@code null}: since the start. */
    Instant targetSince;
    /** When the breach fired (its scheduled instant), or {@code null} if it has not. */
    Instant breachedAt;

    /**
     * What the steps of the current target add to their index in a {@link TimerKey}: each retarget
     * adds {@link Steps#KEY_STRIDE}, so a key fired under one target never stands for another
     * target's step at the same index.
     */
    int stepBase;

    private Set<String> fired;

    Cycle(int number, Instant start, SlaPolicy.Selection selection) {
        this.number = number;
        this.start = start;
        retarget(selection);
        this.startTarget = target;
        this.startRule = rule;
    }

    void retarget(SlaPolicy.Selection selection) {
        this.target = selection.target().limit();
        this.rule = selection.rule();
        this.ladder = selection.target().ladder();
        this.extension = selection.target().extension();
        this.cap = selection.target().cap();
        this.capCalendar = null;
        this.policyVersion = selection.policyVersion();
    }

    /** The steps of this cycle's ladder under {@code policy}; empty if it has none. */
    List<LadderStep> ladder(SlaPolicy policy) {
        if (ladderSteps == null || ladderPolicy != policy || ladderName != ladder) {
            ladderSteps = policy.ladder(ladder);
            ladderPolicy = policy;
            ladderName = ladder;
        }
        return ladderSteps;
    }

    boolean sameAs(SlaPolicy.Selection s) {
        return target.equals(s.target().limit())
                && rule.equals(s.rule())
                && java.util.Objects.equals(ladder, s.target().ladder())
                && java.util.Objects.equals(extension, s.target().extension())
                && java.util.Objects.equals(cap, s.target().cap())
                && policyVersion == s.policyVersion();
    }

    ClockStatus status() {
        if (stoppedAt != null) {
            return ClockStatus.STOPPED;
        }
        return !pauses.isEmpty() && pauses.get(pauses.size() - 1).to() == null
                ? ClockStatus.PAUSED
                : ClockStatus.RUNNING;
    }

    boolean clockTime() {
        return target instanceof ClockTime;
    }

    void pause(Instant at, String cause) {
        List<Pause> next = new ArrayList<>(pauses);
        next.add(new Pause(at, null, cause));
        pauses = next;
    }

    void resume(Instant at) {
        List<Pause> next = new ArrayList<>(pauses);
        Pause last = next.remove(next.size() - 1);
        next.add(new Pause(last.from(), at, last.cause()));
        pauses = List.copyOf(next);
    }

    void stop(Instant at, String cause) {
        if (status() == ClockStatus.PAUSED) {
            resume(at);
        }
        stoppedAt = at;
        stopCause = cause;
    }

    /** Whether the step with this name (light, {@code BREACH} or ladder step id) fired in this cycle. */
    boolean hasFired(String name) {
        return fired != null && fired.contains(name);
    }

    /**
     * Marks a step fired by name only (a rebuilt clock whose queue says its key fired): it is not
     * fired again under a later target, and the timeline, which cannot know when it fired, leaves
     * it out.
     */
    void knownFired(String name) {
        if (fired == null) {
            fired = new HashSet<>(4);
        }
        fired.add(name);
    }

    /**
     * Records that a step fired, as it fired: at its scheduled instant, under the target in force
     * now. A step already recorded is not recorded again. The record is never redrawn: a later
     * retarget, calendar or policy change leaves it as it is.
     */
    void recordFired(String name, ClockEntry.Kind kind, Instant at, String role) {
        if (fired == null) {
            fired = new HashSet<>(4);
        }
        if (!fired.add(name)) {
            return;
        }
        if (kind == ClockEntry.Kind.BREACH && breachedAt == null) {
            breachedAt = at;
        }
        addChange(new ClockEntry(
                at,
                kind,
                number,
                null,
                null,
                name + " -> " + role + " (rule " + rule + " " + target + ", policy v" + policyVersion + ")"));
    }

    void addChange(ClockEntry entry) {
        if (changes == null) {
            changes = new ArrayList<>(2);
        }
        changes.add(entry);
    }

    /**
     * The time allowed: the clock duration, or the working time from the start to the limit's
     * deadline; with granted extensions, the time to the deadline each extension adds in turn.
     */
    Duration allowed(WorkingCalendar cal) {
        if (allowed != null
                && allowedCalendar == cal
                && allowedTarget == target
                && allowedExtension == extension
                && allowedExtensions == extensions) {
            return allowed;
        }
        Duration d = computeAllowed(cal);
        allowed = d;
        allowedCalendar = cal;
        allowedTarget = target;
        allowedExtension = extension;
        allowedExtensions = extensions;
        return d;
    }

    private Duration computeAllowed(WorkingCalendar cal) {
        if (extensions == 0 || extension == null) {
            if (target instanceof ClockTime c) {
                return c.duration();
            }
            return cal.workingTimeBetween(start, cal.deadline(start, target)).duration();
        }
        Instant due = cal.deadline(start, target);
        for (int i = 0; i < extensions; i++) {
            due = cal.deadline(due, extension);
        }
        return spent(cal, start, due);
    }

    private Duration spent(WorkingCalendar cal, Instant a, Instant b) {
        return clockTime()
                ? Duration.between(a, b)
                : cal.workingTimeBetween(a, b).duration();
    }

    /**
     * The earliest instant {@code d} after {@code a}; for working days on a calendar without working
     * hours, the next working moment from there, as {@link WorkingCalendar#deadline} counts days (a
     * limit used up at Friday 24:00 is due Monday 00:00, not Saturday 00:00).
     */
    private Instant advance(WorkingCalendar cal, Instant a, Duration d) {
        if (clockTime()) {
            return a.plus(d);
        }
        Instant e = cal.deadline(a, new WorkingTime(d));
        return target instanceof WorkingDays && cal.workingHours().isAllDay() ? cal.nextWorkingTime(e) : e;
    }

    /** The time counted inside [start, min(now, stop)), leaving out pauses. */
    Duration elapsed(WorkingCalendar cal, Instant now) {
        Instant end = stoppedAt != null && stoppedAt.isBefore(now) ? stoppedAt : now;
        Duration sum = Duration.ZERO;
        Instant from = start;
        for (Pause p : pauses) {
            if (!from.isBefore(end)) {
                return sum;
            }
            Instant to = p.from().isBefore(end) ? p.from() : end;
            sum = sum.plus(spent(cal, from, to));
            if (p.to() == null) {
                return sum;
            }
            from = p.to();
        }
        return from.isBefore(end) ? sum.plus(spent(cal, from, end)) : sum;
    }

    /**
     * The cap in force: the latest instant the cycle may fall due (its start plus the cap on the
     * calendar, suspensions included), or {@code null} if there is none or a district approval lifted it.
     */
    Instant capAt(WorkingCalendar cal) {
        if (cap == null || capLifted) {
            return null;
        }
        if (capCalendar != cal) {
            capAt = cal.deadline(start, cap);
            capCalendar = cal;
        }
        return capAt;
    }

    /**
     * The earliest instant at which the counted time reaches {@code x} as if the cycle ran on after
     * a stop, or {@code null} while it is paused before reaching it; never after the cap in force
     * (at the cap, running or suspended, every step not yet due falls due; a pause for another cause,
     * such as a resolution awaiting verification, holds the steps back as before).
     */
    Instant instantAt(WorkingCalendar cal, Duration x) {
        Instant at = counted(cal, x);
        Instant capped = capAt(cal);
        if (capped == null) {
            return at;
        }
        if (at == null) { // paused: a suspension runs against the cap, awaiting verification does not
            Pause open = pauses.get(pauses.size() - 1);
            return "SUSPEND".equals(open.cause()) || !capped.isAfter(open.from()) ? capped : null;
        }
        return at.isAfter(capped) ? capped : at;
    }

    /**
     * The due instant if one more extension were granted, ignoring the cap; {@code null} while
     * paused or when the target has no extension.
     */
    Instant dueWithOneMoreExtension(WorkingCalendar cal) {
        if (extension == null) {
            return null;
        }
        extensions++;
        try {
            return counted(cal, allowed(cal));
        } finally {
            extensions--;
        }
    }

    private Instant counted(WorkingCalendar cal, Duration x) {
        if (pauses.isEmpty()) {
            return advance(cal, start, x); // the usual cycle, never paused: no pause to walk
        }
        Duration cum = Duration.ZERO;
        Instant from = start;
        for (int i = 0; i < pauses.size(); i++) {
            Pause p = pauses.get(i);
            Duration length = spent(cal, from, p.from());
            if (cum.plus(length).compareTo(x) >= 0) {
                return advance(cal, from, x.minus(cum));
            }
            cum = cum.plus(length);
            if (p.to() == null) {
                return null;
            }
            from = p.to();
        }
        return advance(cal, from, x.minus(cum));
    }

    /**
     * Recomputes the due instant and returns it; {@code null} while paused before the breach, when
     * {@link #due} keeps the last known one.
     */
    Instant refreshDue(WorkingCalendar cal) {
        Instant computed = instantAt(cal, allowed(cal));
        if (computed != null) {
            due = computed;
        }
        return computed;
    }
}
