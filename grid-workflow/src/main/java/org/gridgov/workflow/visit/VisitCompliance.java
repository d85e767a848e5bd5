package org.gridgov.workflow.visit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.workflow.calendar.WorkingCalendar;

/**
 * Checks visits against a {@link VisitPolicy} over days {@code from} to {@code to}: for every subject
 * and every rule of its category, every period of the rule's frequency that ends in those days is a
 * due visit, done when a {@link VisitRecord} by the subject's visitor of the rule's role that
 * counts as done falls inside the period (dates in the calendar's zone). Returns the
 * {@link VisitOutcome}s (which the indicators count) and the {@link MissedVisit}s (the warnings,
 * with what each rule asks for). Periods run on the calendar ({@code daily} and {@code Nwd} count
 * working days). Stateless and thread-safe.
 */
public final class VisitCompliance {
    private final VisitPolicy policy;
    private final WorkingCalendar calendar;

    private VisitCompliance(VisitPolicy policy, WorkingCalendar calendar) {
        this.policy = requireNonNull(policy, "policy");
        this.calendar = requireNonNull(calendar, "calendar");
    }

    /** Compliance with {@code policy}, periods on {@code calendar}. */
    public static VisitCompliance of(VisitPolicy policy, WorkingCalendar calendar) {
        return new VisitCompliance(policy, calendar);
    }

    /**
     * What came of the due visits.
     *
     * @param outcomes every due visit, done or not
     * @param missed the ones not done, as warnings
     */
    public record Result(List<VisitOutcome> outcomes, List<MissedVisit> missed) {

        /** Copies the lists. */
        public Result {
            outcomes = List.copyOf(outcomes);
            missed = List.copyOf(missed);
        }
    }

    /** The due visits of these subjects in periods ending {@code from} to {@code to}, and the misses. */
    public Result check(List<VisitSubject> subjects, List<VisitRecord> visits, LocalDate from, LocalDate to) {
        requireNonNull(subjects, "subjects");
        requireNonNull(visits, "visits");
        ZoneId zone = calendar.zone();
        Map<String, List<VisitRecord>> bySubject = new HashMap<>();
        for (VisitRecord v : visits) {
            if (v.done()) {
                bySubject.computeIfAbsent(v.subject(), k -> new ArrayList<>()).add(v);
            }
        }
        List<VisitOutcome> outcomes = new ArrayList<>();
        List<MissedVisit> missed = new ArrayList<>();
        for (VisitRule rule : policy.rules()) {
            List<LocalDate[]> periods = rule.frequency().periods(from, to, calendar);
            for (VisitSubject s : subjects) {
                if (!s.category().equals(rule.subjectCategory())) {
                    continue;
                }
                String visitor = s.visitors().get(rule.visitor());
                if (visitor == null) {
                    continue;
                }
                List<VisitRecord> done = bySubject.getOrDefault(s.ref(), List.of());
                for (LocalDate[] p : periods) {
                    boolean ok = done.stream().anyMatch(v -> v.visitor().equals(visitor) && within(v, p, zone));
                    outcomes.add(new VisitOutcome(rule.id(), s.grid(), visitor, s.ref(), p[1], ok));
                    if (!ok) {
                        missed.add(new MissedVisit(rule.id(), s.grid(), visitor, s.ref(), p[0], p[1], rule.onMiss()));
                    }
                }
            }
        }
        return new Result(outcomes, missed);
    }

    private static boolean within(VisitRecord v, LocalDate[] p, ZoneId zone) {
        LocalDate day = v.at().atZone(zone).toLocalDate();
        return !day.isBefore(p[0]) && !day.isAfter(p[1]);
    }
}
