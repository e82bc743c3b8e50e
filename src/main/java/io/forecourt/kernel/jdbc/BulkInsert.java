package io.forecourt.kernel.jdbc;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes many rows into one table at once, in the caller's transaction: PostgreSQL's
 * {@code COPY ... FROM STDIN} where the database is PostgreSQL (several times faster than
 * batched INSERTs, and the reason bulk imports are viable), a JDBC batch elsewhere (the
 * embedded H2). Constraint violations surface as Spring's translated exceptions
 * ({@code DuplicateKeyException} for a unique key) either way, so callers can retry.
 *
 * <p>
 * It also words look-ups of many keys at once ({@link #anyOf}, {@link #unnest}) so that
 * they plan well on PostgreSQL, which bulk work needs as much as fast writes.
 *
 * <p>
 * Table and column names come from code, never from input; values travel as COPY data or
 * bound parameters.
 */
@Component
public class BulkInsert {

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private volatile @Nullable Boolean postgres;

	public BulkInsert(DataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/**
	 * Inserts the rows, each an array of values in the order of {@code columns}: strings,
	 * numbers, booleans, UUIDs, {@link Instant}s, enums (as their name) or null.
	 */
	public void into(String table, List<String> columns, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		if (isPostgres()) {
			copy(table, columns, rows);
		}
		else {
			batch(table, columns, rows);
		}
	}

	/**
	 * A condition that {@code column} is one of many values, with the parameters to bind
	 * positionally: {@code column IN (?, ?, …)}, or on PostgreSQL
	 * {@code column IN (SELECT unnest(?))} with one array. A long IN list of parameters
	 * is a trap on PostgreSQL: once a statement is prepared, its generic plan may scan
	 * the table comparing every row with every value (seconds for a few thousand values).
	 * Where the table is large and the values select few rows, prefer {@link #unnest} as
	 * the driving table of a join, which plans as one index look-up per value.
	 * @param sqlType the column's type as PostgreSQL names it, e.g. {@code uuid} or
	 * {@code text}
	 */
	public Condition anyOf(String column, String sqlType, Collection<?> values) {
		if (values.isEmpty()) {
			return new Condition("1 = 0", List.of());
		}
		if (isPostgres()) {
			return new Condition(column + " IN (SELECT unnest(CAST(? AS " + sqlType + "[])))", List.of(array(values)));
		}
		return new Condition(column + " IN (" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")",
				List.copyOf(values));
	}

	/**
	 * PostgreSQL only: the values as a table {@code alias(column)} to drive a join, e.g.
	 * {@code FROM unnest(CAST(? AS uuid[])) AS c(id) JOIN leads l ON l.customer_id = c.id}:
	 * planned as one index look-up per value while the statistics know the other side to
	 * be large. Where they think it tiny (it filters on a key newer than the last
	 * {@code ANALYZE}, such as a launch's campaign) PostgreSQL hashes the other side
	 * instead, all of it; a lateral sub-query with {@code LIMIT}, which it cannot
	 * flatten, keeps the look-ups ({@code leads.presale.PresaleParticipants}).
	 */
	public Condition unnest(String alias, String column, String sqlType, Collection<?> values) {
		return new Condition("unnest(CAST(? AS " + sqlType + "[])) AS " + alias + "(" + column + ")",
				List.of(array(values)));
	}

	private static Object array(Collection<?> values) {
		return values.stream().map(String::valueOf).toArray(String[]::new);
	}

	/** SQL text with its positional parameters. */
	public record Condition(String sql, List<Object> params) {
	}

	public boolean isPostgres() {
		Boolean known = this.postgres;
		if (known == null) {
			known = Boolean.TRUE.equals(this.jdbc.execute((Connection connection) -> connection.getMetaData()
				.getDatabaseProductName()
				.toLowerCase(Locale.ROOT)
				.contains("postgres")));
			this.postgres = known;
		}
		return known;
	}

	private void copy(String table, List<String> columns, List<Object[]> rows) {
		StringBuilder data = new StringBuilder(rows.size() * 160);
		for (Object[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				if (i > 0) {
					data.append(',');
				}
				appendCsv(data, row[i]);
			}
			data.append('\n');
		}
		String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)";
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(data.toString()));
		}
		catch (SQLException ex) {
			throw translate(sql, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private RuntimeException translate(String sql, SQLException ex) {
		RuntimeException translated = this.jdbc.getExceptionTranslator().translate("COPY", sql, ex);
		return translated != null ? translated : new IllegalStateException(ex);
	}

	/**
	 * CSV as COPY reads it: an unquoted empty field is NULL, so every text is quoted (an
	 * empty string stays an empty string).
	 */
	private static void appendCsv(StringBuilder data, @Nullable Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof String text) {
			data.append('"');
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '"') {
					data.append('"');
				}
				data.append(c);
			}
			data.append('"');
		}
		else if (value instanceof Boolean flag) {
			data.append(flag ? 't' : 'f');
		}
		else if (value instanceof BigDecimal decimal) {
			data.append(decimal.toPlainString());
		}
		else if (value instanceof Timestamp timestamp) {
			data.append(timestamp.toInstant());
		}
		else if (value instanceof Enum<?> constant) {
			data.append(constant.name());
		}
		else {
			// numbers, UUIDs and Instants (ISO-8601 in UTC, which timestamptz reads)
			data.append(value);
		}
	}

	private void batch(String table, List<String> columns, List<Object[]> rows) {
		String placeholders = String.join(", ", Collections.nCopies(columns.size(), "?"));
		String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + placeholders + ")";
		List<Object[]> bound = rows.stream().map(BulkInsert::bindable).toList();
		this.jdbc.batchUpdate(sql, bound);
	}

	private static Object[] bindable(Object[] row) {
		Object[] copy = Arrays.copyOf(row, row.length);
		for (int i = 0; i < copy.length; i++) {
			if (copy[i] instanceof Instant instant) {
				copy[i] = Timestamp.from(instant);
			}
			else if (copy[i] instanceof Enum<?> constant) {
				copy[i] = constant.name();
			}
		}
		return copy;
	}

}
