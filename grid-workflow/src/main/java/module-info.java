/**
 * grid-workflow: matters moving through time. Depends on no geometry engine.
 *
 * <p>Start with {@link org.gridgov.workflow.engine.MatterEngine}: {@code MatterEngine.builder(clock)}
 * with a taxonomy, a routing policy and an admission list, then report, register, dispatch and
 * close matters through it; SLA clocks run beside it in {@link org.gridgov.workflow.sla.SlaScheduler}.
 */
module org.gridgov.workflow {
    requires static org.immutables.value.annotations;
    requires transitive org.gridgov.core;
    requires com.fasterxml.jackson.datatype.jsr310;

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
}
