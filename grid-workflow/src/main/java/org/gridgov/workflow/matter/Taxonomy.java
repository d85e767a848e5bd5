package org.gridgov.workflow.matter;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.UnknownIdException;

/**
 * The categories a host sorts matters into.
 *
 * <p>{@link #defaults()} ships the eight categories of the issue: dispute, safety hazard,
 * sanitation and environment, public facility, special-population service, livelihood request,
 * policy consultation, emergency; each linked to the standard duty of the Dongxing list (seed
 * 001) under which grid workers handle it. A host replaces or extends it ({@link #of},
 * {@link #with}). Codes are unique. Immutable and thread-safe; Jackson reads it as
 * {@code {"categories":[...]}}.
 */
public final class Taxonomy {
    /** 矛盾纠纷. */
    public static final Category DISPUTE = new Category("DISPUTE", "矛盾纠纷", "Dispute", "DISPUTE_MEDIATION");
    /** 安全隐患. */
    public static final Category SAFETY_HAZARD =
            new Category("SAFETY_HAZARD", "安全隐患", "Safety hazard", "SAFETY_HAZARDS");
    /** 环境卫生. */
    public static final Category SANITATION =
            new Category("SANITATION", "环境卫生", "Sanitation and environment", "LIVELIHOOD_SERVICES");
    /** 公共设施. */
    public static final Category PUBLIC_FACILITY =
            new Category("PUBLIC_FACILITY", "公共设施", "Public facility", "SAFETY_HAZARDS");
    /** 特殊人群服务. */
    public static final Category SPECIAL_POPULATION =
            new Category("SPECIAL_POPULATION", "特殊人群服务", "Special-population service", "SPECIAL_POPULATIONS");
    /** 民生诉求. */
    public static final Category LIVELIHOOD =
            new Category("LIVELIHOOD", "民生诉求", "Livelihood request", "LIVELIHOOD_SERVICES");
    /** 政策咨询. */
    public static final Category POLICY_CONSULTATION =
            new Category("POLICY_CONSULTATION", "政策咨询", "Policy consultation", "POLICY_PUBLICITY");
    /** 突发事件. */
    public static final Category EMERGENCY = new Category("EMERGENCY", "突发事件", "Emergency", "EMERGENCY_REPORTING");

    private static final Taxonomy DEFAULTS = of(List.of(
            DISPUTE,
            SAFETY_HAZARD,
            SANITATION,
            PUBLIC_FACILITY,
            SPECIAL_POPULATION,
            LIVELIHOOD,
            POLICY_CONSULTATION,
            EMERGENCY));

    private final Map<String, Category> byCode;

    private Taxonomy(Map<String, Category> byCode) {
        this.byCode = byCode;
    }

    /** The default taxonomy of eight categories. */
    public static Taxonomy defaults() {
        return DEFAULTS;
    }

    /**
     * A taxonomy of these categories, in this order.
     *
     * @throws InvalidInputException if the list is empty or a code repeats
     */
    @JsonCreator
    public static Taxonomy of(@JsonProperty("categories") List<Category> categories) {
        if (categories == null || categories.isEmpty()) {
            throw new InvalidInputException("categories", "a taxonomy has at least one category", categories);
        }
        Map<String, Category> map = new LinkedHashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            Category c = categories.get(i);
            if (c == null) {
                throw new InvalidInputException("categories[" + i + "]", "a category is required", null);
            }
            if (map.putIfAbsent(c.code(), c) != null) {
                throw new InvalidInputException(
                        "categories[" + i + "].code", "a category code is unique in its taxonomy", c.code());
            }
        }
        return new Taxonomy(map);
    }

    /**
     * This taxonomy with one more category.
     *
     * @throws InvalidInputException if the code is taken
     */
    public Taxonomy with(Category category) {
        requireNonNull(category, "category");
        List<Category> all = new ArrayList<>(byCode.values());
        all.add(category);
        return of(all);
    }

    /** The categories in order. */
    @JsonProperty("categories")
    public List<Category> categories() {
        return List.copyOf(byCode.values());
    }

    /** The category with this code, if any. */
    public Optional<Category> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /**
     * The category with this code.
     *
     * @throws UnknownIdException if there is none
     */
    public Category get(String code) {
        return find(code).orElseThrow(() -> new UnknownIdException("category", String.valueOf(code)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Taxonomy && ((Taxonomy) o).categories().equals(categories());
    }

    @Override
    public int hashCode() {
        return categories().hashCode();
    }

    @Override
    public String toString() {
        return "Taxonomy" + byCode.keySet();
    }
}
