package org.gridgov.examples.cli;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.gridgov.core.GridException;
import org.gridgov.core.InvalidInputException;

/**
 * The CSV files of {@code grid locate} (RFC 4180, through jackson-dataformat-csv): {@code id,lon,lat}
 * rows in, {@code id,grid} rows out. Reads a UTF-8 byte-order mark (Excel's exports), CRLF or LF
 * line ends, quoted fields, and ids holding commas, quotes or line breaks; writes ids quoted where
 * they need it, so that they read back exactly.
 *
 * <p>A bad row is named by file, line and column with the rule it breaks; the value itself is never
 * shown (a shifted column may hold a name or a phone number), only its length. Stateless.
 */
final class LocateCsv {
    private static final List<String> COLUMNS = List.of("id", "lon", "lat");
    private static final String ROW_RULE = "a row has 3 columns (id,lon,lat)";
    private static final CsvMapper MAPPER = new CsvMapper();
    private static final CsvSchema OUT = CsvSchema.builder()
            .addColumn("id")
            .addColumn("grid")
            .setUseHeader(true)
            .build();

    private LocateCsv() {}

    /** One point to locate, as read. */
    record Point(String id, double lon, double lat) {}

    /**
     * The points of {@code file}; a first row {@code id,lon,lat} is a header; blank lines are skipped.
     *
     * @throws InvalidInputException naming file, line and column of the first bad row
     */
    static List<Point> read(Path file) {
        String name = file.toString();
        List<Point> points = new ArrayList<>();
        try (CsvParser csv = (CsvParser) MAPPER.getFactory().createParser(file.toFile())) {
            csv.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            boolean first = true;
            while (csv.nextToken() == JsonToken.START_ARRAY) {
                String where = name + ":line " + csv.currentLocation().getLineNr();
                List<String> cells = row(csv, where);
                if (cells.size() == 1 && cells.get(0).isBlank()) {
                    continue;
                }
                if (!(first && isHeader(cells))) {
                    points.add(point(cells, where));
                }
                first = false;
            }
        } catch (CharConversionException e) {
            throw InvalidInputException.ofText(name, "must be UTF-8 text", "a byte that is not UTF-8", e);
        } catch (StreamReadException e) {
            String where = e.getLocation() == null
                    ? name
                    : name + ":line " + e.getLocation().getLineNr();
            throw InvalidInputException.ofText(
                    where,
                    "must be well-formed CSV (a quoted field closes with a quote before the comma or line end)",
                    "a field that does not",
                    e);
        } catch (IOException e) {
            throw new GridException("cannot read " + name, e);
        }
        return points;
    }

    /** The {@code id,grid} file: a header, then one row per answer (an empty grid when in none). */
    static String write(List<String[]> rows) {
        return CsvRows.write(OUT, rows);
    }

    /** The cells of the row the parser stands at; refuses more than three. */
    private static List<String> row(CsvParser csv, String where) throws IOException {
        List<String> cells = new ArrayList<>(COLUMNS.size());
        int count = 0;
        for (JsonToken t = csv.nextToken(); t != JsonToken.END_ARRAY && t != null; t = csv.nextToken()) {
            count++;
            if (count <= COLUMNS.size()) {
                cells.add(csv.getText());
            }
        }
        if (count > COLUMNS.size()) {
            throw InvalidInputException.ofText(
                    where + ": column " + (COLUMNS.size() + 1), ROW_RULE, "a row of " + count + " columns", null);
        }
        return cells;
    }

    private static boolean isHeader(List<String> cells) {
        if (cells.size() != COLUMNS.size()) {
            return false;
        }
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).strip().toLowerCase(Locale.ROOT).equals(COLUMNS.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static Point point(List<String> cells, String where) {
        if (cells.size() < COLUMNS.size()) {
            throw InvalidInputException.ofText(
                    where + ": column " + COLUMNS.get(cells.size()),
                    ROW_RULE,
                    "a row of " + cells.size() + (cells.size() == 1 ? " column" : " columns"),
                    null);
        }
        if (cells.get(0).isBlank()) {
            throw InvalidInputException.ofText(where + ": column id", "must not be blank", "a blank value", null);
        }
        double lon = coordinate(cells.get(1), where + ": column lon", 180, "a longitude from -180 to 180");
        double lat = coordinate(cells.get(2), where + ": column lat", 90, "a latitude from -90 to 90");
        return new Point(cells.get(0), lon, lat);
    }

    private static double coordinate(String text, String where, double limit, String range) {
        OptionalDouble value = Decimals.parse(text);
        if (value.isEmpty()) {
            throw InvalidInputException.ofText(where, Decimals.RULE, "a value of length " + text.length(), null);
        }
        if (Math.abs(value.getAsDouble()) > limit) {
            throw InvalidInputException.ofText(where, "must be " + range, "a value of length " + text.length(), null);
        }
        return value.getAsDouble();
    }
}
