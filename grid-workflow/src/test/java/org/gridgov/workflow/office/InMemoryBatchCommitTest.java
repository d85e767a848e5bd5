package org.gridgov.workflow.office;

/** The batch contract on the in-memory store (the interface's one-by-one default). */
class InMemoryBatchCommitTest extends BatchCommitContract {
    @Override
    protected OfficeStore newStore() {
        return new InMemoryOfficeStore();
    }
}
