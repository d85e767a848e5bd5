package org.gridgov.core.staffing;

import org.gridgov.core.InvalidInputException;

/**
 * A grid team template such as Jingkou's "1+2+2+X" (seed 000): one grid head, two grid
 * volunteers, two student volunteers, and any number of mobile volunteers. The head count is
 * exact (a grid has one head); the volunteer counts are minimums.
 *
 * @param heads grid heads, exactly
 * @param volunteers grid volunteers, at least
 * @param students student volunteers, at least
 */
public record TeamTemplate(int heads, int volunteers, int students) {
    /** Jingkou's 1+2+2+X. */
    public static final TeamTemplate JINGKOU = new TeamTemplate(1, 2, 2);

    public TeamTemplate {
        if (heads < 0 || volunteers < 0 || students < 0) {
            throw new InvalidInputException(
                    "template", "team counts are 0 or more", heads + "+" + volunteers + "+" + students);
        }
    }

    /**
     * Reads {@code "1+2+2+X"}: heads, volunteers, students, then {@code X}.
     *
     * @throws InvalidInputException if the text has another shape
     */
    public static TeamTemplate parse(String text) {
        if (text == null || !text.matches("\\d{1,2}\\+\\d{1,2}\\+\\d{1,2}\\+X")) {
            throw new InvalidInputException("template", "a team template reads like 1+2+2+X", text);
        }
        String[] n = text.split("\\+");
        return new TeamTemplate(Integer.parseInt(n[0]), Integer.parseInt(n[1]), Integer.parseInt(n[2]));
    }

    @Override
    public String toString() {
        return heads + "+" + volunteers + "+" + students + "+X";
    }
}
