package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A seeded mutation fuzzer over {@code grid locate}'s CSV: whatever the bytes, the tool answers
 * (exit 0, a well-formed {@code id,grid} file) or refuses in one line (exit 2), never with a bug,
 * a stack trace or a personal value from the file.
 */
class LocateCsvFuzzTest {
    private static final String PHONE = "13812345678";
    private static final byte[] SEED = ("\uFEFFid,lon,lat\r\n"
                    + "r1,0.5,0.5\r\n"
                    + "\"r,2 \"\"x\"\"\",1.5,0.5\n"
                    + "r3,-0.25,1e-1\n"
                    + "r4,5,5\n")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] INTERESTING = (",\"\r\n.-+eEx0dfN\t " + PHONE).getBytes(StandardCharsets.US_ASCII);

    @TempDir
    static Path dir;

    private static Path grids;

    @BeforeAll
    static void twoSquareGrids() throws IOException {
        grids = Files.writeString(
                dir.resolve("grids.geojson"),
                "{\"type\":\"FeatureCollection\",\"features\":["
                        + "{\"type\":\"Feature\",\"id\":\"A\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},"
                        + "{\"type\":\"Feature\",\"id\":\"B\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[1,0],[2,0],[2,1],[1,1],[1,0]]]}}]}");
    }

    static IntStream seeds() {
        return IntStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyMutationIsAnsweredOrRefusedInOneLine(int seed) throws IOException {
        byte[] bytes = mutate(new Random(seed));
        Path points = Files.write(dir.resolve("fuzz-" + seed + ".csv"), bytes);

        CliRun run = CliRun.of("locate", "--grids", grids.toString(), "--points", points.toString());

        assertThat(run.exit()).as(run.err()).isIn(Grid.CLEAN, Grid.BAD_INPUT);
        if (run.exit() == Grid.CLEAN) {
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).startsWith("id,grid\n");
        } else {
            BadOptionsTest.assertOneCleanLine(run, points.toString());
            assertThat(run.err()).doesNotContain("internal error").doesNotContain(PHONE);
            assertThat(run.out()).isEmpty();
        }
    }

    private static byte[] mutate(Random random) {
        byte[] bytes = SEED.clone();
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            int at = random.nextInt(bytes.length + 1);
            switch (random.nextInt(4)) {
                case 0 -> bytes = splice(bytes, at, new byte[] {INTERESTING[random.nextInt(INTERESTING.length)]}, 0);
                case 1 -> bytes = splice(bytes, at, new byte[0], Math.min(1 + random.nextInt(3), bytes.length - at));
                case 2 -> bytes = splice(bytes, at, new byte[] {(byte) random.nextInt(256)}, 0);
                default -> bytes = splice(bytes, at, ("," + PHONE).getBytes(StandardCharsets.US_ASCII), 0);
            }
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int at, byte[] insert, int remove) {
        byte[] out = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
        return out;
    }
}
