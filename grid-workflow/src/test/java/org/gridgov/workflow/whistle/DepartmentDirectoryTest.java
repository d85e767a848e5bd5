package org.gridgov.workflow.whistle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.core.json.JsonInputException;
import org.gridgov.workflow.time.WorkingTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A department directory file is read strictly; a broken rule names the file, the path and the value. */
class DepartmentDirectoryTest {
    private static final String GOOD = "{\"format\": \"grid-departments/1\", \"version\": 2, \"departments\": ["
            + "{\"id\": \"district:housing\", \"name\": \"区住建局\", \"duties\": [], \"categories\": [\"SANITATION\"],"
            + " \"contacts\": [\"district:housing-duty\"], \"checkIn\": \"4wh\", \"noShowEscalatesTo\": \"district:office\"}]}";

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("policy-departments.json"), json, StandardCharsets.UTF_8);
    }

    @Test
    void aGoodFileReads() throws IOException {
        DepartmentDirectory d = DepartmentDirectory.read(write(GOOD));
        assertThat(d.version()).isEqualTo(2);
        assertThat(d.owning("SANITATION")).singleElement().satisfies(dep -> {
            assertThat(dep.checkInLimit()).isInstanceOf(WorkingTime.class);
            assertThat(dep.contacts()).containsExactly("district:housing-duty");
        });
        assertThat(d.owning("DISPUTE")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"4wh\"|\"5d\"|$.departments[0].checkIn",
                "\"district:housing\"|\"district/housing\"|$.departments[0].id",
                "\"grid-departments/1\"|\"grid-departments/2\"|$.format",
                "\"version\": 2|\"version\": 0|$.version",
                "[\"SANITATION\"]|[]|$.departments[0].categories",
                "\"noShowEscalatesTo\": \"district:office\"|\"noShowEscalatesTo\": \"\"|$.departments[0].noShowEscalatesTo",
                "\"checkIn\": \"4wh\"|\"checkIn\": \"4wh\", \"checkIn\": \"1wd\"|$.departments[0]",
                "\"contacts\"|\"phones\"|$.departments[0]"
            })
    void aBrokenRuleNamesThePath(String from, String to, String path) throws IOException {
        Path file = write(GOOD.replace(from, to));
        assertThatThrownBy(() -> DepartmentDirectory.read(file))
                .isInstanceOf(JsonInputException.class)
                .hasMessageStartingWith("policy-departments.json: " + path);
    }

    @Test
    void departmentIdsAreUnique() throws IOException {
        String dep = GOOD.substring(GOOD.indexOf("{\"id\""), GOOD.lastIndexOf(']'));
        Path file = write(GOOD.replace(dep, dep + ", " + dep));
        assertThatThrownBy(() -> DepartmentDirectory.read(file))
                .isInstanceOf(JsonInputException.class)
                .hasMessageContaining("department ids are unique");
    }
}
