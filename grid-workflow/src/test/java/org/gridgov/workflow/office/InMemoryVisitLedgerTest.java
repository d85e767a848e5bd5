package org.gridgov.workflow.office;

/** The visit ledger contract in memory ({@link VisitLedger#inMemory()}, the book's default). */
class InMemoryVisitLedgerTest extends VisitLedgerContract {

    @Override
    protected VisitLedger newLedger() {
        return VisitLedger.inMemory();
    }
}
