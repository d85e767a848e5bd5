/**
 * grid-core: the model of a district's grid network (网格) with no geometry engine.
 *
 * <p>{@link org.gridgov.core.GridException} is the root of every exception the
 * library throws; {@link org.gridgov.core.InvalidInputException} names the field or
 * JSON path, the rule and the value of bad input ({@link org.gridgov.core.MissingFieldException}
 * when a value is built without a required field). Every JSON file is read through
 * {@link org.gridgov.core.json.GridJson#read(byte[], String, Class)}, whose errors read
 * {@code FILE: $.path: rule (value)}.
 */
package org.gridgov.core;
