package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results are written whole or not at all: {@code --out} through a temporary file moved into place,
 * standard output checked for write errors (issue 16, "half-written or lost output").
 */
class OutputTest {
    private static final String GRIDS = "samples/jingkou.grids.geojson";
    private static final String OLD = "the report of yesterday's run\n";

    @TempDir
    Path dir;

    @Test
    void aFailingLocateLeavesTheOldOutFileUnchanged() throws IOException {
        Path out = Files.writeString(dir.resolve("grids.csv"), OLD);
        Path points = Files.writeString(dir.resolve("p.csv"), "id,lon,lat\nr1,119.45,32.19\nr2,119.45,east\n");

        CliRun run = CliRun.of("locate", "--grids", GRIDS, "--points", points.toString(), "--out", out.toString());

        assertThat(run.exit()).isEqualTo(Grid.BAD_INPUT);
        assertThat(Files.readString(out)).isEqualTo(OLD);
        assertThat(siblings()).containsExactlyInAnyOrder("grids.csv", "p.csv");
    }

    @Test
    void aFailingCoverageCheckLeavesTheOldOutFileUnchanged() throws IOException {
        Path out = Files.writeString(dir.resolve("report.json"), OLD);

        CliRun run = CliRun.of("coverage", "check", "--grids", GRIDS, "--gap-width-m", "-1", "--out", out.toString());

        assertThat(run.exit()).isEqualTo(Grid.BAD_INPUT);
        assertThat(run.err()).isEqualTo("grid: --gap-width-m: must be a finite number of metres >= 0, but was -1.0\n");
        assertThat(Files.readString(out)).isEqualTo(OLD);
    }

    @Test
    void aSuccessfulRunReplacesTheOldFileWholeAndLeavesNoTemporaryFile() throws IOException {
        Path out = Files.writeString(dir.resolve("report.txt"), OLD);

        CliRun run = CliRun.of(
                "coverage",
                "check",
                "--grids",
                GRIDS,
                "--parent",
                "samples/jingkou.areas.geojson",
                "--out",
                out.toString());

        assertThat(run.exit()).isEqualTo(Grid.CLEAN);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("VALID: 288 grids, 0 findings");
        assertThat(siblings()).containsExactly("report.txt");
    }

    @Test
    void anOutFileReachedThroughASymbolicLinkIsReplacedAndTheLinkStays() throws IOException {
        Path real = Files.writeString(dir.resolve("real.csv"), OLD);
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real.getFileName());

        CliRun run = CliRun.of(
                "locate", "--grids", GRIDS, "--points", "samples/jingkou.reports.csv", "--out", link.toString());

        assertThat(run.exit()).isEqualTo(Grid.CLEAN);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).startsWith("id,grid\n12345-2026-0001,");
        assertThat(siblings()).containsExactlyInAnyOrder("real.csv", "link.csv");
    }

    @Test
    void aFailedWriteToStandardOutputExitsTwoWithOneLine() {
        StringWriter err = new StringWriter();
        PrintWriter full = new PrintWriter(new DiskFull());

        int exit = Grid.run(full, new PrintWriter(err), "plan", "check", "samples/jingkou.plan.json");

        assertThat(exit).isEqualTo(Grid.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("grid: cannot write to standard output (a full disk or a closed pipe?)\n");
    }

    private Stream<String> siblings() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList().stream();
        }
    }

    /** Standard output on a full disk: every write fails, as {@code /dev/full} does. */
    private static final class DiskFull extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }
    }
}
