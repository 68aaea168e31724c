package io.estante.domains.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The registrar of each domain service. */
@Repository
class DomainRecords {

	private final JdbcClient jdbc;

	DomainRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Registrars of these services in one query; services without one are absent. */
	Map<Long, String> registrars(Collection<Long> serviceIds) {
		Map<Long, String> found = new HashMap<>();
		if (serviceIds.isEmpty()) {
			return found;
		}
		jdbc.sql("select service_id, registrar from domain_record where service_id in (:ids)")
			.param("ids", serviceIds)
			.query((rs, n) -> found.put(rs.getLong("service_id"), rs.getString("registrar")))
			.list();
		return found;
	}

	void setRegistrar(long serviceId, String registrar, String by, Instant now) {
		int updated = jdbc.sql("""
				update domain_record set registrar = :registrar, updated_at = :now, updated_by = :by
				where service_id = :id""")
			.param("id", serviceId)
			.param("registrar", registrar)
			.param("now", Timestamp.from(now))
			.param("by", by)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into domain_record (service_id, registrar, updated_at, updated_by)
					values (:id, :registrar, :now, :by)""")
				.param("id", serviceId)
				.param("registrar", registrar)
				.param("now", Timestamp.from(now))
				.param("by", by)
				.update();
		}
	}

	void delete(long serviceId) {
		jdbc.sql("delete from domain_record where service_id = :id").param("id", serviceId).update();
	}

}
