package org.gridgov.workflow.office;

/** The store contract on the in-memory store. */
class InMemoryOfficeStoreTest extends OfficeStoreContract {
    @Override
    protected OfficeStore newStore() {
        return new InMemoryOfficeStore();
    }
}
