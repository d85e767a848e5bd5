package org.gridgov.core.duty;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.UnknownIdException;

/**
 * The list of duties grid workers may be given (网格职责清单).
 *
 * <p>{@link #standard()} holds the 8 standard grid-worker duties of the Dongxing list (seed
 * 001: 基础信息采集、安全隐患排查督改、不稳定因素发现、突发事件上报、特殊人群走访服务、矛盾纠纷排查化解、
 * 政策法律法规宣传、民生服务). A host extends it with {@link #with(Duty)}; codes are unique and a
 * standard duty cannot be replaced. Immutable and thread-safe.
 */
public final class DutyCatalogue {
    /** 基础信息采集. */
    public static final Duty BASIC_INFORMATION = Duty.of("BASIC_INFORMATION", "基础信息采集", "Basic information collection");
    /** 安全隐患排查督改. */
    public static final Duty SAFETY_HAZARDS =
            Duty.of("SAFETY_HAZARDS", "安全隐患排查督改", "Safety-hazard inspection and follow-up");
    /** 不稳定因素发现. */
    public static final Duty DESTABILISING_FACTORS =
            Duty.of("DESTABILISING_FACTORS", "不稳定因素发现", "Discovery of destabilising factors");
    /** 突发事件上报. */
    public static final Duty EMERGENCY_REPORTING = Duty.of("EMERGENCY_REPORTING", "突发事件上报", "Reporting of emergencies");
    /** 特殊人群走访服务. */
    public static final Duty SPECIAL_POPULATIONS =
            Duty.of("SPECIAL_POPULATIONS", "特殊人群走访服务", "Visits and services to special populations");
    /** 矛盾纠纷排查化解. */
    public static final Duty DISPUTE_MEDIATION =
            Duty.of("DISPUTE_MEDIATION", "矛盾纠纷排查化解", "Investigation and mediation of disputes");
    /** 政策法律法规宣传. */
    public static final Duty POLICY_PUBLICITY = Duty.of("POLICY_PUBLICITY", "政策法律法规宣传", "Publicity of policy and law");
    /** 民生服务. */
    public static final Duty LIVELIHOOD_SERVICES = Duty.of("LIVELIHOOD_SERVICES", "民生服务", "Livelihood services");

    private static final DutyCatalogue STANDARD = new DutyCatalogue(List.of(
            BASIC_INFORMATION,
            SAFETY_HAZARDS,
            DESTABILISING_FACTORS,
            EMERGENCY_REPORTING,
            SPECIAL_POPULATIONS,
            DISPUTE_MEDIATION,
            POLICY_PUBLICITY,
            LIVELIHOOD_SERVICES));

    private final Map<String, Duty> byCode;

    private DutyCatalogue(Collection<Duty> duties) {
        Map<String, Duty> map = new LinkedHashMap<>();
        for (Duty duty : duties) {
            map.put(duty.code(), duty);
        }
        this.byCode = map;
    }

    /** The 8 standard duties, in the order of the Dongxing list. */
    public static DutyCatalogue standard() {
        return STANDARD;
    }

    /**
     * This catalogue with one more duty.
     *
     * @throws InvalidInputException if the code is taken
     */
    public DutyCatalogue with(Duty duty) {
        requireNonNull(duty, "duty");
        if (byCode.containsKey(duty.code())) {
            throw new InvalidInputException("duties.code", "a duty code is unique in its catalogue", duty.code());
        }
        List<Duty> all = new ArrayList<>(byCode.values());
        all.add(duty);
        return new DutyCatalogue(all);
    }

    /** All duties, standard ones first, then host additions in the order added. */
    public List<Duty> duties() {
        return List.copyOf(byCode.values());
    }

    /** Whether {@code code} names one of the 8 standard duties. */
    public boolean isStandard(String code) {
        return STANDARD.byCode.containsKey(code);
    }

    /** The duty with this code, if any. */
    public Optional<Duty> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The duty with this code.
     *
     * @throws UnknownIdException if there is none
     */
    public Duty get(String code) {
        return find(code).orElseThrow(() -> new UnknownIdException("duty", code));
    }

    /** The number of duties. */
    public int size() {
        return byCode.size();
    }
}
