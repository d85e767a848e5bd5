package org.gridgov.workflow.office;

import org.gridgov.workflow.store.jdbc.JdbcOfficeStore;
import org.gridgov.workflow.testing.Databases;

/** The store contract on PostgreSQL (embedded, started from Maven): a fresh database per test. */
class JdbcOfficeStoreContractTest extends OfficeStoreContract {
    @Override
    protected OfficeStore newStore() {
        return new JdbcOfficeStore(Databases.fresh());
    }
}
