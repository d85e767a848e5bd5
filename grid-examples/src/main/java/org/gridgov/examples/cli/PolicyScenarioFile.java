package org.gridgov.examples.cli;

import java.time.OffsetDateTime;
import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.routing.Severity;

/**
 * A policy test scenario for {@code grid policy test} (format {@code grid-policy-test/1}): a name,
 * the instant the clock starts, and steps in order, each one of: report a category at an area
 * ({@code report}, {@code area}, optional {@code severity}, {@code as} names the matter), act on a
 * matter ({@code act}: actions, {@code matter}, optional {@code by}), advance the clock
 * ({@code advance}: {@code 3h}, {@code 5wd}; or {@code advanceTo}: an instant), or expect something
 * of a matter ({@code expect}: the matter's name, with {@code routedTo}, {@code fired} and
 * {@code at}, {@code notFired}, or {@code due} and {@code at}; steps are {@code METRIC/STEP}, e.g.
 * {@code RESOLUTION/BREACH}). Matters are reported in the kit's generated district (grids
 * {@code 321102001001001} and {@code 321102001001002}).
 *
 * @param format always {@code grid-policy-test/1}
 * @param name what the scenario shows
 * @param start where the clock starts
 * @param steps the steps, in order
 */
record PolicyScenarioFile(String format, String name, OffsetDateTime start, List<Step> steps) {
    static final String FORMAT = "grid-policy-test/1";

    PolicyScenarioFile {
        if (!FORMAT.equals(format)) {
            throw new InvalidInputException("format", "a scenario file declares format " + FORMAT, format);
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "a scenario has a name", name);
        }
        if (start == null) {
            throw new InvalidInputException("start", "a scenario has a start instant with an offset", null);
        }
        if (steps == null || steps.isEmpty()) {
            throw new InvalidInputException("steps", "a scenario has at least one step", null);
        }
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) == null) {
                throw new InvalidInputException("steps[" + i + "]", "a step is an object", null);
            }
            steps.get(i).check("steps[" + i + "]");
        }
        steps = List.copyOf(steps);
    }

    /**
     * One step; exactly one of {@code report}, {@code act}, {@code advance}, {@code advanceTo} and
     * {@code expect} is given.
     *
     * @param report a category code to report
     * @param area where (a grid or other area code of the kit's district)
     * @param severity the severity (default LOW)
     * @param as the name the scenario gives the reported matter
     * @param act actions to apply, in order
     * @param matter the matter acted on
     * @param by who acts (default {@code gw-1})
     * @param advance a time limit to advance by
     * @param advanceTo an instant to advance to
     * @param expect the matter an expectation is about
     * @param routedTo the expected handling level
     * @param fired the step expected fired ({@code METRIC/STEP}), once, falling due {@code at}
     * @param notFired the step expected not fired
     * @param due the metric whose due instant is {@code at}
     * @param at the instant for {@code fired} or {@code due}
     */
    record Step(
            String report,
            String area,
            Severity severity,
            String as,
            List<Action> act,
            String matter,
            String by,
            String advance,
            OffsetDateTime advanceTo,
            String expect,
            HandlingLevel routedTo,
            String fired,
            String notFired,
            String due,
            OffsetDateTime at) {

        void check(String path) {
            int kinds = (report != null ? 1 : 0)
                    + (act != null ? 1 : 0)
                    + (advance != null ? 1 : 0)
                    + (advanceTo != null ? 1 : 0)
                    + (expect != null ? 1 : 0);
            if (kinds != 1) {
                throw new InvalidInputException(
                        path, "a step is exactly one of report, act, advance, advanceTo, expect", kinds + " given");
            }
            if (report != null) {
                if (area == null || as == null) {
                    throw new InvalidInputException(path, "a report names its area and the matter's name (as)", null);
                }
                AreaCode.parse(area);
            }
            if (act != null && (matter == null || act.isEmpty())) {
                throw new InvalidInputException(path + ".matter", "an act step names its matter and actions", matter);
            }
            if (expect != null) {
                int what = (routedTo != null ? 1 : 0)
                        + (fired != null ? 1 : 0)
                        + (notFired != null ? 1 : 0)
                        + (due != null ? 1 : 0);
                if (what != 1) {
                    throw new InvalidInputException(
                            path, "an expectation is one of routedTo, fired, notFired, due", what + " given");
                }
                if ((fired != null || due != null) && at == null) {
                    throw new InvalidInputException(path + ".at", "fired and due expectations name the instant", null);
                }
                for (String step : new String[] {fired, notFired}) {
                    if (step != null && step.split("/", -1).length != 2) {
                        throw new InvalidInputException(path, "a step is METRIC/STEP, e.g. RESOLUTION/BREACH", step);
                    }
                }
            }
        }
    }
}
