package org.gridgov.core.staff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.UnknownIdException;
import org.gridgov.core.area.AreaCode;

/**
 * The people of a district and where they are posted.
 *
 * <p>Invariants: person ids are unique; every assignment names a person of the roster; a person
 * holds a role in a grid at most once. Whether the grids exist and whether the staffing is
 * enough is for the staffing rules ({@code org.gridgov.core.staffing.StaffingCheck}). Immutable and thread-safe.
 */
public final class Roster {
    private final Map<String, Person> people;
    private final List<Posting> assignments;
    private final ImmutableListMultimap<AreaCode, Posting> byGrid;
    private final ImmutableListMultimap<String, Posting> byPerson;

    private Roster(Map<String, Person> people, List<Posting> assignments) {
        this.people = people;
        this.assignments = assignments;
        this.byGrid = Multimaps.index(assignments, Posting::grid);
        this.byPerson = Multimaps.index(assignments, Posting::person);
    }

    /** A roster with nobody. */
    public static Roster empty() {
        return new Roster(Map.of(), List.of());
    }

    /**
     * A roster of these people and assignments.
     *
     * @throws InvalidInputException naming {@code people[i].id} or {@code assignments[k].field} if an
     *     invariant is broken
     */
    public static Roster of(List<Person> people, List<Posting> assignments) {
        requireNonNull(people, "people");
        requireNonNull(assignments, "assignments");
        Map<String, Person> byId = new LinkedHashMap<>();
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            if (byId.putIfAbsent(p.id(), p) != null) {
                throw new InvalidInputException("people[" + i + "].id", "a person id appears once in a roster", p.id());
            }
        }
        Set<String> posts = new HashSet<>();
        for (int k = 0; k < assignments.size(); k++) {
            Posting a = assignments.get(k);
            if (!byId.containsKey(a.person())) {
                throw new InvalidInputException(
                        "assignments[" + k + "].person", "names a person of the roster", a.person());
            }
            if (!posts.add(a.person() + "|" + a.grid() + "|" + a.role())) {
                throw new InvalidInputException(
                        "assignments[" + k + "]",
                        "a person holds a role in a grid once",
                        a.person() + " " + a.role() + " in " + a.grid());
            }
        }
        return new Roster(Collections.unmodifiableMap(byId), List.copyOf(assignments));
    }

    /** Everybody, in the order given. */
    public List<Person> people() {
        return List.copyOf(people.values());
    }

    /** Every assignment, in the order given. */
    public List<Posting> postings() {
        return assignments;
    }

    /**
     * The person with this id.
     *
     * @throws UnknownIdException if there is none
     */
    public Person person(String id) {
        Person p = people.get(requireNonNull(id, "id"));
        if (p == null) {
            throw new UnknownIdException("person", id);
        }
        return p;
    }

    /** The assignments to one grid or micro-grid, in the order given. */
    public List<Posting> postingsIn(AreaCode grid) {
        return byGrid.get(requireNonNull(grid, "grid"));
    }

    /** The assignments of one person, in the order given. */
    public List<Posting> postingsOf(String personId) {
        return byPerson.get(requireNonNull(personId, "personId"));
    }
}
