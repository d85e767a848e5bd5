package org.gridgov.core.register;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.UnknownIdException;
import org.gridgov.core.access.AccessDeniedException;
import org.gridgov.core.access.Action;
import org.gridgov.core.access.Actor;
import org.gridgov.core.access.ScopeGuard;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.audit.AuditTrail;
import org.gridgov.core.audit.Purpose;
import org.gridgov.core.privacy.Revealer;
import org.gridgov.core.privacy.Sensitive;

/**
 * The front door to a register: every operation that reads or changes personal data takes the
 * {@link Actor} and a {@link Purpose}, checks that the record's grid (or the area asked for) lies
 * within the actor's scope, and writes an audit entry, allowed or refused; a refusal throws
 * {@link AccessDeniedException}. Records come back masked; {@link #reveal} is the one way to a
 * clear value. Changes keep a history per record; a rejected change leaves the register as it
 * was.
 *
 * <p>An unknown record id is an {@link UnknownIdException}, thrown before the scope check (ids
 * are opaque and carry no personal data). Thread-safe: operations are serialised.
 */
public final class RegisterOffice {
    private final ScopeGuard guard;
    private final Revealer revealer;
    private final Map<String, List<RegisterChange>> history = new HashMap<>();
    private Register register;

    private RegisterOffice(Register register, AuditTrail trail) {
        this.register = requireNonNull(register, "register");
        this.guard = ScopeGuard.of(requireNonNull(trail, "trail"));
        this.revealer = Revealer.of(guard);
    }

    /** An office over {@code register}, auditing to {@code trail} and stamping changes with its clock. */
    public static RegisterOffice open(Register register, AuditTrail trail) {
        return new RegisterOffice(register, trail);
    }

    /** A resident, masked. */
    public synchronized Resident resident(Actor actor, String id, Purpose purpose) {
        Resident r = register.resident(id).orElseThrow(() -> new UnknownIdException("resident", id));
        guard.require(actor, Action.READ_RECORD, r.grid(), id, purpose);
        return r;
    }

    /** The residents of {@code area} (a grid, or a community, street or district), masked. */
    public synchronized List<Resident> residents(Actor actor, AreaCode area, Purpose purpose) {
        guard.require(actor, Action.LIST_RECORDS, area, "-", purpose);
        return register.residentsIn(area);
    }

    /** The residents of {@code area} carrying {@code tag}, masked. */
    public synchronized List<Resident> tagged(Actor actor, AreaCode area, String tag, Purpose purpose) {
        register.tags().tag(tag);
        guard.require(actor, Action.LIST_RECORDS, area, "-", purpose);
        return register.residentsIn(area).stream().filter(r -> r.tagged(tag)).toList();
    }

    /** A household, its address masked. */
    public synchronized Household household(Actor actor, String id, Purpose purpose) {
        Household h = register.household(id).orElseThrow(() -> new UnknownIdException("household", id));
        guard.require(actor, Action.READ_RECORD, h.grid(), id, purpose);
        return h;
    }

    /** The households of {@code area}, addresses masked. */
    public synchronized List<Household> households(Actor actor, AreaCode area, Purpose purpose) {
        guard.require(actor, Action.LIST_RECORDS, area, "-", purpose);
        return register.householdsIn(area);
    }

    /** The organisations of {@code area}, credit codes masked. */
    public synchronized List<Organisation> organisations(Actor actor, AreaCode area, Purpose purpose) {
        guard.require(actor, Action.LIST_RECORDS, area, "-", purpose);
        return register.organisationsIn(area);
    }

    /** The venues of {@code area}. */
    public synchronized List<Venue> venues(Actor actor, AreaCode area, Purpose purpose) {
        guard.require(actor, Action.LIST_RECORDS, area, "-", purpose);
        return register.venuesIn(area);
    }

    /**
     * The clear text of one field of a record, audited as {@code REVEAL_VALUE}.
     *
     * @throws InvalidInputException if the record has no such field or it is not recorded
     */
    public synchronized String reveal(Actor actor, String id, Field field, Purpose purpose) {
        requireNonNull(field, "field");
        AreaCode grid;
        Optional<? extends Sensitive> value;
        Optional<Resident> resident = register.resident(id);
        Optional<Household> household = register.household(id);
        Optional<Organisation> organisation = register.organisation(id);
        if (resident.isPresent()) {
            grid = resident.get().grid();
            value = field == Field.NAME
                    ? Optional.of(resident.get().name())
                    : field == Field.ID_NUMBER
                            ? Optional.of(resident.get().idNumber())
                            : field == Field.PHONE ? resident.get().phone() : Optional.empty();
        } else if (household.isPresent()) {
            grid = household.get().grid();
            value = field == Field.ADDRESS ? household.get().address() : Optional.empty();
        } else if (organisation.isPresent()) {
            grid = organisation.get().grid();
            value = field == Field.CREDIT_CODE ? Optional.of(organisation.get().creditCode()) : Optional.empty();
        } else {
            throw new UnknownIdException("record", id);
        }
        if (value.isEmpty()) {
            throw new InvalidInputException("field", "record " + id + " has this field recorded", field);
        }
        return revealer.reveal(actor, value.get(), grid, id, purpose);
    }

    /** Adds a resident to the grid it names. */
    public synchronized void add(Actor actor, Resident resident, Purpose purpose) {
        requireNonNull(resident, "resident");
        if (register.holds(resident.id())) {
            throw new InvalidInputException("resident.id", "record ids are unique in a register", resident.id());
        }
        guard.require(actor, Action.CHANGE_RECORD, resident.grid(), resident.id(), purpose);
        commit(register.with(resident), resident.id(), RegisterChange.Kind.ADDED, actor, resident.grid(), "-");
    }

    /** Moves a resident to another grid and household; the actor's scope must hold both grids. */
    public synchronized void move(Actor actor, String id, AreaCode grid, Optional<String> household, Purpose purpose) {
        Resident r = register.resident(id).orElseThrow(() -> new UnknownIdException("resident", id));
        requireNonNull(grid, "grid");
        guard.require(actor, Action.CHANGE_RECORD, r.grid(), id, purpose);
        guard.require(actor, Action.CHANGE_RECORD, grid, id, purpose);
        Register next = register.with(r.movedTo(grid, household));
        commit(next, id, RegisterChange.Kind.MOVED, actor, grid, r.grid().toString());
    }

    /** Tags a resident (a special population or must-visit group). */
    public synchronized void tag(Actor actor, String id, String tag, Purpose purpose) {
        Resident r = register.resident(id).orElseThrow(() -> new UnknownIdException("resident", id));
        guard.require(actor, Action.CHANGE_RECORD, r.grid(), id, purpose);
        Set<String> tags = new TreeSet<>(r.tags());
        tags.add(tag);
        commit(register.with(r.withTags(tags)), id, RegisterChange.Kind.TAGGED, actor, r.grid(), tag);
    }

    /** Removes a tag from a resident. */
    public synchronized void untag(Actor actor, String id, String tag, Purpose purpose) {
        Resident r = register.resident(id).orElseThrow(() -> new UnknownIdException("resident", id));
        guard.require(actor, Action.CHANGE_RECORD, r.grid(), id, purpose);
        if (!r.tagged(tag)) {
            throw new InvalidInputException("tag", "the resident carries the tag to remove", tag);
        }
        Set<String> tags = new TreeSet<>(r.tags());
        tags.remove(tag);
        commit(register.with(r.withTags(tags)), id, RegisterChange.Kind.UNTAGGED, actor, r.grid(), tag);
    }

    /** Removes a resident (moved away, deceased); the history stays. */
    public synchronized void remove(Actor actor, String id, Purpose purpose) {
        Resident r = register.resident(id).orElseThrow(() -> new UnknownIdException("resident", id));
        guard.require(actor, Action.CHANGE_RECORD, r.grid(), id, purpose);
        commit(register.withoutResident(id), id, RegisterChange.Kind.REMOVED, actor, r.grid(), "-");
    }

    /** The changes made to a record through this office, oldest first. */
    public synchronized List<RegisterChange> history(Actor actor, String id, Purpose purpose) {
        List<RegisterChange> changes = history.get(id);
        AreaCode grid;
        if (changes != null) {
            grid = changes.get(changes.size() - 1).grid();
        } else {
            grid = register.resident(id)
                    .map(Resident::grid)
                    .or(() -> register.household(id).map(Household::grid))
                    .or(() -> register.organisation(id).map(Organisation::grid))
                    .or(() -> register.venue(id).map(Venue::grid))
                    .orElseThrow(() -> new UnknownIdException("record", id));
        }
        guard.require(actor, Action.READ_RECORD, grid, id, purpose);
        return changes == null ? List.of() : List.copyOf(changes);
    }

    private void commit(Register next, String id, RegisterChange.Kind kind, Actor actor, AreaCode grid, String detail) {
        register = next;
        history.computeIfAbsent(id, k -> new ArrayList<>())
                .add(new RegisterChange(id, kind, guard.trail().clock().instant(), actor.id(), grid, detail));
    }

    @Override
    public synchronized String toString() {
        return "RegisterOffice[" + register + "]";
    }
}
