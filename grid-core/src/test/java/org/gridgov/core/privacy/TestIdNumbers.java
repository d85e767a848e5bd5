package org.gridgov.core.privacy;

import java.time.LocalDate;
import java.util.Random;

/** Seeded generator of invented, valid ID numbers for tests. */
final class TestIdNumbers {
    private TestIdNumbers() {}

    /** A valid number: a Jiangsu region, a birth date 1930-2020, a sequence, its check character. */
    static String random(Random random) {
        LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(90 * 365));
        String body = String.format(
                "3211%02d%04d%02d%02d%03d",
                1 + random.nextInt(12),
                birth.getYear(),
                birth.getMonthValue(),
                birth.getDayOfMonth(),
                random.nextInt(1000));
        return body + IdNumber.checkCharacter(body);
    }
}
