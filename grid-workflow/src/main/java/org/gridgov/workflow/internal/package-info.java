/** Implementation details of grid-workflow; not exported. */
package org.gridgov.workflow.internal;
