package org.gridgov.workflow.sla.testkit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The scenario's clock: moves only when the scenario advances it. Not thread-safe. */
final class VirtualClock extends Clock {
  private Instant now;
  private final ZoneId zone;

  VirtualClock(Instant start, ZoneId zone) {
    this.now = start;
    this.zone = zone;
  }

  void set(Instant next) {
    now = next;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId z) {
    return new VirtualClock(now, z);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
