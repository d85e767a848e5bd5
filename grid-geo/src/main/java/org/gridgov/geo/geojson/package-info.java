/**
 * GeoJSON (RFC 7946) in and out for boundaries: FeatureCollections of Polygon and
 * MultiPolygon features whose id is the feature's {@code id} or a chosen property.
 *
 * <p>Entry points: {@link org.gridgov.geo.geojson.GeoJsonReader#read(java.nio.file.Path)}
 * (or {@code GeoJsonReader.of(options).readFile(path)} to take ids from
 * {@code properties.code}) returns {@link org.gridgov.geo.geojson.GeoJsonFeatures}: the
 * features and the {@link org.gridgov.geo.geojson.GeoJsonProblem}s the reader survived.
 * Real files are dirty; a defect inside one feature is data, never a crash. Only a file
 * that is not a FeatureCollection at all throws
 * {@link org.gridgov.geo.geojson.GeoJsonException}.
 * {@link org.gridgov.geo.geojson.GeoJsonWriter} writes features back, right-hand rule
 * applied.
 */
package org.gridgov.geo.geojson;
