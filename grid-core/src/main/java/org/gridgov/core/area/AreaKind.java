package org.gridgov.core.area;

/** Urban (社区, grids follow streets) or rural (村, grids follow existing villages). */
public enum AreaKind {
    URBAN,
    RURAL
}
