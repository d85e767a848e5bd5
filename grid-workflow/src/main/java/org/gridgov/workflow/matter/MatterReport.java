package org.gridgov.workflow.matter;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.workflow.internal.ValueStyle;
import org.gridgov.workflow.routing.Severity;
import org.immutables.value.Value;

/**
 * What is known about a matter when it is reported: the facts that do not change as it moves
 * through its lifecycle.
 *
 * <p>Build with {@link #builder()}. {@link #externalId()} (for example a 12345 work-order
 * number) makes intake idempotent: reporting the same external id twice yields the same matter.
 * A matter pushed down by a department ({@link SourceChannel#DEPARTMENT_PUSH}) names the
 * department and the task code (a duty code or an admitted item code) that the admission gate
 * checks. Immutable and thread-safe; {@link #toString()} masks the reporter and leaves out the
 * description.
 *
 * <p>Checks shape only (a department push names its department and task); whether the category
 * exists and the location resolves is checked at intake by the engine.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableMatterReport.class)
@JsonDeserialize(as = ImmutableMatterReport.class)
public abstract class MatterReport {

    MatterReport() {}

    /** The channel the matter came in by. */
    public abstract SourceChannel channel();

    /** The category code, from the engine's taxonomy. */
    public abstract String category();

    /** Where the matter is. */
    public abstract Location location();

    /** Other grids the matter involves besides its own location (a cross-grid dispute). */
    public abstract Set<AreaCode> otherAreas();

    /** How serious the matter is. */
    public abstract Severity severity();

    /** Who reported it (personal data). */
    @Value.Default
    public Reporter reporter() {
        return Reporter.anonymous();
    }

    /**
     * The register id of the resident who reported it (an opaque id such as {@code R-...}, never an
     * ID number), when the reporter is a known resident: a resident actor with this id may read
     * their own report.
     */
    public abstract Optional<String> reporterId();

    /** The description in words. */
    @Value.Default
    public String description() {
        return "";
    }

    /** References to photos, videos or documents held elsewhere. */
    public abstract List<String> attachments();

    /** An id the channel gave the matter, such as a 12345 work-order number. */
    public abstract Optional<String> externalId();

    /** The department that pushed the matter down, for {@link SourceChannel#DEPARTMENT_PUSH}. */
    public abstract Optional<String> department();

    /** The task the department assigns: a duty code or an admitted item code. */
    public abstract Optional<String> taskCode();

    /** Whether the matter is a professional enforcement matter of an administrative department. */
    @Value.Default
    public boolean professionalEnforcement() {
        return false;
    }

    /** Number of grids involved: its own and the other areas. */
    public int gridsInvolved() {
        return 1 + otherAreas().size();
    }

    /**
     * The report without its personal parts: the reporter masked, the description and the
     * attachments by their size (free text is personal data by default).
     */
    @Override
    public String toString() {
        return "MatterReport{channel=" + channel() + ", category=" + category() + ", location=" + location()
                + ", severity=" + severity() + ", reporter=" + reporter() + ", description="
                + description().length() + " characters, attachments="
                + attachments().size()
                + externalId().map(id -> ", externalId=" + id).orElse("")
                + department().map(d -> ", department=" + d).orElse("")
                + taskCode().map(t -> ", taskCode=" + t).orElse("") + "}";
    }

    /** A new builder. */
    public static Builder builder() {
        return ImmutableMatterReport.builder();
    }

    /** Builds a {@link MatterReport}; not thread-safe. */
    public interface Builder {
        /** Copies every field of {@code report}; later calls override them. */
        Builder from(MatterReport report);

        /** Sets the channel. */
        Builder channel(SourceChannel channel);

        /** Sets the category code. */
        Builder category(String category);

        /** Sets the location. */
        Builder location(Location location);

        /** Adds another grid involved. */
        Builder addOtherAreas(AreaCode area);

        /** Sets the severity. */
        Builder severity(Severity severity);

        /** Sets the reporter. */
        Builder reporter(Reporter reporter);

        /** Sets the register id of the reporting resident. */
        Builder reporterId(String reporterId);

        /** Sets the description. */
        Builder description(String description);

        /** Adds an attachment reference. */
        Builder addAttachments(String attachment);

        /** Sets the external id. */
        Builder externalId(String externalId);

        /** Sets the pushing department. */
        Builder department(String department);

        /** Sets the task code. */
        Builder taskCode(String taskCode);

        /** Marks the matter as professional enforcement (or not). */
        Builder professionalEnforcement(boolean professionalEnforcement);

        /** The report. */
        MatterReport build();
    }

    @Value.Check
    void check() {
        if (channel() == SourceChannel.DEPARTMENT_PUSH
                && (department().isEmpty() || taskCode().isEmpty())) {
            throw new InvalidInputException(
                    "department",
                    "a matter pushed down by a department names the department and the task code",
                    department().orElse(null));
        }
        if (externalId().isPresent() && externalId().get().isBlank()) {
            throw new InvalidInputException(
                    "externalId", "an external id is not blank", externalId().get());
        }
    }
}
