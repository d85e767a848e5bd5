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

    /** From the first {@code n} values of {@code seconds} (left as they were): the percentile by selection, not sorting. */
    static CloseTime of(long[] seconds, int n) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += seconds[i];
        }
        int rank = Math.max((int) Math.ceil(0.9 * n) - 1, 0);
        long p90 = select(java.util.Arrays.copyOf(seconds, n), rank);
        return new CloseTime(n, hours((double) sum / n), hours(p90));
    }

    /** The value of rank {@code k} (from 0) in ascending order; reorders {@code a}. Quickselect, median of three. */
    static long select(long[] a, int k) {
        int lo = 0;
        int hi = a.length - 1;
        while (hi > lo) {
            if (hi - lo < 16) {
                java.util.Arrays.sort(a, lo, hi + 1);
                return a[k];
            }
            int mid = (lo + hi) >>> 1;
            long pivot = median(a[lo], a[mid], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static long median(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static double hours(double seconds) {
        return Math.round(seconds / 36.0) / 100.0;
    }
}
