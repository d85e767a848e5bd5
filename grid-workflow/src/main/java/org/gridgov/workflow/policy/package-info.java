/**
 * Workflow policies as JSON files: the taxonomy, the routing rules, the admission list and the
 * mode policy.
 *
 * <p>{@link org.gridgov.workflow.policy.PolicyJson} reads them (errors name the file and the JSON
 * path, the rule and the value) and writes them back. The values themselves live in their
 * concept's package and are plain immutable data.
 */
package org.gridgov.workflow.policy;
