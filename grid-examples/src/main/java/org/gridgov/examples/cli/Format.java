package org.gridgov.examples.cli;

/** Output formats of the tool. */
enum Format {
    text,
    json
}
