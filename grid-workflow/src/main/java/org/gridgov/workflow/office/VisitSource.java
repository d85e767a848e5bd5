package org.gridgov.workflow.office;

import java.time.LocalDate;
import java.util.List;
import org.gridgov.workflow.visit.VisitRecord;
import org.gridgov.workflow.visit.VisitSubject;

/**
 * Where an office's visit watch learns whom the rules oblige to be visited and which visits were
 * done: the host's register of residents and its visit records (the grid workers' app). Subjects
 * are opaque references with a category, a grid and visitors by role ({@link VisitSubject});
 * the office never needs names or addresses. Given to {@link OfficeBuilder#visits}.
 *
 * <p>Implementations must be thread-safe; the office calls them from {@link GridOffice#tick()},
 * at most once per day for the mandatory visits.
 */
public interface VisitSource {
    /** The subjects of visits now, each with its grid and its visitors by role. */
    List<VisitSubject> subjects();

    /** The visits recorded on days {@code from} to {@code to} (inclusive, in the calendar's zone). */
    List<VisitRecord> visits(LocalDate from, LocalDate to);

    /** A source over fixed lists (for tests and small hosts); the lists are copied. */
    static VisitSource of(List<VisitSubject> subjects, List<VisitRecord> visits) {
        List<VisitSubject> s = List.copyOf(subjects);
        List<VisitRecord> v = List.copyOf(visits);
        return new VisitSource() {
            @Override
            public List<VisitSubject> subjects() {
                return s;
            }

            @Override
            public List<VisitRecord> visits(LocalDate from, LocalDate to) {
                return v;
            }
        };
    }
}
