package org.gridgov.core.access;

/**
 * How a host hands its users to the library: from the principal its identity system
 * authenticated (a login name, a token's subject) to an {@link Actor} with roles and areas.
 * Implementations read the host's directory; the library never stores credentials.
 */
@FunctionalInterface
public interface ActorSource {
    /**
     * The actor for {@code principal}.
     *
     * @throws org.gridgov.core.UnknownIdException if the host knows no such user
     */
    Actor actor(String principal);
}
