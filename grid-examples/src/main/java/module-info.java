/** grid-examples: runnable examples and the {@code grid} command-line tool. */
module org.gridgov.examples {
    requires org.gridgov.core;
    requires org.gridgov.geo;
    requires org.gridgov.workflow;
    requires org.locationtech.jts;
    requires info.picocli;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.csv;
    requires java.logging;
    requires java.sql;
    requires com.zaxxer.hikari;
    requires embedded.postgres;

    opens org.gridgov.examples.cli to
            info.picocli,
            com.fasterxml.jackson.databind;
    opens org.gridgov.examples.simulate to
            com.fasterxml.jackson.databind;
}
