package org.gridgov.workflow.responsibility;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.internal.Sorted;

/**
 * Who is responsible for a matter now, and why: the answer the engine gives at every moment.
 *
 * <p>{@code owner} is the party answerable now and {@code basis} the reason. The first-asked
 * party is kept for the record even after others take over; {@code lead} and
 * {@code coHandlers} are the current designation (none before dispatch); {@code dispatcher} is
 * who dispatched last. {@code since} and {@code sinceVersion} name the transition that made the
 * answer so. Immutable; computed by the lifecycle, never set by hand.
 *
 * @param owner the party answerable now
 * @param basis why
 * @param firstAsked the party that first received the matter
 * @param lead the designated lead, or {@code null}
 * @param coHandlers co-handlers of the lead (empty without a lead)
 * @param dispatcher the party that dispatched the matter last, or {@code null}
 * @param since when the answer became so
 * @param sinceVersion the matter version at which it became so
 */
public record Responsibility(
        String owner,
        Basis basis,
        String firstAsked,
        String lead,
        Set<String> coHandlers,
        String dispatcher,
        Instant since,
        long sinceVersion) {

    /** Checks required parts and copies the set. */
    public Responsibility {
        requireNonNull(owner, "owner");
        requireNonNull(basis, "basis");
        requireNonNull(firstAsked, "firstAsked");
        requireNonNull(since, "since");
        coHandlers = Sorted.set(coHandlers);
    }

    /** The first receiver owns the matter (首问负责). */
    public static Responsibility firstAsked(String receiver, Instant at, long version) {
        return new Responsibility(receiver, Basis.FIRST_ASKED, receiver, null, Set.of(), null, at, version);
    }

    /** The designated lead, if any. */
    public Optional<String> designatedLead() {
        return Optional.ofNullable(lead);
    }

    /** The owner hands the matter to {@code party}; any designation stands. */
    public Responsibility handedOver(String party, Instant at, long version) {
        return new Responsibility(party, Basis.HANDED_OVER, firstAsked, lead, coHandlers, dispatcher, at, version);
    }

    /** {@code by} designates a lead and co-handlers; the lead owns the matter. */
    public Responsibility designated(Assignment assignment, String by, Instant at, long version) {
        return new Responsibility(
                assignment.lead(),
                Basis.DESIGNATED,
                firstAsked,
                assignment.lead(),
                assignment.coHandlers(),
                by,
                at,
                version);
    }

    /** The assignee returned the matter: the dispatcher owns it again and the designation lapses. */
    public Responsibility returnedToDispatcher(String fallbackOwner, Instant at, long version) {
        String back = dispatcher != null ? dispatcher : fallbackOwner;
        return new Responsibility(
                back, Basis.RETURNED_TO_DISPATCHER, firstAsked, null, Set.of(), dispatcher, at, version);
    }

    /**
     * Nobody is working on the matter (suspended, awaiting verification, closed, reopened): the lead
     * answers for it (兜底). Without a lead the answer does not change.
     */
    public Responsibility fallback(Instant at, long version) {
        if (lead == null || (basis == Basis.FALLBACK && owner.equals(lead))) {
            return this;
        }
        return new Responsibility(lead, Basis.FALLBACK, firstAsked, lead, coHandlers, dispatcher, at, version);
    }

    /** Work resumes with the lead: the designation answers again. Without a lead nothing changes. */
    public Responsibility working(Instant at, long version) {
        if (lead == null || basis == Basis.DESIGNATED || basis == Basis.HANDED_OVER) {
            return this;
        }
        return new Responsibility(lead, Basis.DESIGNATED, firstAsked, lead, coHandlers, dispatcher, at, version);
    }

    /** The answer in words, without personal data: "gw-7 (designated lead since version 3, ...)". */
    public String explain() {
        StringBuilder s = new StringBuilder(owner).append(" is responsible: ");
        switch (basis) {
            case FIRST_ASKED:
                s.append("first to receive the matter (首问负责)");
                break;
            case HANDED_OVER:
                s.append("the matter was handed over to them");
                break;
            case DESIGNATED:
                s.append("designated lead (指定负责)");
                if (!coHandlers.isEmpty()) {
                    s.append(" with co-handlers ")
                            .append(coHandlers.stream().sorted().toList());
                }
                break;
            case FALLBACK:
                s.append("designated lead answering for the result until closure (兜底负责)");
                break;
            default:
                s.append("the matter was returned to its dispatcher (回退)");
                break;
        }
        return s.append(", since version ")
                .append(sinceVersion)
                .append(" at ")
                .append(since)
                .toString();
    }
}
