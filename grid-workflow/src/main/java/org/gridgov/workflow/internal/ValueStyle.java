package org.gridgov.workflow.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.gridgov.core.MissingFieldException;
import org.immutables.value.Value;

/**
 * The Immutables style of this module: generated classes are package-private and
 * hidden behind the abstract value type, so only the type and its builder are API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        defaults = @Value.Immutable(copy = true),
        jdkOnly = true,
        // A missing required field is bad input naming the field, not an IllegalStateException.
        throwForInvalidImmutableState = MissingFieldException.class,
        // No @Generated: its class file is not on users' class path, and javac would warn.
        allowedClasspathAnnotations = {Override.class})
public @interface ValueStyle {}
