package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.gridgov.workflow.admission.AdmissionList;
import org.gridgov.workflow.mode.ModeBook;

/**
 * The office-level state a store keeps besides matters: the modes of all areas with their switch
 * history, the admission list with its record of changes, and the policies and calendars put in
 * force. {@code version} counts saves (0: never saved) for the store's compare-and-set. Immutable;
 * the {@code with...} methods return the next version.
 *
 * @param version how many times the settings were saved
 * @param modes the mode book
 * @param admissions the admission list
 * @param policyChanges the policies and calendars put in force, oldest first
 * @param calendarLoads the calendars put in force with the ones they replaced, oldest first (what a
 *     rebuild replays; see {@link CalendarLoad})
 */
public record OfficeSettings(
        long version,
        ModeBook modes,
        AdmissionList admissions,
        List<PolicyChange> policyChanges,
        List<CalendarLoad> calendarLoads) {

    /** Checks the parts and copies the lists. */
    public OfficeSettings {
        requireNonNull(modes, "modes");
        requireNonNull(admissions, "admissions");
        policyChanges = List.copyOf(policyChanges);
        calendarLoads = List.copyOf(calendarLoads);
    }

    /** Settings without calendar loads (as stored before calendars were recorded). */
    public OfficeSettings(long version, ModeBook modes, AdmissionList admissions, List<PolicyChange> policyChanges) {
        this(version, modes, admissions, policyChanges, List.of());
    }

    /** Settings never saved: all areas normal, no admitted items, no policy recorded. */
    public static OfficeSettings initial() {
        return new OfficeSettings(0, ModeBook.empty(), AdmissionList.empty(), List.of());
    }

    /** The next version with this mode book. */
    public OfficeSettings withModes(ModeBook next) {
        return new OfficeSettings(version + 1, next, admissions, policyChanges, calendarLoads);
    }

    /** The next version with this admission list. */
    public OfficeSettings withAdmissions(AdmissionList next) {
        return new OfficeSettings(version + 1, modes, next, policyChanges, calendarLoads);
    }

    /** The next version with one more policy change. */
    public OfficeSettings with(PolicyChange change) {
        List<PolicyChange> all = new ArrayList<>(policyChanges);
        all.add(requireNonNull(change, "change"));
        return new OfficeSettings(version + 1, modes, admissions, all, calendarLoads);
    }

    /** The next version with one more calendar put in force, recorded as a policy change and a load. */
    public OfficeSettings with(PolicyChange change, CalendarLoad load) {
        List<PolicyChange> all = new ArrayList<>(policyChanges);
        all.add(requireNonNull(change, "change"));
        List<CalendarLoad> loads = new ArrayList<>(calendarLoads);
        loads.add(requireNonNull(load, "load"));
        return new OfficeSettings(version + 1, modes, admissions, all, loads);
    }
}
