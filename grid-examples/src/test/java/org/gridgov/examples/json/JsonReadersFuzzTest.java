package org.gridgov.examples.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seeded byte mutations of a valid file for every reader: each mutant is read, or refused with
 * the typed {@link InvalidInputException} in one line without a class name; any other exception
 * (a crash, a stack trace for the user) fails the test.
 */
class JsonReadersFuzzTest {
    private static final String[] TOKENS = {
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"",
        "null",
        "-1",
        "1e999",
        "99999999999",
        "NaN",
        "\"x\"",
        "\\u0000",
        " ",
        "\"张三13800138000\"",
        "true",
        "[]",
        "{}",
        "0.5"
    };

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} seed {1}")
    @CsvSource({
        "plan.json, 1", "plan.json, 2", "plan.json, 3",
        "policy.json, 1", "policy.json, 2", "policy.json, 3",
        "holidays.json, 1", "holidays.json, 2", "holidays.json, 3",
        "grids.geojson, 1", "grids.geojson, 2", "grids.geojson, 3"
    })
    void mutantsAreReadOrRefusedWithTheTypedErrorNeverACrash(String name, long seed) throws IOException {
        byte[] valid = MalformedJsonCorpusTest.resource("valid-" + name).getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve(name);
        Files.write(file, valid);
        MalformedJsonCorpusTest.read(file); // the seed file itself is valid
        Random random = new Random(seed);
        int refused = 0;
        for (int round = 0; round < 150; round++) {
            Files.write(file, mutate(valid, random));
            try {
                MalformedJsonCorpusTest.read(file);
            } catch (InvalidInputException e) {
                MalformedJsonCorpusTest.assertOneTypedLine(e);
                assertThat(e.getMessage()).contains(name).doesNotContain("13800138000");
                refused++;
            }
        }
        assertThat(refused).as("most mutants are refused").isGreaterThan(50);
    }

    private static byte[] mutate(byte[] valid, Random random) {
        byte[] b = valid.clone();
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(b.length);
            int len = Math.min(b.length - at, random.nextInt(6));
            byte[] with = random.nextInt(8) == 0
                    ? new byte[] {(byte) (0x80 + random.nextInt(0x80))}
                    : TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
            byte[] next = new byte[b.length - len + with.length];
            System.arraycopy(b, 0, next, 0, at);
            System.arraycopy(with, 0, next, at, with.length);
            System.arraycopy(b, at + len, next, at + with.length, b.length - at - len);
            b = next;
        }
        return b;
    }
}
