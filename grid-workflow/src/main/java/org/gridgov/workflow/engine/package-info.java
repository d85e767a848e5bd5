/**
 * The matter engine: the one place where matters change.
 *
 * <p>{@link org.gridgov.workflow.engine.MatterEngine} takes matters in (idempotent by external id,
 * through the admission gate), applies {@link org.gridgov.workflow.engine.Command}s with optimistic
 * concurrency ({@link org.gridgov.workflow.engine.StaleVersionException} for a stale version),
 * switches modes, and calls {@link org.gridgov.workflow.engine.MatterListener}s with every
 * transition. Matters live in a {@link org.gridgov.workflow.engine.MatterStore};
 * {@link org.gridgov.workflow.engine.InMemoryMatterStore} is the one shipped. Thread-safe.
 */
package org.gridgov.workflow.engine;
