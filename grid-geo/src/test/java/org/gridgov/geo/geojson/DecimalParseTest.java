package org.gridgov.geo.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The streaming reader's own decimal parse gives exactly the double Double.parseDouble gives, or hands over. */
class DecimalParseTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42})
    void plainDecimalsParseToTheSameDoubleAsTheJdk(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < 20_000; n++) {
            String text = randomDecimal(random);
            char[] padded = ("[" + text + ",").toCharArray();
            double parsed = CleanFileReader.decimal(padded, 1, text.length());
            if (Double.isNaN(parsed)) {
                assertThat(text.replace("-", "").replace(".", "").length())
                        .as("only long texts are handed over: " + text)
                        .isGreaterThan(15);
            } else {
                assertThat(Double.doubleToRawLongBits(parsed))
                        .as(text)
                        .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e5", "1.5E-3", "", "-", "1.2.3", "12345678901234567", "0.1234567890123456"})
    void anythingElseIsHandedToTheGeneralParser(String text) {
        assertThat(CleanFileReader.decimal(text.toCharArray(), 0, text.length()))
                .isNaN();
    }

    private static String randomDecimal(Random random) {
        StringBuilder b = new StringBuilder();
        if (random.nextBoolean()) {
            b.append('-');
        }
        int whole = random.nextInt(10);
        b.append(random.nextInt(9) + 1);
        for (int i = 0; i < whole; i++) {
            b.append(random.nextInt(10));
        }
        if (random.nextInt(5) > 0) {
            b.append('.');
            int fraction = 1 + random.nextInt(9);
            for (int i = 0; i < fraction; i++) {
                b.append(random.nextInt(10));
            }
        }
        return random.nextInt(50) == 0 ? "0.0" : b.toString();
    }
}
