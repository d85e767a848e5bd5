package org.gridgov.core.area;

/** Whether an area is in use. A retired area stays in the plan so old references resolve. */
public enum AreaStatus {
    ACTIVE,
    RETIRED
}
