package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CSV of {@code grid locate} as real files come: Excel's byte-order mark, CRLF, quoted fields,
 * ids with commas and quotes, in and out; bad rows named by line and column without their values.
 */
class LocateCsvTest {
    private static final String GRIDS = "samples/jingkou.grids.geojson";
    /** Two points in 贺家弄第1网格 (WGS84), one far outside every grid. */
    private static final String IN_GRID = "321102001001001";

    @TempDir
    Path dir;

    private CliRun locate(Path points) {
        return CliRun.of("locate", "--grids", GRIDS, "--points", points.toString());
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path file(String name, String text) throws IOException {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String[] point() {
        return new String[] {"119.4537291", "32.1926774"};
    }

    @Test
    void anExcelExportWithAByteOrderMarkAndCrlfIsReadAsItsRows() throws IOException {
        String[] p = point();
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = ("id,lon,lat\r\nr1," + p[0] + "," + p[1] + "\r\nr2,0,0\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);

        CliRun run = locate(file("excel.csv", bytes));

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("id,grid\nr1," + IN_GRID + "\nr2,\n");
    }

    @Test
    void crlfWithoutAHeaderAndWithBlankLinesIsReadToo() throws IOException {
        String[] p = point();
        CliRun run = locate(file("crlf.csv", "r1," + p[0] + "," + p[1] + "\r\n\r\nr2, 0 , 0 \r\n"));

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("id,grid\nr1," + IN_GRID + "\nr2,\n");
    }

    @Test
    void quotedIdsWithCommasQuotesAndLineBreaksComeOutExactlyAsTheyWentIn() throws IOException {
        String[] p = point();
        List<String> ids =
                List.of("plain", "Zhang, San's report", "the \"urgent\" one", "two\nlines", " spaced ", "#1");
        StringBuilder in = new StringBuilder("id,lon,lat\n");
        for (String id : ids) {
            in.append('"')
                    .append(id.replace("\"", "\"\""))
                    .append("\",")
                    .append(p[0])
                    .append(',')
                    .append(p[1])
                    .append('\n');
        }
        CliRun run = locate(file("quoted.csv", in.toString()));

        assertThat(run.err()).isEmpty();
        List<List<String>> rows = parse(run.out());
        assertThat(rows.get(0)).containsExactly("id", "grid");
        assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(0))).containsExactlyElementsOf(ids);
        assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(1))).containsOnly(IN_GRID);
        assertThat(run.out())
                .contains("\"Zhang, San's report\"," + IN_GRID + "\n")
                .contains("\"the \"\"urgent\"\" one\"," + IN_GRID + "\n")
                .contains("plain," + IN_GRID + "\n");
    }

    @Test
    void aBadRowWithANameAndAPhoneInExtraColumnsIsNamedWithoutThem() throws IOException {
        String[] p = point();
        Path points = file(
                "leak.csv", "id,lon,lat\nr1," + p[0] + "," + p[1] + "\nr2," + p[0] + "," + p[1] + ",张三,13812345678\n");
        CliRun run = locate(points);

        assertThat(run.exit()).isEqualTo(Grid.BAD_INPUT);
        assertThat(run.err())
                .isEqualTo("grid: " + points
                        + ":line 3: column 4: a row has 3 columns (id,lon,lat), but was a row of 5 columns\n")
                .doesNotContain("张三")
                .doesNotContain("13812345678");
        assertThat(run.out()).isEmpty();
    }

    static Stream<Arguments> badCells() {
        return Stream.of(
                Arguments.of(
                        "r1,0x1p4,32.19",
                        "column lon: must be a decimal number such as 119.4523, but was a value of length 5"),
                Arguments.of(
                        "r1,119.005d,32.19",
                        "column lon: must be a decimal number such as 119.4523, but was a value of length 8"),
                Arguments.of(
                        "r1,119.45,32.19f",
                        "column lat: must be a decimal number such as 119.4523, but was a value of length 6"),
                Arguments.of(
                        "r1,NaN,32.19",
                        "column lon: must be a decimal number such as 119.4523, but was a value of length 3"),
                Arguments.of(
                        "r1,Infinity,32.19",
                        "column lon: must be a decimal number such as 119.4523, but was a value of length 8"),
                Arguments.of(
                        "r1,,32.19",
                        "column lon: must be a decimal number such as 119.4523, but was a value of length 0"),
                Arguments.of(
                        "r1,13812345678,32.19",
                        "column lon: must be a longitude from -180 to 180, but was a value of length 11"),
                Arguments.of(
                        "r1,119.45,-90.5",
                        "column lat: must be a latitude from -90 to 90, but was a value of length 5"),
                Arguments.of(",119.45,32.19", "column id: must not be blank, but was a blank value"),
                Arguments.of("r1,119.45", "column lat: a row has 3 columns (id,lon,lat), but was a row of 2 columns"),
                Arguments.of("13812345678", "column lon: a row has 3 columns (id,lon,lat), but was a row of 1 column"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCells")
    void aBadCellIsNamedByLineAndColumnWithItsLengthNotItsValue(String row, String message) throws IOException {
        Path points = file("bad.csv", "id,lon,lat\r\n" + row + "\r\n");
        CliRun run = locate(points);

        assertThat(run.exit()).isEqualTo(Grid.BAD_INPUT);
        assertThat(run.err()).isEqualTo("grid: " + points + ":line 2: " + message + "\n");
    }

    @Test
    void anUnclosedQuoteIsMalformedCsvNamedByItsLine() throws IOException {
        Path points = file("open.csv", "id,lon,lat\nr1,119.45,32.19\n\"r2 张三 13812345678,119.45,32.19\n");
        CliRun run = locate(points);

        assertThat(run.exit()).isEqualTo(Grid.BAD_INPUT);
        BadOptionsTest.assertOneCleanLine(run, points + ":line ");
        assertThat(run.err()).contains("well-formed CSV").doesNotContain("张三").doesNotContain("13812345678");
    }

    @Test
    void bytesThatAreNotUtf8AreBadInput() throws IOException {
        byte[] gbk = {'r', '1', (byte) 0xD5, (byte) 0xC5, ',', '1', ',', '2', '\n'};
        Path points = file("gbk.csv", gbk);
        CliRun run = locate(points);

        assertThat(run.exit()).isEqualTo(Grid.BAD_INPUT);
        BadOptionsTest.assertOneCleanLine(run, points.toString());
        assertThat(run.err()).contains("must be UTF-8 text");
    }

    private static List<List<String>> parse(String csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvParser p = (CsvParser) new CsvMapper().getFactory().createParser(new StringReader(csv))) {
            while (p.nextToken() == JsonToken.START_ARRAY) {
                List<String> row = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    row.add(p.getText());
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
