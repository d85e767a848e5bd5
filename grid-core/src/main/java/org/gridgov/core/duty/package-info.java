/**
 * The duty catalogue (网格职责清单): what grid workers may be asked to do.
 *
 * <p>Start from {@link org.gridgov.core.duty.DutyCatalogue#standard()}, the 8 standard duties of
 * the Dongxing list; extend it with {@link org.gridgov.core.duty.DutyCatalogue#with}. The
 * task-admission gate in grid-workflow admits further items on top of it.
 */
package org.gridgov.core.duty;
