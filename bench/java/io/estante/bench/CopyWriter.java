package io.estante.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One table's rows streamed into PostgreSQL with COPY (text format) on a connection of
 * its own, so the server loads several tables at once. Foreign-key triggers are off on
 * that connection ({@code session_replication_role = replica}): the generator writes
 * parents and children in parallel and keeps them consistent by construction.
 */
final class CopyWriter implements AutoCloseable {

	private static final int FLUSH_AT = 1 << 20;

	private final Connection connection;

	private final CopyIn copy;

	private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);

	private long rows;

	CopyWriter(String database, String table, String columns) throws SQLException {
		this.connection = BenchDatabase.connect(database);
		try (Statement statement = connection.createStatement()) {
			statement.execute("set session_replication_role = replica");
			statement.execute("set synchronous_commit = off");
		}
		connection.setAutoCommit(false);
		this.copy = connection.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("copy " + table + " (" + columns + ") from stdin with (format text, null '\\N')");
	}

	/** One row; values are written with {@code toString()}, null as \N (no escaping needed). */
	void row(Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				buffer.append('\t');
			}
			buffer.append(values[i] == null ? "\\N" : values[i].toString());
		}
		buffer.append('\n');
		rows++;
		if (buffer.length() >= FLUSH_AT) {
			flush();
		}
	}

	private void flush() throws SQLException {
		byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		buffer.setLength(0);
	}

	long rows() {
		return rows;
	}

	@Override
	public void close() throws SQLException {
		try {
			flush();
			copy.endCopy();
			connection.commit();
		}
		finally {
			connection.close();
		}
	}

}
