package org.gridgov.workflow.assessment;

/**
 * The working time from report to closure of the matters of one category closed in a period:
 * how many, the mean and the 90th percentile (nearest rank: the smallest value that at least 90%
 * of the matters do not exceed), in working hours on the assessment's calendar. Immutable.
 *
 * @param matters how many closed matters
 * @param meanHours the mean, in working hours
 * @param p90Hours the 90th percentile, in working hours
 */
public record CloseTime(long matters, double meanHours, double p90Hours) {

    static CloseTime of(long[] seconds, int n) {
        long[] sorted = java.util.Arrays.copyOf(seconds, n);
        java.util.Arrays.sort(sorted);
        long sum = 0;
        for (long s : sorted) {
            sum += s;
        }
        int rank = (int) Math.ceil(0.9 * n) - 1;
        return new CloseTime(n, hours((double) sum / n), hours(sorted[Math.max(rank, 0)]));
    }

    private static double hours(double seconds) {
        return Math.round(seconds / 36.0) / 100.0;
    }
}
