/**
 * Normal and emergency modes per area (平+急, 平战转换, Huancui, seed 002).
 *
 * <p>A {@link org.gridgov.workflow.mode.ModeBook} records every
 * {@link org.gridgov.workflow.mode.ModeSwitch} and answers the {@link org.gridgov.workflow.mode.Mode}
 * of any area (its own switch, else its nearest ancestor's, else normal). A
 * {@link org.gridgov.workflow.mode.ModePolicy} says which actors may switch which areas
 * ({@link org.gridgov.workflow.mode.Authority}) and whether a switch re-routes open matters.
 * Switch through {@link org.gridgov.workflow.engine.MatterEngine#switchMode}; an unauthorised
 * switch throws {@link org.gridgov.workflow.mode.NotAuthorisedException}.
 */
package org.gridgov.workflow.mode;
