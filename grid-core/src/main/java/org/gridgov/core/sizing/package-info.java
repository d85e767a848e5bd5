/**
 * Grid sizing: whether each grid's households and population fall in the configured bands
 * (200-300 households, 800-1000 people by default, from Jingkou, seed 000).
 *
 * <p>Entry point: {@link org.gridgov.core.sizing.SizingCheck}; bands in
 * {@link org.gridgov.core.sizing.SizingRules}; results are
 * {@link org.gridgov.core.sizing.SizingFinding}s.
 */
package org.gridgov.core.sizing;
