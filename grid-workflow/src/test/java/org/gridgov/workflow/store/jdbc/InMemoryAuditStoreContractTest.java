package org.gridgov.workflow.store.jdbc;

import org.gridgov.core.audit.AuditStore;

/** The audit store contract on grid-core's in-memory store, the reference the JDBC store follows. */
class InMemoryAuditStoreContractTest extends AuditStoreContract {
    @Override
    protected AuditStore newStore() {
        return AuditStore.inMemory();
    }
}
