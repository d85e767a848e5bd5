package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The store contract on the in-memory store. */
class InMemoryOfficeStoreTest extends OfficeStoreContract {
    @Override
    protected OfficeStore newStore() {
        return new InMemoryOfficeStore();
    }

    /** The ids are {@code String.format("M%06d", n)}, written without a formatter. */
    @Test
    void idsAreTheNumberZeroPaddedToSixDigits() {
        for (long n : new long[] {1, 9, 10, 42, 99_999, 100_000, 999_999, 1_000_000, 12_345_678}) {
            assertThat(InMemoryOfficeStore.idText(n)).isEqualTo(String.format("M%06d", n));
        }
        InMemoryOfficeStore store = new InMemoryOfficeStore();
        assertThat(store.nextId().toString()).isEqualTo("M000001");
        assertThat(store.nextId().toString()).isEqualTo("M000002");
    }
}
