package org.gridgov.core.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.plan.TestPlans;

/** Test fixtures: registers over the small Jingkou plan, of invented people with valid check characters. */
final class TestRegisters {
    /** Every clear personal value in {@code small-register.json}: none may appear in any output. */
    static final List<String> CLEAR_VALUES = List.of(
            "王秀英",
            "李建国",
            "张伟",
            "陈静",
            "321102194405174028",
            "321102197809231635",
            "321102199002124010",
            "321102198511302829",
            "13952861234",
            "0511-84412345",
            "84412345",
            "江苏省镇江市京口区贺家弄1号楼201室",
            "123211024660771229",
            "92321102MA1W8K3C3T",
            "19440517",
            "19780923");

    private TestRegisters() {}

    static String text(String name) {
        try (InputStream in = TestRegisters.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GridPlan plan() {
        return TestPlans.small().plan();
    }

    static RegisterFile smallFile() {
        return RegisterFile.parse(text("small-register.json"), "small-register.json");
    }

    static Register small() {
        return smallFile().toRegister(plan(), TagCatalogue.defaults());
    }
}
