package org.gridgov.workflow.office;

import com.google.common.util.concurrent.Striped;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;
import org.gridgov.workflow.matter.MatterId;

/**
 * Striped locks by matter (Guava's {@link Striped}): work on one matter is serialised, work on
 * matters of different stripes runs in parallel. Reentrant, so a change may query the same matter.
 * Thread-safe.
 */
final class MatterLocks {
    private static final int STRIPES = 256;
    private final Striped<Lock> locks = Striped.lock(STRIPES);

    /**
     * Takes the lock of {@code id}'s stripe and returns it; the caller unlocks it in a {@code
     * finally} (the office's change path, without a lambda per change).
     */
    Lock acquire(MatterId id) {
        Lock lock = locks.get(id);
        lock.lock();
        return lock;
    }

    <T> T with(MatterId id, Supplier<T> work) {
        Lock lock = locks.get(id);
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
