/**
 * JSON conventions shared by every grid module: {@link org.gridgov.core.json.GridJson#mapper()}
 * and the translation of Jackson's errors into path-naming
 * {@link org.gridgov.core.InvalidInputException}s.
 */
package org.gridgov.core.json;
