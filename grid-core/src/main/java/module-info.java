/** grid-core: areas, grids, plans and revisions, people, duties. */
module org.gridgov.core {
  requires static org.immutables.value.annotations;
  requires transitive com.fasterxml.jackson.databind;

  exports org.gridgov.core;
}
