package org.gridgov.workflow.testkit;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * JUnit 5 support for policy tests: hands each test method a fresh {@link PolicyKit} built from
 * the class's {@link PolicyKitSettings}, and when the test fails for any reason (an AssertJ or
 * JUnit assertion of its own, an exception), adds the timelines of every matter the kit reported
 * to the failure.
 *
 * <pre>{@code
 * @ExtendWith(PolicyKitExtension.class)
 * @PolicyKitSettings(policies = "policies", start = "2026-03-02T09:00+08:00")
 * class SewagePolicyTest {
 *     @Test
 *     void sewageIsDueInThreeWorkingDays(PolicyKit kit) { ... }
 * }
 * }</pre>
 *
 * <p>Needs {@code org.junit.jupiter:junit-jupiter-api} on the test class path (grid-workflow
 * declares it optional). Stateless; the kit lives in the test's extension store.
 */
public final class PolicyKitExtension implements ParameterResolver, TestExecutionExceptionHandler {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(PolicyKitExtension.class);

    /** Creates the extension (JUnit does, through {@code @ExtendWith}). */
    public PolicyKitExtension() {}

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PolicyKit.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NS).getOrComputeIfAbsent("kit", k -> build(context), PolicyKit.class);
    }

    private static PolicyKit build(ExtensionContext context) {
        PolicyKitSettings settings = context.getRequiredTestClass().getAnnotation(PolicyKitSettings.class);
        if (settings == null) {
            throw new ParameterResolutionException(context.getRequiredTestClass()
                            .getName() + " needs @PolicyKitSettings(start = ...) to build a PolicyKit");
        }
        PolicyKit.Builder b = PolicyKit.builder().start(settings.start());
        if (!settings.policies().isEmpty()) {
            b.policies(Path.of(settings.policies()));
        }
        return b.build();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        PolicyKit kit = context.getStore(NS).get("kit", PolicyKit.class);
        String message = String.valueOf(thrown.getMessage());
        if (kit == null || message.contains("timeline:")) {
            throw thrown;
        }
        AssertionError failure =
                new AssertionError(message + "\nnow " + kit.now() + "; timelines:\n" + kit.timelines());
        failure.initCause(thrown);
        throw failure;
    }
}
