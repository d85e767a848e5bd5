package org.gridgov.workflow.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How {@link PolicyKitExtension} builds the kit it hands each test: the district's policy folder
 * (relative to the working directory; empty: the defaults) and the instant the clock starts at.
 * Put it on the test class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PolicyKitSettings {
    /** The policy folder, as {@link org.gridgov.workflow.office.Policies#read} reads it; empty for the defaults. */
    String policies() default "";

    /** Where the clock starts, ISO 8601 with an offset. */
    String start();
}
