/** grid-workflow: matters moving through time. Depends on no geometry engine. */
module org.gridgov.workflow {
  requires static org.immutables.value.annotations;
  requires transitive org.gridgov.core;

  exports org.gridgov.workflow.calendar;
  exports org.gridgov.workflow.time;
}
