/**
 * grid-core: areas, grids, plans and their revisions, people and duties. No geometry engine.
 */
module org.gridgov.core {
  requires static org.immutables.value.annotations;
  requires transitive com.fasterxml.jackson.databind;

  exports org.gridgov.core;
  exports org.gridgov.core.area;
  exports org.gridgov.core.duty;

  opens org.gridgov.core.area to com.fasterxml.jackson.databind;
  opens org.gridgov.core.duty to com.fasterxml.jackson.databind;
}
