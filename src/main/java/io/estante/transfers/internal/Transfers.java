package io.estante.transfers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import io.estante.transfers.TransferCondition;
import io.estante.transfers.TransferRefused.Unmet;
import io.estante.transfers.TransferStatus;

/**
 * Transfer rows, the one-open-request-per-service key and the handled inbound messages.
 */
@Repository
public class Transfers {

	private static final String COLUMNS = """
			id, service_id, service_label, from_client_id, to_client_id, message, status, staff_approval_required,
			origin_confirmed_at, origin_via, destination_confirmed_at, destination_via, reason_code,
			reason_conditions, reason_text, decided_by, created_at, expires_at, closed_at""";

	private final JdbcClient jdbc;

	Transfers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record NewTransfer(long serviceId, String label, long fromClientId, long toClientId, boolean staffApproval,
			Instant createdAt, Instant expiresAt) {
	}

	/** Inserts a request (its message is set next, once the id is known). */
	long insert(NewTransfer t) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into service_transfer (service_id, service_label, from_client_id, to_client_id, message, status,
				       staff_approval_required, created_at, expires_at)
				values (:service, :label, :from, :to, '', 'AWAITING_CONFIRMATION', :approval, :now, :expires)""")
			.param("service", t.serviceId())
			.param("label", t.label())
			.param("from", t.fromClientId())
			.param("to", t.toClientId())
			.param("approval", t.staffApproval())
			.param("now", Timestamp.from(t.createdAt()))
			.param("expires", Timestamp.from(t.expiresAt()))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void setMessage(long id, String message) {
		jdbc.sql("update service_transfer set message = :message where id = :id")
			.param("message", message)
			.param("id", id)
			.update();
	}

	/** Takes the service's open slot; false when another open request holds it. */
	boolean claimService(long serviceId, long transferId) {
		// "do nothing" rather than a caught key violation: on PostgreSQL that would abort
		// the transaction. A concurrent insert waits for the first to commit, then
		// inserts
		// nothing.
		return jdbc.sql("""
				insert into service_transfer_open (service_id, transfer_id) values (:service, :id)
				on conflict do nothing""").param("service", serviceId).param("id", transferId).update() == 1;
	}

	Optional<Long> openFor(long serviceId) {
		return jdbc.sql("select transfer_id from service_transfer_open where service_id = :service")
			.param("service", serviceId)
			.query(Long.class)
			.optional();
	}

	public Optional<Transfer> byId(long id) {
		return jdbc.sql("select " + COLUMNS + " from service_transfer where id = :id")
			.param("id", id)
			.query(Transfers::map)
			.optional();
	}

	/**
	 * The row, locked until the transaction ends: one decision about a request at a time.
	 */
	Optional<Transfer> lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from service_transfer where id = :id for update")
			.param("id", id)
			.query(Transfers::map)
			.optional();
	}

	/** A client's requests (as origin or destination), newest first. */
	public List<Transfer> ofClient(long clientId, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from service_transfer where from_client_id = :client" + " union select "
					+ COLUMNS + " from service_transfer where to_client_id = :client"
					+ " order by id desc fetch first :limit rows only")
			.param("client", clientId)
			.param("limit", limit)
			.query(Transfers::map)
			.list();
	}

	/** Open requests this client is a party to (a handful at most). */
	List<Transfer> openOf(long clientId) {
		return jdbc
			.sql("select " + COLUMNS + " from service_transfer where status = 'AWAITING_CONFIRMATION'"
					+ " and (from_client_id = :client or to_client_id = :client) order by id")
			.param("client", clientId)
			.query(Transfers::map)
			.list();
	}

	/** Open requests whose message is exactly this text. */
	List<Transfer> openWithMessage(String message) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from service_transfer where status = 'AWAITING_CONFIRMATION' and message = :message")
			.param("message", message)
			.query(Transfers::map)
			.list();
	}

	/** Staff's list, newest first, optionally of one status, before an id (next page). */
	public List<Transfer> find(TransferStatus status, Long before, int limit) {
		return jdbc
			.sql("select " + COLUMNS + " from service_transfer where id < :before"
					+ (status == null ? "" : " and status = :status")
					+ " order by id desc fetch first :limit rows only")
			.params(status == null ? java.util.Map.of() : java.util.Map.of("status", status.name()))
			.param("before", before == null ? Long.MAX_VALUE : before)
			.param("limit", limit)
			.query(Transfers::map)
			.list();
	}

	/** Open requests past their expiry, after {@code afterId}, in id order. */
	List<Long> lapsed(Instant now, long afterId, int limit) {
		return jdbc.sql("""
				select id from service_transfer where status = 'AWAITING_CONFIRMATION' and expires_at <= :now
				  and id > :after order by id fetch first :limit rows only""")
			.param("now", Timestamp.from(now))
			.param("after", afterId)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	long countLapsed(Instant now) {
		return jdbc
			.sql("select count(*) from service_transfer where status = 'AWAITING_CONFIRMATION'"
					+ " and expires_at <= :now")
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	void confirm(long id, boolean origin, Transfer.Channel via, Instant at) {
		String side = origin ? "origin" : "destination";
		jdbc.sql("update service_transfer set " + side + "_confirmed_at = :at, " + side + "_via = :via where id = :id")
			.param("at", Timestamp.from(at))
			.param("via", via.name())
			.param("id", id)
			.update();
	}

	/** Closes an open request and frees its service's slot. */
	void close(Transfer t, TransferStatus status, Transfer.Closing code, List<Unmet> conditions, String text,
			String decidedBy, Instant at) {
		jdbc.sql("""
				update service_transfer set status = :status, reason_code = :code, reason_conditions = :conditions,
				       reason_text = :text, decided_by = :by, closed_at = :at
				where id = :id and status = 'AWAITING_CONFIRMATION'""")
			.param("status", status.name())
			.param("code", code == null ? null : code.name())
			.param("conditions", encode(conditions))
			.param("text", text)
			.param("by", decidedBy)
			.param("at", Timestamp.from(at))
			.param("id", t.id())
			.update();
		jdbc.sql("delete from service_transfer_open where service_id = :service and transfer_id = :id")
			.param("service", t.serviceId())
			.param("id", t.id())
			.update();
	}

	/** Records an inbound message as considered; false when it was before. */
	boolean handleInbound(long inboundMessageId, Long transferId, Long clientId, String outcome, Instant at) {
		return jdbc.sql("""
				insert into service_transfer_inbound (inbound_message_id, transfer_id, client_id, outcome, handled_at)
				values (:message, :transfer, :client, :outcome, :at) on conflict do nothing""")
			.param("message", inboundMessageId)
			.param("transfer", transferId)
			.param("client", clientId)
			.param("outcome", outcome)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	/**
	 * What the inbound messages about a request came to (outcome per message), oldest
	 * first.
	 */
	public List<String> inboundOutcomes(long transferId) {
		return jdbc
			.sql("select outcome from service_transfer_inbound where transfer_id = :id order by handled_at, "
					+ "inbound_message_id")
			.param("id", transferId)
			.query(String.class)
			.list();
	}

	private static Transfer map(ResultSet rs, int row) throws SQLException {
		String conditions = rs.getString("reason_conditions");
		String code = rs.getString("reason_code");
		return new Transfer(rs.getLong("id"), rs.getLong("service_id"), rs.getString("service_label"),
				rs.getLong("from_client_id"), rs.getLong("to_client_id"), rs.getString("message"),
				TransferStatus.valueOf(rs.getString("status")), rs.getBoolean("staff_approval_required"),
				instant(rs, "origin_confirmed_at"), channel(rs.getString("origin_via")),
				instant(rs, "destination_confirmed_at"), channel(rs.getString("destination_via")),
				code == null ? null : Transfer.Closing.valueOf(code), decode(conditions), rs.getString("reason_text"),
				rs.getString("decided_by"), instant(rs, "created_at"), instant(rs, "expires_at"),
				instant(rs, "closed_at"));
	}

	/** One unmet condition a line: its name and arguments separated by tabs. */
	static String encode(List<Unmet> conditions) {
		if (conditions.isEmpty()) {
			return null;
		}
		String text = conditions.stream()
			.map(u -> Stream.concat(Stream.of(u.condition().name()), u.arguments().stream())
				.collect(Collectors.joining("\t")))
			.collect(Collectors.joining("\n"));
		return text.length() > 500 ? text.substring(0, 500) : text;
	}

	static List<Unmet> decode(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("\n")).map(line -> {
			List<String> parts = List.of(line.split("\t"));
			return new Unmet(TransferCondition.valueOf(parts.getFirst()), parts.subList(1, parts.size()));
		}).toList();
	}

	private static Transfer.Channel channel(String value) {
		return value == null ? null : Transfer.Channel.valueOf(value);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return ts == null ? null : ts.toInstant();
	}

}
