package io.estante.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.estante.test.EstanteIntegrationTest;

/**
 * A request that fails after the account was written leaves no trace: the client row, its
 * audit row and the event publication the alerts would be sent from are one transaction.
 */
@EstanteIntegrationTest
class ClientTransactionTests {

	@Autowired
	ClientManagement management;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFailureAfterTheSignUpInTheSameTransactionLeavesNoClientEventOrAuditRow() {
		String email = "rollback-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		AtomicLong id = new AtomicLong();
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			id.set(management
				.register(new ClientManagement.SignUp(email, "deshacer-todo-junto-3", "Roll", "Back", null, "es"))
				.clientId());
			assertThat(count("select count(*) from client where id = " + id.get())).isEqualTo(1);
			assertThat(count("select count(*) from audit_entry where subject = 'client:" + id.get() + "'"))
				.isEqualTo(1);
			assertThat(publications(email)).as("the welcome alert's publication, in the same transaction").isPositive();
			throw new IllegalStateException("the request fails midway");
		})).hasMessage("the request fails midway");

		assertThat(count("select count(*) from client where id = " + id.get())).isZero();
		assertThat(count("select count(*) from audit_entry where subject = 'client:" + id.get() + "'")).isZero();
		assertThat(publications(email)).isZero();
	}

	@Test
	void aRefusedDetailsChangeLeavesTheAccountAsItWas() {
		var client = management.register(
				new ClientManagement.SignUp("intact-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
						"sigue-igual-que-antes-2", "Intacta", "Cuenta", "+54 9 11 4444-1234", "es"));
		assertThatThrownBy(() -> management.updateDetails(client.clientId(),
				new ClientManagement.Details("Otro", "Nombre", "no-es-un-telefono", "en")))
			.isInstanceOf(InvalidPhoneNumber.class);
		var after = management.updateDetails(client.clientId(), new ClientManagement.Details(null, null, null, null));
		assertThat(after).isEqualTo(client);
		assertThat(count("select count(*) from audit_entry where subject = 'client:" + client.clientId()
				+ "' and action = 'CLIENT_DETAILS_CHANGED'"))
			.isZero();
	}

	private long publications(String email) {
		return jdbc.sql("select count(*) from event_publication where serialized_event like :email")
			.param("email", "%" + email + "%")
			.query(Long.class)
			.single();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
