package org.gridgov.examples.cli;

import java.util.OptionalDouble;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Decimal numbers as people write them: {@code 119.4523}, {@code -0.5}, {@code .5}, {@code 1e-3}.
 * Not Java's wider syntax: hex floats ({@code 0x1p4}), type suffixes ({@code 119.005d}),
 * {@code NaN}, {@code Infinity} and digit strings long enough to be something else are refused.
 * Stateless.
 */
final class Decimals {
    /** The rule, in words, for messages about a coordinate. */
    static final String RULE = "must be a decimal number such as 119.4523";

    /** The rule, in words, for messages about an option's value (a distance, a speed, a factor). */
    static final String OPTION_RULE = "must be a decimal number such as 1.5";

    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(\\d{1,30}(\\.\\d{0,30})?|\\.\\d{1,30})([eE][+-]?\\d{1,3})?");

    private Decimals() {}

    /** The number {@code text} writes (surrounding spaces ignored), or empty if it is no decimal number. */
    static OptionalDouble parse(String text) {
        String t = text.strip();
        if (!DECIMAL.matcher(t).matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(t);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** Reads an option value as a decimal number. */
    static final class Converter implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            OptionalDouble number = parse(value);
            if (number.isEmpty()) {
                throw new TypeConversionException(OPTION_RULE + ", but was '" + value + "'");
            }
            return number.getAsDouble();
        }
    }
}
