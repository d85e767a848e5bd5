package org.gridgov.workflow.office;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.gridgov.workflow.matter.MatterId;

/**
 * Striped locks by matter: work on one matter is serialised, work on matters of different stripes
 * runs in parallel. Reentrant, so a change may query the same matter. Thread-safe.
 */
final class MatterLocks {
    private static final int STRIPES = 256;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    MatterLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    <T> T with(MatterId id, Supplier<T> work) {
        ReentrantLock lock = locks[Math.floorMod(id.hashCode(), STRIPES)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
