/**
 * grid-workflow: matters moving through time. Depends on no geometry engine.
 *
 * <p>Start with {@link org.gridgov.workflow.office.GridOffice}: {@code GridOffice.builder(clock)} with
 * the plan and roster, a resolver (grid-geo's {@code PlanLocator}), the policies (a folder of
 * {@code policy-*.json} and {@code sla-*.json}) and a calendar; then report matters, handle
 * commands, and {@code tick()} (or {@code start()}) so that SLA warnings, breaches, escalations
 * and cards act. {@link org.gridgov.workflow.engine.MatterEngine} is the bare lifecycle engine
 * underneath, without clocks.
 */
module org.gridgov.workflow {
    requires static org.immutables.value.annotations;
    requires transitive org.gridgov.core;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.google.common;
    requires java.sql;
    requires flyway.core;
    requires static org.junit.jupiter.api;

    exports org.gridgov.workflow.calendar;
    exports org.gridgov.workflow.time;
    exports org.gridgov.workflow.matter;
    exports org.gridgov.workflow.admission;
    exports org.gridgov.workflow.routing;
    exports org.gridgov.workflow.responsibility;
    exports org.gridgov.workflow.mode;
    exports org.gridgov.workflow.engine;
    exports org.gridgov.workflow.office;
    exports org.gridgov.workflow.policy;
    exports org.gridgov.workflow.sla;
    exports org.gridgov.workflow.sla.testkit;
    exports org.gridgov.workflow.separation;
    exports org.gridgov.workflow.funding;
    exports org.gridgov.workflow.store.jdbc;
    exports org.gridgov.workflow.visit;
    exports org.gridgov.workflow.assessment;
    exports org.gridgov.workflow.testkit;
    exports org.gridgov.workflow.whistle;

    opens org.gridgov.workflow.matter to
            com.fasterxml.jackson.databind;
    opens org.gridgov.workflow.admission to
            com.fasterxml.jackson.databind;
    opens org.gridgov.workflow.routing to
            com.fasterxml.jackson.databind;
    opens org.gridgov.workflow.responsibility to
            com.fasterxml.jackson.databind;
    opens org.gridgov.workflow.mode to
            com.fasterxml.jackson.databind;
    opens org.gridgov.workflow.sla to
            com.fasterxml.jackson.databind;
    opens org.gridgov.workflow.office to
            com.fasterxml.jackson.databind;
    opens org.gridgov.workflow.calendar to
            com.fasterxml.jackson.databind;
    opens org.gridgov.workflow.store.jdbc to
            com.fasterxml.jackson.databind;
    opens org.gridgov.workflow.visit to
            com.fasterxml.jackson.databind;
    opens org.gridgov.workflow.assessment to
            com.fasterxml.jackson.databind;
    opens org.gridgov.workflow.whistle to
            com.fasterxml.jackson.databind;
    opens org.gridgov.workflow.separation to
            com.fasterxml.jackson.databind;
    opens org.gridgov.workflow.time to
            com.fasterxml.jackson.databind;
}
