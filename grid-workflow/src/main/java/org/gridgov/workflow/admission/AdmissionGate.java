package org.gridgov.workflow.admission;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.duty.DutyCatalogue;
import org.gridgov.workflow.admission.AdmissionDecision.Verdict;
import org.gridgov.workflow.matter.Category;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.SourceChannel;
import org.gridgov.workflow.matter.Taxonomy;

/**
 * The admission gate: decides whether a matter may enter the grids. It cannot be talked past: what
 * a department's task is follows from the matter's category (its duty in the taxonomy), the duty
 * catalogue and the admission list, not from labels the pusher chooses.
 *
 * <p>In order: a matter its reporter marks as professional enforcement is refused whatever its
 * channel ("任何单位和个人不得要求网格员从事规定由行政主管部门承办的专业性事项", seed 001); a matter not
 * pushed by a department is taken in. A department's task is taken in
 *
 * <ul>
 *   <li>as a standard duty when its task code is a duty of the catalogue <em>and</em> the matter's
 *       category falls under that duty; a category that falls under no grid-worker duty (such as
 *       demolition enforcement, 拆违执法) is a professional matter of an administrative department
 *       and refused as {@link Verdict#PROFESSIONAL_ENFORCEMENT} whatever duty code it carries; a
 *       category under another duty is refused as {@link Verdict#TASK_MISMATCH};
 *   <li>as an admitted item when the admission list holds an approved entry with that code, valid
 *       on the day, applying in the matter's area and naming the pushing department (else
 *       {@link Verdict#OUT_OF_VALIDITY}, {@link Verdict#OUTSIDE_AREAS},
 *       {@link Verdict#WRONG_DEPARTMENT}).
 * </ul>
 *
 * <p>Otherwise refused. Every decision names the admission list version it consulted. Immutable
 * and thread-safe.
 */
public final class AdmissionGate {
    /** The reason of each channel's {@link Verdict#NOT_ASSIGNED}, worded once (every resident's report gets one). */
    private static final Map<SourceChannel, String> NOT_ASSIGNED = notAssigned();

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

    /**
     * The one-liner: the decision for {@code report} located in {@code area} on {@code day}, its
     * category looked up in {@link Taxonomy#defaults()} (an unknown category falls under no duty).
     */
    public static AdmissionDecision check(
            DutyCatalogue catalogue, AdmissionList list, MatterReport report, AreaCode area, LocalDate day) {
        return of(catalogue, list).check(report, defaultCategory(report), area, day);
    }

    /**
     * The decision for an admitted matter of {@code category}, as intake needs it.
     *
     * @throws NotAdmittedException if the gate refuses the matter
     */
    public static AdmissionDecision admit(
            DutyCatalogue catalogue,
            AdmissionList list,
            MatterReport report,
            Category category,
            AreaCode area,
            LocalDate day) {
        AdmissionDecision decision = of(catalogue, list).check(report, category, area, day);
        if (!decision.admitted()) {
            throw new NotAdmittedException(decision);
        }
        return decision;
    }

    /** The decision for {@code report}, its category from {@link Taxonomy#defaults()}. */
    public AdmissionDecision check(MatterReport report, AreaCode area, LocalDate day) {
        return check(report, defaultCategory(report), area, day);
    }

    /**
     * The decision for {@code report} of {@code category} (from the office's taxonomy, or
     * {@code null} when unknown: no duty) located in {@code area} on {@code day}.
     */
    public AdmissionDecision check(MatterReport report, Category category, AreaCode area, LocalDate day) {
        requireNonNull(report, "report");
        requireNonNull(area, "area");
        requireNonNull(day, "day");
        String task = report.taskCode().orElse(null);
        if (report.professionalEnforcement()) {
            return decide(
                    Verdict.PROFESSIONAL_ENFORCEMENT,
                    task,
                    "professional enforcement belongs to the administrative department, not to grid workers");
        }
        if (report.channel() != SourceChannel.DEPARTMENT_PUSH) {
            return decide(Verdict.NOT_ASSIGNED, task, NOT_ASSIGNED.get(report.channel()));
        }
        if (catalogue.find(task).isPresent()) {
            return standardDuty(task, category);
        }
        return admittedItem(task, report.department().orElse(""), area, day);
    }

    private AdmissionDecision standardDuty(String task, Category category) {
        String code = category == null ? "(unknown)" : category.code();
        Optional<String> duty = category == null ? Optional.empty() : category.dutyCode();
        if (duty.isEmpty()) {
            return decide(
                    Verdict.PROFESSIONAL_ENFORCEMENT,
                    task,
                    "category " + code + " falls under no grid-worker duty: a professional matter of an"
                            + " administrative department, whatever duty code (" + task + ") it is pushed with");
        }
        if (!duty.get().equals(task)) {
            return decide(
                    Verdict.TASK_MISMATCH,
                    task,
                    "category " + code + " falls under duty " + duty.get() + ", not under " + task);
        }
        return decide(Verdict.STANDARD_DUTY, task, task + " is a duty of the catalogue and covers category " + code);
    }

    private AdmissionDecision admittedItem(String task, String department, AreaCode area, LocalDate day) {
        Optional<AdmittedItem> item = list.item(task);
        if (item.isEmpty()) {
            return decide(
                    Verdict.NOT_ADMITTED,
                    task,
                    task + " is neither a standard duty nor admitted (admission list version " + list.version()
                            + "); the department must apply and the district approve");
        }
        AdmittedItem it = item.get();
        if (!it.validOn(day)) {
            return decide(
                    Verdict.OUT_OF_VALIDITY,
                    task,
                    task + " is admitted from " + it.validFrom() + (it.isTemporary() ? " until " + it.validUntil() : "")
                            + ", not on " + day);
        }
        if (!it.appliesTo(area)) {
            return decide(Verdict.OUTSIDE_AREAS, task, task + " is admitted in " + it.areas() + ", not in " + area);
        }
        if (!it.department().equals(department)) {
            return decide(
                    Verdict.WRONG_DEPARTMENT,
                    task,
                    task + " is admitted for " + it.department() + ", not for " + department
                            + "; that department must apply itself");
        }
        return decide(
                Verdict.ADMITTED_ITEM,
                task,
                task + " admitted by " + it.approvedBy() + " on " + it.approvedOn() + ", funded "
                        + it.funding().amountYuan() + " yuan " + it.funding().basis());
    }

    private AdmissionDecision decide(Verdict verdict, String task, String reason) {
        return new AdmissionDecision(verdict, task, reason, list.version());
    }

    private static Map<SourceChannel, String> notAssigned() {
        Map<SourceChannel, String> m = new EnumMap<>(SourceChannel.class);
        for (SourceChannel c : SourceChannel.values()) {
            m.put(c, "raised through " + c + ", not assigned by a department");
        }
        return m;
    }

    private static Category defaultCategory(MatterReport report) {
        requireNonNull(report, "report");
        return Taxonomy.defaults().find(report.category()).orElse(null);
    }
}
