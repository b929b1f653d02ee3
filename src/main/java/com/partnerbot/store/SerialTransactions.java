package com.partnerbot.store;

import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.LocalTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * PostgreSQL's transactions as SQLite's: one at a time. Each transaction first takes one advisory lock, held until it
 * commits or rolls back, as SQLite's {@code BEGIN IMMEDIATE} takes the database's write lock. Statements outside a
 * transaction do not take it; each of those is atomic on its own.
 *
 * <p>The code reads then writes in one transaction and relies on nothing changing in between (a charter's version, a
 * reminder still scheduled, a sequence number not yet taken), which SQLite guarantees. Under PostgreSQL's READ
 * COMMITTED two such transactions could both pass their check; SERIALIZABLE would refuse one of them and need the
 * whole action run again. The lock is the database's, so processes sharing it take turns too. A lost connection
 * releases it.
 */
final class SerialTransactions extends DelegatingTransactionHandler {
    /** The advisory lock's key: any number the application owns; this one spells "pbot". */
    static final long LOCK = 0x70626f74L;

    SerialTransactions() {
        this(new LocalTransactionHandler());
    }

    private SerialTransactions(TransactionHandler delegate) {
        super(delegate);
    }

    @Override
    public TransactionHandler specialize(Handle handle) throws SQLException {
        return new SerialTransactions(getDelegate().specialize(handle));
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        return getDelegate().inTransaction(handle, locked(callback));
    }

    @Override
    public <R, X extends Exception> R inTransaction(
            Handle handle, TransactionIsolationLevel level, HandleCallback<R, X> callback) throws X {
        return getDelegate().inTransaction(handle, level, locked(callback));
    }

    private static <R, X extends Exception> HandleCallback<R, X> locked(HandleCallback<R, X> callback) {
        return h -> {
            h.createQuery("SELECT pg_advisory_xact_lock(:lock)")
                    .bind("lock", LOCK)
                    .mapToMap()
                    .one();
            return callback.withHandle(h);
        };
    }
}
