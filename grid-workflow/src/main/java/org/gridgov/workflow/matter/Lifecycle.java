package org.gridgov.workflow.matter;

import static org.gridgov.workflow.matter.State.ACCEPTED;
import static org.gridgov.workflow.matter.State.CLOSED;
import static org.gridgov.workflow.matter.State.DISPATCHED;
import static org.gridgov.workflow.matter.State.IN_PROGRESS;
import static org.gridgov.workflow.matter.State.REGISTERED;
import static org.gridgov.workflow.matter.State.REJECTED;
import static org.gridgov.workflow.matter.State.REPORTED;
import static org.gridgov.workflow.matter.State.RESOLVED;
import static org.gridgov.workflow.matter.State.RETURNED;
import static org.gridgov.workflow.matter.State.SUSPENDED;
import static org.gridgov.workflow.matter.State.VERIFIED;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.workflow.responsibility.Responsibility;
import org.gridgov.workflow.routing.HandlingLevel;

/**
 * The lifecycle state machine: which action is allowed in which state, and what it leads to.
 *
 * <p>The main loop is REPORTED -REGISTER-> REGISTERED -DISPATCH-> DISPATCHED -ACCEPT-> ACCEPTED
 * -START-> IN_PROGRESS -RESOLVE-> RESOLVED -VERIFY-> VERIFIED -CLOSE-> CLOSED. Side paths: REJECT
 * (from REPORTED), REWORK (RESOLVED back to IN_PROGRESS), RETURN to the dispatcher (from
 * DISPATCHED, ACCEPTED, IN_PROGRESS; re-DISPATCH from RETURNED), SUSPEND/RESUME (back to the state
 * suspended from), REOPEN (CLOSED to REGISTERED). Extension, escalation, re-routing, hand-over
 * and designation keep the state. The README has the full table.
 *
 * <p>{@link #apply} is the only way a matter changes, used both by the engine and by
 * {@link MatterHistory#replay()}; that is why replay rebuilds the same matter. Stateless and
 * thread-safe. Does not check who may act: authorisation is the host's.
 */
public final class Lifecycle {
    private static final Set<State> WORKING = EnumSet.of(ACCEPTED, IN_PROGRESS);
    private static final Set<State> ROUTABLE =
            EnumSet.of(REGISTERED, DISPATCHED, ACCEPTED, IN_PROGRESS, RESOLVED, RETURNED, SUSPENDED);
    private static final Map<Action, Map<State, State>> MOVES = new EnumMap<>(Action.class);

    static {
        move(Action.REGISTER, REPORTED, REGISTERED);
        move(Action.REJECT, REPORTED, REJECTED);
        move(Action.DISPATCH, REGISTERED, DISPATCHED);
        move(Action.DISPATCH, RETURNED, DISPATCHED);
        move(Action.ACCEPT, DISPATCHED, ACCEPTED);
        move(Action.START, ACCEPTED, IN_PROGRESS);
        move(Action.RESOLVE, IN_PROGRESS, RESOLVED);
        move(Action.VERIFY, RESOLVED, VERIFIED);
        move(Action.REWORK, RESOLVED, IN_PROGRESS);
        move(Action.CLOSE, VERIFIED, CLOSED);
        for (State s : EnumSet.of(DISPATCHED, ACCEPTED, IN_PROGRESS)) {
            move(Action.RETURN, s, RETURNED);
            move(Action.DESIGNATE, s, s);
        }
        for (State s : EnumSet.of(REGISTERED, DISPATCHED, ACCEPTED, IN_PROGRESS, RETURNED)) {
            move(Action.SUSPEND, s, SUSPENDED);
        }
        move(Action.REOPEN, CLOSED, REGISTERED);
        move(Action.FIX_ON_THE_SPOT, REPORTED, CLOSED);
        for (State s : EnumSet.of(RESOLVED, VERIFIED, CLOSED)) {
            move(Action.INFORM_REPORTER, s, s);
        }
        for (State s : WORKING) {
            move(Action.REQUEST_EXTENSION, s, s);
            move(Action.GRANT_EXTENSION, s, s);
            move(Action.REFUSE_EXTENSION, s, s);
        }
        for (State s : ROUTABLE) {
            move(Action.ESCALATE, s, s);
            move(Action.DEESCALATE, s, s);
            move(Action.REROUTE, s, s);
            for (Action a : EnumSet.of(Action.SUMMON, Action.CHECK_IN, Action.DECLINE_SUMMONS, Action.NO_SHOW)) {
                move(a, s, s);
            }
        }
        for (State s : State.values()) {
            if (s.isOpen()) {
                move(Action.HAND_OVER, s, s);
                move(Action.REHOME, s, s);
                move(Action.APPROVE_PAST_CAP, s, s);
            }
            for (Action a :
                    EnumSet.of(Action.WARN, Action.BREACH, Action.NOTIFY, Action.YELLOW_CARD, Action.RED_CARD)) {
                move(a, s, s);
            }
        }
        move(Action.RETURN_VISIT, State.CLOSED, State.CLOSED);
    }

    private Lifecycle() {}

    private static void move(Action action, State from, State to) {
        MOVES.computeIfAbsent(action, a -> new EnumMap<>(State.class)).put(from, to);
    }

    /**
     * The state {@code action} leads to from {@code from} by the table, if allowed. {@link
     * Action#RESUME} is allowed from {@link State#SUSPENDED} only and leads to the state suspended
     * from, which this method cannot know: it answers {@code SUSPENDED}'s own name there.
     */
    public static Optional<State> target(State from, Action action) {
        if (action == Action.RESUME) {
            return from == SUSPENDED ? Optional.of(SUSPENDED) : Optional.empty();
        }
        return Optional.ofNullable(MOVES.getOrDefault(action, Map.of()).get(from));
    }

    /**
     * The actions a person may take in {@code state} by the table (conditions such as a pending
     * extension aside). The system's own entries ({@link Action#systemOnly()}: SLA steps, re-homing)
     * are left out: {@link #target} answers for them.
     */
    public static Set<Action> allowed(State state) {
        Set<Action> out = EnumSet.noneOf(Action.class);
        for (Action a : Action.values()) {
            if (!a.systemOnly() && target(state, a).isPresent()) {
                out.add(a);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /**
     * The state {@code action} leads {@code matter} to, checking every condition: the table, a
     * pending extension, the level for escalation and de-escalation, and the reason.
     *
     * @throws IllegalTransitionException if the lifecycle forbids the action now
     * @throws InvalidInputException if the action needs a reason and has none
     */
    public static State next(Matter matter, Action action, String reason) {
        State from = matter.state();
        Optional<State> to = target(from, action);
        if (to.isEmpty()) {
            throw new IllegalTransitionException(
                    matter.id(), from, action, "the lifecycle allows " + allowed(from) + " here");
        }
        if (action.needsReason() && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", action + " needs a reason", reason);
        }
        switch (action) {
            case REQUEST_EXTENSION:
                if (matter.extensionPending()) {
                    throw new IllegalTransitionException(
                            matter.id(), from, action, "an extension request is already pending");
                }
                break;
            case GRANT_EXTENSION:
            case REFUSE_EXTENSION:
                if (!matter.extensionPending()) {
                    throw new IllegalTransitionException(matter.id(), from, action, "no extension request is pending");
                }
                break;
            case ESCALATE:
                if (matter.routing().isEmpty() || matter.routing().get().level() == HandlingLevel.DISTRICT) {
                    throw new IllegalTransitionException(
                            matter.id(), from, action, "the matter is already handled at the district, the top level");
                }
                break;
            case DEESCALATE:
                if (matter.routing().isEmpty() || matter.routing().get().level() == HandlingLevel.GRID) {
                    throw new IllegalTransitionException(
                            matter.id(), from, action, "the matter is already handled in the grid");
                }
                break;
            case RESUME:
                return matter.resumeTo().orElseThrow();
            default:
                break;
        }
        return to.get();
    }

    /**
     * The matter right after intake, from its facts and its {@link Action#REPORT} transition.
     *
     * @throws InvalidInputException if the transition is not a version-1 report into REPORTED
     */
    public static Matter start(MatterReport report, AreaCode area, Category category, Transition reported) {
        if (reported.action() != Action.REPORT
                || reported.version() != 1
                || reported.to() != REPORTED
                || reported.from() != null) {
            throw new InvalidInputException(
                    "transitions[0]", "a matter starts with a version-1 REPORT into REPORTED", reported.action());
        }
        return ImmutableMatter.builder()
                .id(reported.matter())
                .version(1)
                .report(report)
                .area(area)
                .category(category)
                .state(REPORTED)
                .responsibility(Responsibility.firstAsked(reported.actor(), reported.at(), 1))
                .reportedAt(reported.at())
                .updatedAt(reported.at())
                .build();
    }

    /**
     * The matter after {@code t}.
     *
     * @throws IllegalTransitionException if the lifecycle forbids the step, or the step does not
     *     fit the matter (another matter, not the next version, a wrong state, a missing routing
     *     or assignment)
     */
    public static Matter apply(Matter matter, Transition t) {
        State to = next(matter, t.action(), t.reason());
        if (!t.matter().equals(matter.id())
                || t.version() != matter.version() + 1
                || t.from() != matter.state()
                || t.to() != to) {
            throw new IllegalTransitionException(
                    matter.id(),
                    matter.state(),
                    t.action(),
                    "the step " + t.from() + "->" + t.to() + " at version " + t.version() + " does not follow version "
                            + matter.version());
        }
        Payload.check(matter, t);
        ImmutableMatter.Builder next = ImmutableMatter.builder()
                .from(matter)
                .version(t.version())
                .state(to)
                .updatedAt(t.at())
                .responsibility(Payload.responsibility(matter, t));
        if (t.routing() != null) {
            next.routing(t.routing());
        }
        if (t.area() != null) {
            next.area(t.area());
        }
        if (t.action() == Action.YELLOW_CARD || t.action() == Action.RED_CARD) {
            next.addSupervisions(
                    new Supervision(t.action(), t.step().key(), t.step().role(), t.at(), t.version()));
        }
        next.resumeTo(
                t.action() == Action.SUSPEND
                        ? Optional.of(matter.state())
                        : to == SUSPENDED ? matter.resumeTo() : Optional.empty());
        boolean pending = t.action() == Action.REQUEST_EXTENSION
                || (matter.extensionPending()
                        && (to == SUSPENDED || WORKING.contains(to))
                        && t.action() != Action.GRANT_EXTENSION
                        && t.action() != Action.REFUSE_EXTENSION);
        next.extensionPending(pending);
        next.extensionsGranted(matter.extensionsGranted() + (t.action() == Action.GRANT_EXTENSION ? 1 : 0));
        return next.build();
    }
}
