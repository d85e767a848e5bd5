package org.gridgov.workflow.store.jdbc;

import java.sql.SQLException;
import org.gridgov.core.GridException;

/**
 * The database failed a store operation (connection lost, server down, a constraint the store did
 * not expect): nothing of the operation was committed. Carries the SQL state; the message names the
 * operation, never a value.
 */
public class StoreFailureException extends GridException {
    private static final long serialVersionUID = 1L;

    private final String sqlState;

    /** A failure of {@code operation} caused by {@code cause}. */
    public StoreFailureException(String operation, SQLException cause) {
        super(operation + " failed in the database (SQL state " + cause.getSQLState() + ")", cause);
        this.sqlState = cause.getSQLState();
    }

    /** The SQL state of the failure, e.g. {@code 08006} for a lost connection. */
    public String sqlState() {
        return sqlState;
    }
}
