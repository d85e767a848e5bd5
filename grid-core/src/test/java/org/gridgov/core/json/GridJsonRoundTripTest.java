package org.gridgov.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.duty.Duty;
import org.gridgov.core.place.Place;
import org.gridgov.core.plan.PlanChange;
import org.gridgov.core.plan.PlanEdit;
import org.gridgov.core.plan.Totals;
import org.gridgov.core.sizing.SizingBand;
import org.gridgov.core.sizing.SizingFinding;
import org.gridgov.core.sizing.SizingRules;
import org.gridgov.core.staff.Person;
import org.gridgov.core.staff.Posting;
import org.gridgov.core.staffing.StaffingFinding;
import org.gridgov.core.staffing.TeamTemplate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every JSON type of grid-core reads and writes back to the exact same text. */
class GridJsonRoundTripTest {
    private static final Map<String, Class<?>> TYPES = Map.ofEntries(
            Map.entry("Area", Area.class),
            Map.entry("AreaCode", AreaCode.class),
            Map.entry("Place", Place.class),
            Map.entry("Person", Person.class),
            Map.entry("Posting", Posting.class),
            Map.entry("Duty", Duty.class),
            Map.entry("PlanEdit", PlanEdit.class),
            Map.entry("PlanChange", PlanChange.class),
            Map.entry("Totals", Totals.class),
            Map.entry("SizingBand", SizingBand.class),
            Map.entry("SizingRules", SizingRules.class),
            Map.entry("SizingFinding", SizingFinding.class),
            Map.entry("StaffingFinding", StaffingFinding.class),
            Map.entry("TeamTemplate", TeamTemplate.class));

    private static final ObjectMapper MAPPER = GridJson.mapper().disable(SerializationFeature.INDENT_OUTPUT);

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = GridJsonRoundTripTest.class.getResourceAsStream("round-trip.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .filter(l -> !l.isBlank() && !l.startsWith("#"))
                            .map(l -> l.split("\t", 2))
                            .map(p -> Arguments.of(p[0], p[1]))
                            .toList()
                            .stream();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void readsAndWritesTheSameText(String type, String json) throws IOException {
        Class<?> cls = TYPES.get(type);
        assertThat(cls).as("known type " + type).isNotNull();
        Object value = MAPPER.readValue(json, cls);
        assertThat(MAPPER.writeValueAsString(value)).isEqualTo(json);
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(value), cls)).isEqualTo(value);
    }
}
