/**
 * grid-core: areas, grids, plans and their revisions, people and duties. No geometry engine.
 *
 * <p>Start with {@link org.gridgov.core.plan.PlanFile} (read a plan) and
 * {@link org.gridgov.core.plan.GridPlan} (the plan itself).
 */
@SuppressWarnings("module") // the modules exported to are built after this one
module org.gridgov.core {
    requires static org.immutables.value.annotations;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.google.common;

    exports org.gridgov.core;
    exports org.gridgov.core.access;
    exports org.gridgov.core.area;
    exports org.gridgov.core.audit;
    exports org.gridgov.core.duty;
    exports org.gridgov.core.json;
    // How JSON readers show values in errors, shared by the readers of our own modules only.
    exports org.gridgov.core.internal to
            org.gridgov.geo,
            org.gridgov.workflow;
    exports org.gridgov.core.place;
    exports org.gridgov.core.plan;
    exports org.gridgov.core.privacy;
    exports org.gridgov.core.register;
    exports org.gridgov.core.sizing;
    exports org.gridgov.core.staff;
    exports org.gridgov.core.staffing;

    opens org.gridgov.core.area to
            com.fasterxml.jackson.databind;
    opens org.gridgov.core.duty to
            com.fasterxml.jackson.databind;
    opens org.gridgov.core.place to
            com.fasterxml.jackson.databind;
    opens org.gridgov.core.plan to
            com.fasterxml.jackson.databind;
    opens org.gridgov.core.privacy to
            com.fasterxml.jackson.databind;
    opens org.gridgov.core.register to
            com.fasterxml.jackson.databind;
    opens org.gridgov.core.sizing to
            com.fasterxml.jackson.databind;
    opens org.gridgov.core.staff to
            com.fasterxml.jackson.databind;
    opens org.gridgov.core.staffing to
            com.fasterxml.jackson.databind;
}
