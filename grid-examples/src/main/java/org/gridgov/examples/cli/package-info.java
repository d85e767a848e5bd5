/**
 * The {@code grid} command-line tool for district IT: plan, coverage and location checks and SLA
 * simulations on files, with exit codes a script can act on (0 clean, 1 findings, 2 bad input).
 *
 * <p>Start from {@link org.gridgov.examples.cli.Grid}: {@code Grid.main} is the tool and {@code
 * Grid.run(out, err, args)} runs it in-process. Every failure is mapped there, in one place, to one
 * line on standard error naming the option or the file, the rule and the value; output files are
 * written whole or not at all.
 */
package org.gridgov.examples.cli;
