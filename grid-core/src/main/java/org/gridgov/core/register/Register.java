package org.gridgov.core.register;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.plan.GridPlan;

/**
 * The register's records as one immutable value, consistent with its plan and tag catalogue:
 * every record in one active grid of the plan, ids unique across all records, households at
 * places of their grid, residents in the grid of their household, tags from the catalogue.
 *
 * <p>Its contents are read only through a {@link RegisterOffice}, which checks the actor's scope;
 * this type offers nothing but its size to others. Immutable and thread-safe.
 */
public final class Register {
    private final GridPlan plan;
    private final TagCatalogue tags;
    private final Map<String, Resident> residents;
    private final Map<String, Household> households;
    private final Map<String, Organisation> organisations;
    private final Map<String, Venue> venues;

    private Register(
            GridPlan plan,
            TagCatalogue tags,
            Map<String, Resident> residents,
            Map<String, Household> households,
            Map<String, Organisation> organisations,
            Map<String, Venue> venues) {
        this.plan = plan;
        this.tags = tags;
        this.residents = residents;
        this.households = households;
        this.organisations = organisations;
        this.venues = venues;
    }

    /**
     * A register of these records.
     *
     * @throws InvalidInputException naming the record ({@code residents[3].grid}), the rule and
     *     an id or code, for the first record that breaks a rule
     */
    public static Register of(
            GridPlan plan,
            TagCatalogue tags,
            List<Resident> residents,
            List<Household> households,
            List<Organisation> organisations,
            List<Venue> venues) {
        requireNonNull(plan, "plan");
        requireNonNull(tags, "tags");
        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, Household> h = index("households", households, Household::id, ids);
        Map<String, Resident> r = index("residents", residents, Resident::id, ids);
        Map<String, Organisation> o = index("organisations", organisations, Organisation::id, ids);
        Map<String, Venue> v = index("venues", venues, Venue::id, ids);
        Register register = new Register(plan, tags, r, h, o, v);
        register.checkAll();
        return register;
    }

    /** How many records it holds. */
    public int size() {
        return residents.size() + households.size() + organisations.size() + venues.size();
    }

    GridPlan plan() {
        return plan;
    }

    TagCatalogue tags() {
        return tags;
    }

    Optional<Resident> resident(String id) {
        return Optional.ofNullable(residents.get(id));
    }

    Optional<Household> household(String id) {
        return Optional.ofNullable(households.get(id));
    }

    Optional<Organisation> organisation(String id) {
        return Optional.ofNullable(organisations.get(id));
    }

    Optional<Venue> venue(String id) {
        return Optional.ofNullable(venues.get(id));
    }

    boolean holds(String id) {
        return residents.containsKey(id)
                || households.containsKey(id)
                || organisations.containsKey(id)
                || venues.containsKey(id);
    }

    List<Resident> residentsIn(AreaCode area) {
        return residents.values().stream().filter(x -> area.contains(x.grid())).toList();
    }

    List<Household> householdsIn(AreaCode area) {
        return households.values().stream().filter(x -> area.contains(x.grid())).toList();
    }

    List<Organisation> organisationsIn(AreaCode area) {
        return organisations.values().stream()
                .filter(x -> area.contains(x.grid()))
                .toList();
    }

    List<Venue> venuesIn(AreaCode area) {
        return venues.values().stream().filter(x -> area.contains(x.grid())).toList();
    }

    /** This register with {@code resident} added or replaced, checked. */
    Register with(Resident resident) {
        Map<String, Resident> r = new LinkedHashMap<>(residents);
        r.put(resident.id(), resident);
        Register next =
                new Register(plan, tags, java.util.Collections.unmodifiableMap(r), households, organisations, venues);
        next.checkResident("resident", resident);
        return next;
    }

    /** This register without the resident {@code id}. */
    Register withoutResident(String id) {
        Map<String, Resident> r = new LinkedHashMap<>(residents);
        r.remove(id);
        return new Register(plan, tags, java.util.Collections.unmodifiableMap(r), households, organisations, venues);
    }

    private void checkAll() {
        int i = 0;
        for (Household x : households.values()) {
            String at = "households[" + i++ + "]";
            fail(at + ".grid", RegisterRules.grid(plan, x.grid()), x.id());
            fail(at + ".place", RegisterRules.place(plan, x.grid(), x.place()), x.id());
        }
        i = 0;
        for (Resident x : residents.values()) {
            checkResident("residents[" + i++ + "]", x);
        }
        i = 0;
        for (Organisation x : organisations.values()) {
            String at = "organisations[" + i++ + "]";
            fail(at + ".grid", RegisterRules.grid(plan, x.grid()), x.id());
            x.place().ifPresent(p -> fail(at + ".place", RegisterRules.place(plan, x.grid(), p), x.id()));
            for (String tag : x.tags()) {
                fail(at + ".tags", RegisterRules.tag(tags, tag, Tag.Applies.ORGANISATION), tag);
            }
        }
        i = 0;
        for (Venue x : venues.values()) {
            String at = "venues[" + i++ + "]";
            fail(at + ".grid", RegisterRules.grid(plan, x.grid()), x.id());
            x.place().ifPresent(p -> fail(at + ".place", RegisterRules.place(plan, x.grid(), p), x.id()));
        }
    }

    private void checkResident(String at, Resident x) {
        fail(at + ".grid", RegisterRules.grid(plan, x.grid()), x.id());
        x.household()
                .ifPresent(id -> fail(at + ".household", RegisterRules.household(household(id), x.grid()), x.id()));
        for (String tag : x.tags()) {
            fail(at + ".tags", RegisterRules.tag(tags, tag, Tag.Applies.RESIDENT), tag);
        }
    }

    private static void fail(String path, Optional<String> broken, String idOrCode) {
        if (broken.isPresent()) {
            throw new InvalidInputException(path, broken.get(), idOrCode);
        }
    }

    private static <T> Map<String, T> index(
            String what, List<T> records, Function<T, String> id, Map<String, String> seen) {
        Map<String, T> byId = new LinkedHashMap<>();
        List<T> list = new ArrayList<>(requireNonNull(records, what));
        for (int i = 0; i < list.size(); i++) {
            String key = id.apply(requireNonNull(list.get(i), what + "[" + i + "]"));
            String before = seen.putIfAbsent(key, what + "[" + i + "]");
            if (before != null) {
                throw new InvalidInputException(
                        what + "[" + i + "].id", "record ids are unique in a register; " + before + " has it", key);
            }
            byId.put(key, list.get(i));
        }
        return java.util.Collections.unmodifiableMap(byId);
    }

    @Override
    public String toString() {
        return "Register[" + residents.size() + " residents, " + households.size() + " households, "
                + organisations.size() + " organisations, " + venues.size() + " venues]";
    }
}
