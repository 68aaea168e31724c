package io.estante.quotes.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import io.estante.shared.Money;

/** Quote rows and their lines (replaced whole on each edit). */
@Repository
public class Quotes {

	private static final String COLUMNS = """
			id, client_id, status, currency, total, valid_until, invoice_id, edition, created_by, created_at,
			sent_at, decided_at, decline_reason""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	Quotes(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	long insert(long clientId, QuoteContent.Checked c, String by, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into quote (client_id, status, currency, total, valid_until, created_by, created_at, updated_at)
				values (:client, 'DRAFT', :currency, :total, :until, :by, :now, :now)""")
			.param("client", clientId)
			.param("currency", c.currency())
			.param("total", c.total().amount())
			.param("until", Date.valueOf(c.validUntil()))
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		insertLines(id, c.lines());
		return id;
	}

	void replace(long id, QuoteContent.Checked c, Instant now) {
		jdbc.sql("""
				update quote set currency = :currency, total = :total, valid_until = :until, updated_at = :now,
				       edition = edition + 1 where id = :id""")
			.param("id", id)
			.param("currency", c.currency())
			.param("total", c.total().amount())
			.param("until", Date.valueOf(c.validUntil()))
			.param("now", Timestamp.from(now))
			.update();
		jdbc.sql("delete from quote_line where quote_id = :id").param("id", id).update();
		insertLines(id, c.lines());
	}

	/** Moves the quote on when it is still in {@code from}; false when it was not. */
	boolean move(long id, Quote.Status from, Quote.Status to, Long invoiceId, String reason, Instant now) {
		return jdbc.sql("""
				update quote set status = :to, updated_at = :now,
				       sent_at = case when :to = 'SENT' then :now else sent_at end,
				       decided_at = case when :to in ('ACCEPTED', 'DECLINED') then :now else decided_at end,
				       invoice_id = coalesce(:invoice, invoice_id), decline_reason = coalesce(:reason, decline_reason)
				where id = :id and status = :from""")
			.param("id", id)
			.param("from", from.name())
			.param("to", to.name())
			.param("invoice", invoiceId, java.sql.Types.BIGINT)
			.param("reason", reason, java.sql.Types.VARCHAR)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	public Optional<Quote> byId(long id) {
		return withLines(
				jdbc.sql("select " + COLUMNS + " from quote where id = :id").param("id", id).query(Quotes::map).list())
			.stream()
			.findFirst();
	}

	/**
	 * The row locked until the transaction ends (accepting and editing one at a time).
	 */
	Optional<Quote> lock(long id) {
		return withLines(jdbc.sql("select " + COLUMNS + " from quote where id = :id for update")
			.param("id", id)
			.query(Quotes::map)
			.list()).stream().findFirst();
	}

	/**
	 * Newest first; a client's when {@code clientId} is set, drafts left out when asked.
	 */
	public List<Quote> find(Long clientId, boolean withDrafts, int limit) {
		String where = (clientId == null ? " where 1 = 1" : " where client_id = :client")
				+ (withDrafts ? "" : " and status <> 'DRAFT'");
		return withLines(
				jdbc.sql("select " + COLUMNS + " from quote" + where + " order by id desc fetch first :limit rows only")
					.params(clientId == null ? Map.of() : Map.of("client", clientId))
					.param("limit", limit)
					.query(Quotes::map)
					.list());
	}

	private void insertLines(long id, List<Quote.Line> lines) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			rows.add(new Object[] { id, i + 1, lines.get(i).description(), lines.get(i).amount().amount() });
		}
		template.batchUpdate("insert into quote_line (quote_id, position, description, amount) values (?, ?, ?, ?)",
				rows);
	}

	/** The lines of all these quotes in one query. */
	private List<Quote> withLines(List<Quote> quotes) {
		if (quotes.isEmpty()) {
			return quotes;
		}
		Map<Long, List<Quote.Line>> lines = new HashMap<>();
		Map<Long, String> currencies = new HashMap<>();
		quotes.forEach(q -> currencies.put(q.id(), q.currency()));
		jdbc.sql(
				"select quote_id, description, amount from quote_line where quote_id in (:ids) order by quote_id, position")
			.param("ids", currencies.keySet())
			.query((rs, n) -> {
				long id = rs.getLong("quote_id");
				lines.computeIfAbsent(id, k -> new ArrayList<>())
					.add(new Quote.Line(rs.getString("description"),
							Money.of(rs.getBigDecimal("amount"), currencies.get(id))));
				return id;
			})
			.list();
		return quotes.stream()
			.map(q -> new Quote(q.id(), q.clientId(), q.status(), q.total(), q.validUntil(), q.invoiceId(), q.edition(),
					q.createdBy(), q.createdAt(), q.sentAt(), q.decidedAt(), q.declineReason(),
					List.copyOf(lines.getOrDefault(q.id(), List.of()))))
			.toList();
	}

	static Quote map(ResultSet rs, int row) throws SQLException {
		Timestamp sent = rs.getTimestamp("sent_at");
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Quote(rs.getLong("id"), rs.getLong("client_id"), Quote.Status.valueOf(rs.getString("status")),
				Money.of(rs.getBigDecimal("total"), rs.getString("currency").trim()),
				rs.getDate("valid_until").toLocalDate(), rs.getObject("invoice_id", Long.class), rs.getInt("edition"),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
				sent == null ? null : sent.toInstant(), decided == null ? null : decided.toInstant(),
				rs.getString("decline_reason"), List.of());
	}

}
