package org.gridgov.workflow.sla;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link DueTimerQueue} in memory: a binary heap of timers and a set of fired keys. Superseded
 * timers stay in the heap until they come due and are dropped by the scheduler's check (lazy
 * deletion keeps scheduling O(log n) with no index by clock). Nothing survives the process: a host
 * that must not fire twice across restarts uses a durable queue. The fired keys are kept for the
 * queue's lifetime (about 100 bytes each). Thread-safe (synchronized).
 */
public final class InMemoryDueTimerQueue implements DueTimerQueue {
  private final PriorityQueue<Timer> heap = new PriorityQueue<>(Timer.DUE_ORDER);
  private final Set<TimerKey> fired = ConcurrentHashMap.newKeySet();

  @Override
  public synchronized void schedule(Timer timer) {
    heap.add(requireNonNull(timer, "timer"));
  }

  @Override
  public synchronized Optional<Timer> pollDue(Instant now) {
    Timer head = heap.peek();
    if (head == null || head.at().isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of(heap.poll());
  }

  @Override
  public boolean markFired(TimerKey key) {
    return fired.add(requireNonNull(key, "key"));
  }

  @Override
  public boolean hasFired(TimerKey key) {
    return fired.contains(key);
  }

  @Override
  public synchronized int size() {
    return heap.size();
  }
}
