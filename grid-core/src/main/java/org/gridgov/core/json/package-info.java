/**
 * JSON conventions shared by every grid module: one strictness and one error form for every file
 * the library reads.
 *
 * <p>Start from {@link org.gridgov.core.json.GridJson#read(byte[], String, Class)}: strict JSON in,
 * a value out, or a {@link org.gridgov.core.json.JsonInputException} that reads
 * {@code FILE: $.path.to[3].field: rule (value)}. {@link org.gridgov.core.json.GridJson#mapper()}
 * writes with the same configuration.
 */
package org.gridgov.core.json;
