package org.gridgov.core.duty;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.regex.Pattern;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * One duty a grid worker carries out, such as basic information collection (基础信息采集).
 *
 * <p>The {@link #code()} is stable and is what other data refers to; names are for people.
 * Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableDuty.class)
@JsonDeserialize(as = ImmutableDuty.class)
@JsonPropertyOrder({"code", "nameZh", "nameEn"})
public abstract class Duty {

    Duty() {}

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    /** Stable upper-case code, e.g. {@code BASIC_INFORMATION}. */
    public abstract String code();

    /** The name in Chinese. */
    public abstract String nameZh();

    /** The name in English. */
    public abstract String nameEn();

    /** A duty from its code and names. */
    public static Duty of(String code, String nameZh, String nameEn) {
        return ImmutableDuty.builder().code(code).nameZh(nameZh).nameEn(nameEn).build();
    }

    @Value.Check
    void check() {
        if (!CODE.matcher(code()).matches()) {
            throw new InvalidInputException(
                    "code", "a duty code is 2-64 of A-Z, 0-9 and _, starting with a letter", code());
        }
        if (nameZh().isBlank() || nameEn().isBlank()) {
            throw new InvalidInputException("name", "a duty has a Chinese and an English name", code());
        }
    }
}
