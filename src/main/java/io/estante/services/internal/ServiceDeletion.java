package io.estante.services.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.estante.audit.AuditTrail;
import io.estante.services.ServiceRecords;
import io.estante.shared.NotFound;

/**
 * Deletes a service's rows in one transaction, the row locked first (see
 * {@link ServiceRecords}).
 */
@Component
class ServiceDeletion implements ServiceRecords {

	private final Services services;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ServiceDeletion(Services services, JdbcClient jdbc, AuditTrail audit) {
		this.services = services;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	@Transactional
	public void delete(long serviceId, String reason) {
		Service s = services.lock(serviceId).orElseThrow(() -> new NotFound("service", serviceId));
		for (String table : new String[] { "service_event", "service_renewal", "provisioning_task" }) {
			jdbc.sql("delete from " + table + " where service_id = :id").param("id", serviceId).update();
		}
		jdbc.sql("delete from service where id = :id").param("id", serviceId).update();
		audit.record("service.deleted", "service:" + serviceId,
				s.label() + " (client " + s.clientId() + ")" + (reason == null ? "" : ": " + reason));
	}

}
