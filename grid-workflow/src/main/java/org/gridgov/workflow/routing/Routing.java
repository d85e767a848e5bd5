package org.gridgov.workflow.routing;

import static java.util.Objects.requireNonNull;

import org.gridgov.workflow.mode.Mode;

/**
 * Where a matter is handled: its level, the whistle that follows from it, the rule (or action)
 * that put it there and the mode it was decided under. Immutable.
 *
 * @param level the handling level
 * @param rule the id of the routing rule that matched, or {@code escalated}/{@code de-escalated}
 * @param mode the mode of the matter's area when the routing was decided
 */
public record Routing(HandlingLevel level, String rule, Mode mode) {

  /** Checks that no part is null. */
  public Routing {
    requireNonNull(level, "level");
    requireNonNull(rule, "rule");
    requireNonNull(mode, "mode");
  }

  /** The whistle: routine for grid and community, joint for street, tough for district. */
  public Whistle whistle() {
    return level.whistle();
  }
}
