package org.gridgov.core.register;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.internal.JsonValues;
import org.gridgov.core.json.GridJson;
import org.gridgov.core.json.JsonInputException;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.privacy.Address;
import org.gridgov.core.privacy.CreditCode;
import org.gridgov.core.privacy.IdNumber;
import org.gridgov.core.privacy.PersonName;
import org.gridgov.core.privacy.PhoneNumber;
import org.gridgov.core.register.RegisterDocument.HouseholdEntry;
import org.gridgov.core.register.RegisterDocument.OrganisationEntry;
import org.gridgov.core.register.RegisterDocument.ResidentEntry;
import org.gridgov.core.register.RegisterDocument.VenueEntry;

/**
 * A register file, the {@code grid-register/1} format, read strictly like plans:
 *
 * <pre>{@code
 * {
 *   "format": "grid-register/1",
 *   "plan": "jingkou.plan.json",
 *   "households": [{"id": "H-0001", "grid": "321102001001001", "place": "P001001001-1",
 *                   "address": "…"}],
 *   "residents": [{"id": "R-0001", "grid": "321102001001001", "household": "H-0001",
 *                  "name": "…", "idNumber": "…", "phone": "…", "tags": ["LONE_ELDERLY"]}],
 *   "organisations": [{"id": "O-0001", "name": "…", "creditCode": "…",
 *                      "grid": "321102001001001", "place": "P001001001-2",
 *                      "tags": ["LOCAL_ORGANISATION"]}],
 *   "venues": [{"id": "V-0001", "name": "…", "kind": "MARKET", "grid": "321102001001001"}]
 * }
 * }</pre>
 *
 * <p>{@code plan} names the {@code grid-plan/1} file the register belongs to, relative to the
 * register file. Reading fails (a {@link JsonInputException} {@code FILE: $.path: rule (value)})
 * on malformed JSON, unknown fields, a missing required field, a malformed area code or record
 * id, or an id used twice. What a clerk typed wrong is reported by {@link #check} as findings
 * instead: ID numbers, phones, names, credit codes (legacy codes as their own finding), records
 * outside the plan's grids, households in another grid, unknown tags. Values are never shown,
 * only their kind and length. Immutable; {@link #toString()} shows counts only.
 */
public final class RegisterFile {
    /** The format name this class reads. */
    public static final String FORMAT = "grid-register/1";

    private final RegisterDocument doc;
    private final String source;
    private final Path base;

    private RegisterFile(RegisterDocument doc, String source, Path base) {
        this.doc = doc;
        this.source = source;
        this.base = base;
    }

    /**
     * Reads a register file.
     *
     * @throws JsonInputException naming the file, the JSON path, the rule and the value's kind
     * @throws UncheckedIOException if the file cannot be read
     */
    public static RegisterFile read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read register file " + file, e);
        }
        Path parent = file.toAbsolutePath().getParent();
        return of(GridJson.read(bytes, file.toString(), RegisterDocument.class), file.toString(), parent);
    }

    /** Reads register JSON text; {@code source} names it in errors; the plan is relative to the working folder. */
    public static RegisterFile parse(String json, String source) {
        return of(GridJson.read(json, source, RegisterDocument.class), source, Path.of(""));
    }

    private static RegisterFile of(RegisterDocument doc, String source, Path base) {
        if (!FORMAT.equals(doc.format())) {
            throw new JsonInputException(
                    source, "$.format", "is \"" + FORMAT + "\"", JsonValues.describe(doc.format()));
        }
        if (doc.plan() == null || doc.plan().isBlank()) {
            throw new JsonInputException(source, "$.plan", "names the grid-plan/1 file of the register", "missing");
        }
        Set<String> ids = new HashSet<>();
        each(doc.households(), "households", (at, e) -> {
            id(source, at, e.id(), ids);
            required(source, at + ".grid", e.grid());
            recordId(source, at + ".place", e.place());
        });
        each(doc.residents(), "residents", (at, e) -> {
            id(source, at, e.id(), ids);
            required(source, at + ".grid", e.grid());
            required(source, at + ".name", e.name());
            required(source, at + ".idNumber", e.idNumber());
            if (e.household() != null) {
                recordId(source, at + ".household", e.household());
            }
        });
        each(doc.organisations(), "organisations", (at, e) -> {
            id(source, at, e.id(), ids);
            required(source, at + ".name", e.name());
            required(source, at + ".creditCode", e.creditCode());
            required(source, at + ".grid", e.grid());
        });
        each(doc.venues(), "venues", (at, e) -> {
            id(source, at, e.id(), ids);
            required(source, at + ".name", e.name());
            required(source, at + ".kind", e.kind());
            required(source, at + ".grid", e.grid());
        });
        return new RegisterFile(doc, source, base);
    }

    /** The plan file as written in the register. */
    public String plan() {
        return doc.plan();
    }

    /** The plan file, resolved against the register file's folder. */
    public Path planPath() {
        return base.resolve(doc.plan());
    }

    /** How many records the file holds. */
    public int size() {
        return orEmpty(doc.households()).size()
                + orEmpty(doc.residents()).size()
                + orEmpty(doc.organisations()).size()
                + orEmpty(doc.venues()).size();
    }

    /** Every rule the records break against {@code plan} and {@code tags}, in file order; empty when clean. */
    public List<RegisterFinding> check(GridPlan plan, TagCatalogue tags) {
        requireNonNull(plan, "plan");
        requireNonNull(tags, "tags");
        return new FileCheck(plan, tags).run();
    }

    /**
     * The register these records make, legacy credit codes read leniently.
     *
     * @throws JsonInputException for the first finding of {@link #check} other than a legacy
     *     credit code
     */
    public Register toRegister(GridPlan plan, TagCatalogue tags) {
        for (RegisterFinding f : check(plan, tags)) {
            if (!f.rule().equals(FileCheck.LEGACY)) {
                throw new JsonInputException(source, f.path(), f.broken(), f.value());
            }
        }
        List<Household> households = new ArrayList<>();
        for (HouseholdEntry e : orEmpty(doc.households())) {
            households.add(new Household(
                    e.id(),
                    e.grid(),
                    e.place(),
                    Optional.ofNullable(e.address()).map(Address::of)));
        }
        List<Resident> residents = new ArrayList<>();
        for (ResidentEntry e : orEmpty(doc.residents())) {
            residents.add(new Resident(
                    e.id(),
                    e.grid(),
                    Optional.ofNullable(e.household()),
                    PersonName.of(e.name()),
                    IdNumber.parse(e.idNumber()),
                    Optional.ofNullable(e.phone()).map(PhoneNumber::parse),
                    Set.copyOf(orEmpty(e.tags()))));
        }
        List<Organisation> organisations = new ArrayList<>();
        for (OrganisationEntry e : orEmpty(doc.organisations())) {
            organisations.add(new Organisation(
                    e.id(),
                    e.name(),
                    CreditCode.parseLenient(e.creditCode()),
                    e.grid(),
                    Optional.ofNullable(e.place()),
                    Set.copyOf(orEmpty(e.tags()))));
        }
        List<Venue> venues = new ArrayList<>();
        for (VenueEntry e : orEmpty(doc.venues())) {
            venues.add(new Venue(e.id(), e.name(), e.kind(), e.grid(), Optional.ofNullable(e.place())));
        }
        try {
            return Register.of(plan, tags, residents, households, organisations, venues);
        } catch (InvalidInputException e) {
            throw GridJson.locate(e, source);
        }
    }

    RegisterDocument document() {
        return doc;
    }

    @Override
    public String toString() {
        return "RegisterFile[" + source + ", " + size() + " records]";
    }

    /** Checks one file against a plan and catalogue. */
    private final class FileCheck {
        static final String LEGACY = "register.credit-code.legacy";

        private final GridPlan plan;
        private final TagCatalogue tags;
        private final List<RegisterFinding> findings = new ArrayList<>();

        FileCheck(GridPlan plan, TagCatalogue tags) {
            this.plan = plan;
            this.tags = tags;
        }

        List<RegisterFinding> run() {
            Map<String, HouseholdEntry> households = new HashMap<>();
            each(doc.households(), "households", (at, e) -> {
                households.put(e.id(), e);
                grid(e.id(), at, e.grid());
                place(e.id(), at, e.grid(), e.place());
                if (e.address() != null) {
                    value("register.address", e.id(), at + ".address", () -> Address.of(e.address()));
                }
            });
            each(doc.residents(), "residents", (at, e) -> {
                grid(e.id(), at, e.grid());
                if (e.household() != null) {
                    HouseholdEntry h = households.get(e.household());
                    Optional<String> broken = h == null
                            ? Optional.of("a resident's household is a household of the register")
                            : h.grid().equals(e.grid())
                                    ? Optional.empty()
                                    : Optional.of("a resident lives in the grid of their household, " + h.grid());
                    report("register.household", e.id(), at + ".household", broken, e.household());
                }
                value("register.name", e.id(), at + ".name", () -> PersonName.of(e.name()));
                value("register.id-number", e.id(), at + ".idNumber", () -> IdNumber.parse(e.idNumber()));
                if (e.phone() != null) {
                    value("register.phone", e.id(), at + ".phone", () -> PhoneNumber.parse(e.phone()));
                }
                tagsOf(e.id(), at, e.tags(), Tag.Applies.RESIDENT);
            });
            each(doc.organisations(), "organisations", (at, e) -> {
                grid(e.id(), at, e.grid());
                place(e.id(), at, e.grid(), e.place());
                creditCode(e.id(), at + ".creditCode", e.creditCode());
                tagsOf(e.id(), at, e.tags(), Tag.Applies.ORGANISATION);
            });
            each(doc.venues(), "venues", (at, e) -> {
                grid(e.id(), at, e.grid());
                place(e.id(), at, e.grid(), e.place());
            });
            return List.copyOf(findings);
        }

        private void grid(String id, String at, AreaCode grid) {
            report("register.grid", id, at + ".grid", RegisterRules.grid(plan, grid), grid.toString());
        }

        /** A record's place, when it names one, is a place of the plan in the record's grid. */
        private void place(String id, String at, AreaCode grid, String place) {
            if (place != null) {
                report("register.place", id, at + ".place", RegisterRules.place(plan, grid, place), id);
            }
        }

        private void creditCode(String id, String at, String code) {
            Optional<String> strict = CreditCode.problem(code);
            if (strict.isEmpty()) {
                return;
            }
            try {
                CreditCode.parseLenient(code);
                findings.add(new RegisterFinding(
                        LEGACY,
                        id,
                        at,
                        "a legacy code (GB 11714 organisation code or registration number) instead of a unified"
                                + " social credit code",
                        describe(code)));
            } catch (InvalidInputException e) {
                findings.add(new RegisterFinding("register.credit-code", id, at, strict.get(), describe(code)));
            }
        }

        private void tagsOf(String id, String at, List<String> codes, Tag.Applies kind) {
            List<String> list = orEmpty(codes);
            for (int j = 0; j < list.size(); j++) {
                String code = list.get(j);
                report(
                        "register.tag",
                        id,
                        at + ".tags[" + j + "]",
                        RegisterRules.tag(tags, code, kind),
                        JsonValues.describe(code));
            }
        }

        private void value(String rule, String id, String at, Runnable parse) {
            try {
                parse.run();
            } catch (InvalidInputException e) {
                findings.add(new RegisterFinding(rule, id, at, e.rule(), e.value()));
            }
        }

        private void report(String rule, String id, String at, Optional<String> broken, String value) {
            broken.ifPresent(b -> findings.add(new RegisterFinding(rule, id, at, b, value)));
        }
    }

    private static String describe(String text) {
        int length = text.codePointCount(0, text.length());
        return "a text of " + length + (length == 1 ? " character" : " characters");
    }

    private static void id(String source, String at, String id, Set<String> ids) {
        recordId(source, at + ".id", id);
        if (!ids.add(id)) {
            throw new JsonInputException(source, at + ".id", "record ids are unique in a register", "'" + id + "'");
        }
    }

    private static void recordId(String source, String at, String id) {
        required(source, at, id);
        try {
            RecordIds.require("id", id);
        } catch (InvalidInputException e) {
            throw new JsonInputException(source, at, e.rule(), e.value());
        }
    }

    private static void required(String source, String at, Object value) {
        if (value == null) {
            throw new JsonInputException(source, at, "is required", "missing");
        }
    }

    /** Gives {@code visit} each entry of a section (absent: none) with its JSON path, in file order. */
    private static <T> void each(List<T> section, String name, BiConsumer<String, T> visit) {
        List<T> entries = orEmpty(section);
        for (int i = 0; i < entries.size(); i++) {
            visit.accept("$." + name + "[" + i + "]", entries.get(i));
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
