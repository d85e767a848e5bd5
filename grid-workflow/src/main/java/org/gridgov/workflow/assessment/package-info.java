/**
 * Assessment (考核) of grids and grid workers: indicators computed from matter histories and visit
 * outcomes, for any area and any period, rolled up grid, community, street, district.
 *
 * <p>Entry points: {@link org.gridgov.workflow.assessment.HistoryFile} reads the {@code --histories}
 * JSON lines that {@code grid simulate} writes (or {@link
 * org.gridgov.workflow.assessment.HistoryRecord#from} takes an office's history);
 * {@link org.gridgov.workflow.assessment.IndicatorCalculator} computes an
 * {@link org.gridgov.workflow.assessment.IndicatorReport} of
 * {@link org.gridgov.workflow.assessment.Indicators} (each indicator is defined there);
 * {@link org.gridgov.workflow.assessment.ScoreWeights} makes a composite score. Seeds 000, 001
 * and 004: grid workers are assessed, residents' satisfaction is the final measure, and the
 * results feed pay.
 */
package org.gridgov.workflow.assessment;
