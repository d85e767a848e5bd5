package org.gridgov.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * The rules grid's modules keep, written against a root package so that the same rules run on the
 * real code ({@code org.gridgov}) and on the deliberately broken fixture in {@code fixture}. A
 * module is the first package below the root ({@code core}, {@code geo}, {@code workflow},
 * {@code examples}); a concept is the package below that.
 */
final class ArchitectureRules {
    private ArchitectureRules() {}

    /** No two concepts (packages {@code root.module.concept..}) reach each other, directly or in a ring. */
    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(*).(*)..")
                .namingSlices("$1.$2")
                .should()
                .beFreeOfCycles()
                .because("a concept must be understandable (and movable) without the ones that use it");
    }

    /** The given module never reaches JTS, not even through a signature. */
    static ArchRule neverReachesJts(String root, String module) {
        return noClasses()
                .that()
                .resideInAPackage(root + "." + module + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.locationtech.jts..")
                .because("JTS lives in grid-geo only; " + module + " must run without a geometry engine");
    }

    /**
     * No class uses an {@code internal} package of another module, unless that module's module-info
     * exports the package to the user's module.
     *
     * @param exportedTo qualified exports read from module-info: package to the names of the
     *     modules it is exported to
     */
    static ArchRule internalsStayInTheirModule(String root, Map<String, Set<String>> exportedTo) {
        return classes()
                .that()
                .resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("use no other module's internal package") {
                    @Override
                    public void check(JavaClass user, ConditionEvents events) {
                        String from = module(root, user.getPackageName());
                        for (Dependency dependency : user.getDirectDependenciesFromSelf()) {
                            String target = dependency.getTargetClass().getPackageName();
                            if (!target.startsWith(root + ".") || !isInternal(target)) {
                                continue;
                            }
                            String to = module(root, target);
                            boolean allowed = to.equals(from)
                                    || exportedTo.getOrDefault(target, Set.of()).contains(from);
                            if (!allowed) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .because("internal packages are implementation; module-info exports them to no one, or only"
                        + " to our own modules");
    }

    /** {@code root.core.plan.GridPlan} is in module {@code root.core}. */
    static String module(String root, String packageName) {
        if (packageName.equals(root)) {
            return root;
        }
        String rest = packageName.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return root + "." + (dot < 0 ? rest : rest.substring(0, dot));
    }

    private static boolean isInternal(String packageName) {
        return Arrays.asList(packageName.split("\\.")).contains("internal");
    }
}
