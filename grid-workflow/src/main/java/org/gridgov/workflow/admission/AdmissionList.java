package org.gridgov.workflow.admission;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.UnknownIdException;
import org.gridgov.workflow.admission.AdmissionChange.Kind;

/**
 * The task-admission list (网格事项准入, seed 001): items admitted into the grids on top of the
 * standard duty catalogue, the applications awaiting a decision, and the record of every change.
 *
 * <p>Departments {@link #apply}; the district {@link #approve}s or {@link #reject}s; an item can
 * be {@link #revoke}d. Every change returns a new list with the version raised by one and the
 * change recorded. Immutable and thread-safe; Jackson reads and writes it as
 * {@code {"version":..,"items":[..],"pending":[..],"changes":[..]}}. Does not check items against
 * the duty catalogue: {@link AdmissionGate} consults the catalogue first.
 */
public final class AdmissionList {
    private static final AdmissionList EMPTY = new AdmissionList(0, List.of(), List.of(), List.of());

    private final long version;
    private final List<AdmittedItem> items;
    private final List<AdmissionApplication> pending;
    private final List<AdmissionChange> changes;

    /**
     * A list from its parts, as read from JSON.
     *
     * @throws InvalidInputException if an item code or application id repeats, or the version is
     *     below the number of changes
     */
    @JsonCreator
    public AdmissionList(
            @JsonProperty("version") long version,
            @JsonProperty("items") List<AdmittedItem> items,
            @JsonProperty("pending") List<AdmissionApplication> pending,
            @JsonProperty("changes") List<AdmissionChange> changes) {
        this.items = items == null ? List.of() : List.copyOf(items);
        this.pending = pending == null ? List.of() : List.copyOf(pending);
        this.changes = changes == null ? List.of() : List.copyOf(changes);
        this.version = version;
        if (version < this.changes.size()) {
            throw new InvalidInputException(
                    "version",
                    "the version is at least the number of recorded changes " + this.changes.size(),
                    version);
        }
        for (int i = 0; i < this.items.size(); i++) {
            String code = this.items.get(i).code();
            if (this.items.subList(0, i).stream().anyMatch(it -> it.code().equals(code))) {
                throw new InvalidInputException("items[" + i + "].code", "an item code is unique in the list", code);
            }
        }
        for (int i = 0; i < this.pending.size(); i++) {
            String id = this.pending.get(i).id();
            if (this.pending.subList(0, i).stream().anyMatch(a -> a.id().equals(id))) {
                throw new InvalidInputException("pending[" + i + "].id", "an application id is unique in the list", id);
            }
        }
    }

    /** The empty list at version 0: only the standard duties are admitted. */
    public static AdmissionList empty() {
        return EMPTY;
    }

    /** The version: the number of changes made. */
    @JsonProperty("version")
    public long version() {
        return version;
    }

    /** The admitted items, including expired ones (the gate checks the day). */
    @JsonProperty("items")
    public List<AdmittedItem> items() {
        return items;
    }

    /** Applications awaiting a decision. */
    @JsonProperty("pending")
    public List<AdmissionApplication> pending() {
        return pending;
    }

    /** Every change, oldest first. */
    @JsonProperty("changes")
    public List<AdmissionChange> changes() {
        return changes;
    }

    /** The admitted item with this code, if any. */
    public Optional<AdmittedItem> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /**
     * A department's application, recorded as pending.
     *
     * @throws InvalidInputException if the id is pending already or the code is already admitted or applied for
     */
    public AdmissionList apply(AdmissionApplication application, String actor) {
        requireNonNull(application, "application");
        if (pending.stream()
                        .anyMatch(
                                a -> a.id().equals(application.id()) || a.code().equals(application.code()))
                || item(application.code()).isPresent()) {
            throw new InvalidInputException(
                    "application",
                    "an application has a new id and a code not yet admitted or applied for",
                    application.id());
        }
        List<AdmissionApplication> p = new ArrayList<>(pending);
        p.add(application);
        return next(items, p, Kind.APPLIED, application.id(), actor, application.appliedOn(), "");
    }

    /**
     * The district approves a pending application: its item is admitted from its validFrom day.
     *
     * @throws UnknownIdException if no such application is pending
     */
    public AdmissionList approve(String applicationId, String approvedBy, String actor, LocalDate on) {
        AdmissionApplication a = pendingApplication(applicationId);
        List<AdmittedItem> i = new ArrayList<>(items);
        i.add(AdmittedItem.approved(a, approvedBy, on));
        return next(
                i, without(pending, x -> x.id().equals(applicationId)), Kind.APPROVED, applicationId, actor, on, "");
    }

    /**
     * The district rejects a pending application, with a reason.
     *
     * @throws UnknownIdException if no such application is pending
     * @throws InvalidInputException if the reason is blank
     */
    public AdmissionList reject(String applicationId, String actor, LocalDate on, String reason) {
        pendingApplication(applicationId);
        requireReason(reason);
        return next(
                items,
                without(pending, x -> x.id().equals(applicationId)),
                Kind.REJECTED,
                applicationId,
                actor,
                on,
                reason);
    }

    /**
     * Withdraws an admitted item, with a reason.
     *
     * @throws UnknownIdException if no such item is admitted
     * @throws InvalidInputException if the reason is blank
     */
    public AdmissionList revoke(String code, String actor, LocalDate on, String reason) {
        item(code).orElseThrow(() -> new UnknownIdException("admitted item", String.valueOf(code)));
        requireReason(reason);
        return next(without(items, x -> x.code().equals(code)), pending, Kind.REVOKED, code, actor, on, reason);
    }

    private AdmissionApplication pendingApplication(String id) {
        return pending.stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new UnknownIdException("admission application", String.valueOf(id)));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "a rejection or revocation gives a reason", reason);
        }
    }

    private static <T> List<T> without(List<T> list, Predicate<T> drop) {
        List<T> out = new ArrayList<>(list);
        out.removeIf(drop);
        return out;
    }

    private AdmissionList next(
            List<AdmittedItem> i,
            List<AdmissionApplication> p,
            Kind kind,
            String subject,
            String actor,
            LocalDate on,
            String reason) {
        if (actor == null || actor.isBlank()) {
            throw new InvalidInputException("actor", "every change of the admission list names its actor", actor);
        }
        requireNonNull(on, "on");
        List<AdmissionChange> c = new ArrayList<>(changes);
        c.add(new AdmissionChange(version + 1, kind, subject, actor, on, reason));
        return new AdmissionList(version + 1, i, p, c);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AdmissionList
                && ((AdmissionList) o).version == version
                && ((AdmissionList) o).items.equals(items)
                && ((AdmissionList) o).pending.equals(pending)
                && ((AdmissionList) o).changes.equals(changes);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(version) * 31 + items.hashCode();
    }

    @Override
    public String toString() {
        return "AdmissionList[version " + version + ", " + items.size() + " items, " + pending.size() + " pending]";
    }
}
