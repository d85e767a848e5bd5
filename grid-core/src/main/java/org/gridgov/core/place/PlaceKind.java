package org.gridgov.core.place;

/**
 * The kinds of place that must each belong to exactly one grid (seed 001: every institution,
 * school, hospital, enterprise, building and courtyard is brought into its grid).
 */
public enum PlaceKind {
    /** 楼栋: a residential building. */
    BUILDING,
    /** 庭苑/小区: a courtyard or residential compound. */
    COURTYARD,
    /** 学校: a school. */
    SCHOOL,
    /** 医院: a hospital or clinic. */
    HOSPITAL,
    /** 企业: an enterprise. */
    ENTERPRISE,
    /** 机关单位: a public institution. */
    INSTITUTION
}
