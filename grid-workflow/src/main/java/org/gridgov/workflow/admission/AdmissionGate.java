package org.gridgov.workflow.admission;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.duty.DutyCatalogue;
import org.gridgov.workflow.admission.AdmissionDecision.Verdict;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.SourceChannel;

/**
 * The admission gate: decides whether a matter may enter the grids.
 *
 * <p>In order: a professional enforcement matter is refused whatever its channel ("No unit or
 * person may ask grid workers to do professional matters that belong to an administrative
 * department", seed 001); a matter not pushed by a department is taken in; a department's task
 * is taken in when its task code is a duty of the catalogue, or an admitted item valid on the
 * day and applying in the matter's area; otherwise refused. Immutable and thread-safe.
 */
public final class AdmissionGate {
    private final DutyCatalogue catalogue;
    private final AdmissionList list;

    private AdmissionGate(DutyCatalogue catalogue, AdmissionList list) {
        this.catalogue = requireNonNull(catalogue, "catalogue");
        this.list = requireNonNull(list, "list");
    }

    /** A gate over a duty catalogue and an admission list. */
    public static AdmissionGate of(DutyCatalogue catalogue, AdmissionList list) {
        return new AdmissionGate(catalogue, list);
    }

    /** The one-liner: the decision for {@code report} located in {@code area} on {@code day}. */
    public static AdmissionDecision check(
            DutyCatalogue catalogue, AdmissionList list, MatterReport report, AreaCode area, LocalDate day) {
        return of(catalogue, list).check(report, area, day);
    }

    /**
     * The decision for an admitted matter, as intake needs it.
     *
     * @throws NotAdmittedException if the gate refuses the matter
     */
    public static AdmissionDecision admit(
            DutyCatalogue catalogue, AdmissionList list, MatterReport report, AreaCode area, LocalDate day) {
        AdmissionDecision decision = check(catalogue, list, report, area, day);
        if (!decision.admitted()) {
            throw new NotAdmittedException(decision);
        }
        return decision;
    }

    /** The decision for {@code report} located in {@code area} on {@code day}. */
    public AdmissionDecision check(MatterReport report, AreaCode area, LocalDate day) {
        requireNonNull(report, "report");
        requireNonNull(area, "area");
        requireNonNull(day, "day");
        String task = report.taskCode().orElse(null);
        if (report.professionalEnforcement()) {
            return new AdmissionDecision(
                    Verdict.PROFESSIONAL_ENFORCEMENT,
                    task,
                    "professional enforcement belongs to the administrative department, not to grid workers");
        }
        if (report.channel() != SourceChannel.DEPARTMENT_PUSH) {
            return new AdmissionDecision(
                    Verdict.NOT_ASSIGNED,
                    task,
                    "raised through " + report.channel() + ", not assigned by a department");
        }
        if (catalogue.find(task).isPresent()) {
            return new AdmissionDecision(Verdict.STANDARD_DUTY, task, task + " is a duty of the catalogue");
        }
        Optional<AdmittedItem> item = list.item(task);
        if (item.isEmpty()) {
            return new AdmissionDecision(
                    Verdict.NOT_ADMITTED,
                    task,
                    task + " is neither a standard duty nor admitted (admission list version " + list.version()
                            + "); the department must apply and the district approve");
        }
        AdmittedItem it = item.get();
        if (!it.validOn(day)) {
            return new AdmissionDecision(
                    Verdict.OUT_OF_VALIDITY,
                    task,
                    task + " is admitted from " + it.validFrom() + (it.isTemporary() ? " until " + it.validUntil() : "")
                            + ", not on " + day);
        }
        if (!it.appliesTo(area)) {
            return new AdmissionDecision(
                    Verdict.OUTSIDE_AREAS, task, task + " is admitted in " + it.areas() + ", not in " + area);
        }
        return new AdmissionDecision(
                Verdict.ADMITTED_ITEM,
                task,
                task + " admitted by " + it.approvedBy() + " on " + it.approvedOn() + ", funded "
                        + it.funding().amountYuan() + " yuan " + it.funding().basis());
    }
}
