package io.forecourt.leads.routing;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.forecourt.kernel.jdbc.BulkInsert;

/**
 * Rows of a table looked up by many keys: on PostgreSQL from a join driven by
 * {@code unnest} of the keys, one index look-up per key whatever the statistics say (they
 * lag behind a bulk import, and a plan made from them scans the table), and an IN list
 * elsewhere.
 *
 * @param from the text after {@code FROM}, naming the table by its alias
 * @param where a condition for the {@code WHERE} clause
 * @param params the parameters of both, in that order
 */
record KeyedRows(String from, String where, List<Object> params) {

	/** Words such look-ups for the database at hand. */
	static final class Factory {

		private final BulkInsert bulk;

		Factory(BulkInsert bulk) {
			this.bulk = bulk;
		}

		KeyedRows of(String table, String alias, String column, Collection<UUID> keys) {
			if (this.bulk.isPostgres()) {
				BulkInsert.Condition unnest = this.bulk.unnest("k", "key", "uuid", keys);
				return new KeyedRows(
						unnest.sql() + " JOIN " + table + " " + alias + " ON " + alias + "." + column + " = k.key",
						"TRUE", unnest.params());
			}
			BulkInsert.Condition in = this.bulk.anyOf(alias + "." + column, "uuid", keys);
			return new KeyedRows(table + " " + alias, in.sql(), in.params());
		}

	}

}
