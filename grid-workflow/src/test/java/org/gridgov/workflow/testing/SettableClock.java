package org.gridgov.workflow.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests move by hand; thread-safe. */
public final class SettableClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  public SettableClock(Instant start, ZoneId zone) {
    this.now = new AtomicReference<>(start);
    this.zone = zone;
  }

  /** A clock in Beijing time at {@code iso} (e.g. {@code 2026-02-10T09:00:00+08:00}). */
  public static SettableClock at(String iso) {
    return new SettableClock(java.time.OffsetDateTime.parse(iso).toInstant(), ZoneId.of("Asia/Shanghai"));
  }

  public void advance(Duration d) {
    now.updateAndGet(i -> i.plus(d));
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId z) {
    return new SettableClock(now.get(), z);
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
