package org.gridgov.workflow.mode;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.core.area.AreaCode;

/**
 * The mode of every area, with the record of every switch.
 *
 * <p>An area is in the mode of its most recent switch, or of its nearest ancestor's when it has
 * none of its own, or {@link Mode#NORMAL}. Switching a street to emergency thus puts all its
 * communities and grids in emergency, unless one of them was switched itself. Immutable;
 * {@link #with} returns a new book.
 */
public final class ModeBook {
    private static final ModeBook EMPTY = new ModeBook(Map.of(), List.of());

    private final Map<AreaCode, Mode> modes;
    private final List<ModeSwitch> switches;

    private ModeBook(Map<AreaCode, Mode> modes, List<ModeSwitch> switches) {
        this.modes = modes;
        this.switches = switches;
    }

    /** A book where every area is normal. */
    public static ModeBook empty() {
        return EMPTY;
    }

    /**
     * The book these switches make, applied oldest first (how a store reads a book back; in JSON a
     * book is its list of switches).
     */
    @JsonCreator
    public static ModeBook of(List<ModeSwitch> switches) {
        ModeBook book = EMPTY;
        for (ModeSwitch s : requireNonNull(switches, "switches")) {
            book = book.with(s);
        }
        return book;
    }

    /** This book with one more switch. */
    public ModeBook with(ModeSwitch change) {
        requireNonNull(change, "change");
        Map<AreaCode, Mode> m = new HashMap<>(modes);
        m.put(change.area(), change.mode());
        List<ModeSwitch> s = new ArrayList<>(switches);
        s.add(change);
        return new ModeBook(Map.copyOf(m), List.copyOf(s));
    }

    /** The mode {@code area} is in. */
    public Mode modeOf(AreaCode area) {
        if (modes.isEmpty()) {
            return Mode.NORMAL; // no switch yet: every transition of a calm district asks this
        }
        for (AreaCode a = area; a != null; a = a.parent()) {
            Mode m = modes.get(a);
            if (m != null) {
                return m;
            }
        }
        return Mode.NORMAL;
    }

    /** Every switch, oldest first. */
    @JsonValue
    public List<ModeSwitch> switches() {
        return switches;
    }

    /** Equal when the switches are: the modes follow from them. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ModeBook && ((ModeBook) o).switches.equals(switches);
    }

    @Override
    public int hashCode() {
        return switches.hashCode();
    }
}
