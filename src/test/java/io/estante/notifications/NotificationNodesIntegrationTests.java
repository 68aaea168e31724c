package io.estante.notifications;

import static io.estante.notifications.NotificationsTestSetup.WHATSAPP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.estante.clients.ClientContact;
import io.estante.clients.ClientDirectory;
import io.estante.clients.PhoneNumber;
import io.estante.test.FakeWhatsAppApi;
import io.estante.test.Nodes;

/**
 * Several nodes on one database. A node stops right after notices were committed, before
 * any alert was stored or sent (its listener work is lost, as in a crash); two nodes then
 * start together on the same database, both resubmit the outstanding notices and both
 * send, while more notices arrive on each, and a claim left by a node that died mid-send
 * runs out. Every alert is sent exactly once, on WhatsApp and by e-mail.
 */
class NotificationNodesIntegrationTests {

	private static final int CLIENTS = 4;

	private static final int NOTICES_PER_NODE = 60;

	@Test
	void everyAlertIsSentOnceAcrossACrashAndTwoNodes() throws Exception {
		Map<String, Object> database = Nodes.database();
		List<Long> clients = new ArrayList<>();
		List<String> phones = new ArrayList<>();

		try (ConfigurableApplicationContext crashing = node(database, LostListenerWork.class)) {
			JdbcClient jdbc = crashing.getBean(JdbcClient.class);
			for (int i = 0; i < CLIENTS; i++) {
				String phone = NotificationTestSupport.uniqueMobile();
				clients.add(insertClient(jdbc, "Nodo" + i, i % 2 == 0 ? "es" : "en", phone));
				phones.add(phone);
			}
			publish(crashing, clients, "before-crash", 3);
			assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null")
				.query(Long.class)
				.single()).isEqualTo(CLIENTS * 3L);
			assertThat(jdbc.sql("select count(*) from notification_alert").query(Long.class).single()).isZero();
		}
		assertThat(phones.stream().mapToLong(p -> WHATSAPP.acceptedFor(p).size()).sum()).isZero();

		var first = CompletableFuture.supplyAsync(() -> node(database));
		var second = CompletableFuture.supplyAsync(() -> node(database));
		try (ConfigurableApplicationContext b = first.get(); ConfigurableApplicationContext c = second.get()) {
			JdbcClient jdbc = b.getBean(JdbcClient.class);
			// Both nodes resubmitted the outstanding notices at start: each is stored
			// once.
			await().atMost(Duration.ofSeconds(60))
				.until(() -> count(jdbc, "select count(*) from notification_alert where status = 'SENT'") == CLIENTS
						* 3L * 2);
			// A node died while sending: its claim runs out and another node sends the
			// alert.
			jdbc.sql(
					"""
							insert into notification_alert (notice_key, client_id, moment, channel, essential, language,
							       recipient, template, values_json, status, attempts, next_attempt_at, claim_token, claimed_by,
							       claim_until, created_at, updated_at)
							values ('dead-node-claim', :client, 'test-moment', 'WHATSAPP', false, 'es', :phone, 'estante_test',
							       '{"firstName":"Nodo0","code":"dead"}', 'SENDING', 1, :past, 'gone', 'dead-node', :past, :past,
							       :past)""")
				.param("client", clients.getFirst())
				.param("phone", phones.getFirst())
				.param("past", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)))
				.update();
			var publishing = CompletableFuture.runAsync(() -> publish(b, clients, "on-b", NOTICES_PER_NODE / CLIENTS));
			publish(c, clients, "on-c", NOTICES_PER_NODE / CLIENTS);
			publishing.get();

			long expected = (long) CLIENTS * (3 + 2 * (NOTICES_PER_NODE / CLIENTS)) * 2 + 1;
			await().atMost(Duration.ofSeconds(90))
				.until(() -> count(jdbc, "select count(*) from notification_alert where status = 'SENT'") == expected);
			assertThat(count(jdbc, "select count(*) from notification_alert")).isEqualTo(expected);

			List<Long> whatsAppIds = jdbc.sql("select id from notification_alert where channel = 'WHATSAPP'")
				.query(Long.class)
				.list();
			Map<String, Long> sends = phones.stream()
				.flatMap(p -> WHATSAPP.acceptedFor(p).stream())
				.collect(Collectors.groupingBy(FakeWhatsAppApi.Message::callback, Collectors.counting()));
			assertThat(sends).hasSize(whatsAppIds.size());
			assertThat(sends.values()).allMatch(n -> n == 1);
			assertThat(sends.keySet())
				.containsExactlyInAnyOrderElementsOf(whatsAppIds.stream().map(id -> "alert:" + id).toList());

			List<String> emailIds = jdbc.sql("select id from notification_alert where channel = 'EMAIL'")
				.query(String.class)
				.list();
			Map<String, Long> mails = clients.stream()
				.map(id -> jdbc.sql("select email from client where id = :id")
					.param("id", id)
					.query(String.class)
					.single())
				.flatMap(email -> Mailbox.to(email).stream())
				.collect(Collectors.groupingBy(Mailbox.Mail::alertId, Collectors.counting()));
			assertThat(mails.keySet()).containsExactlyInAnyOrderElementsOf(emailIds);
			assertThat(mails.values()).allMatch(n -> n == 1);
		}
	}

	private static void publish(ConfigurableApplicationContext node, List<Long> clients, String batch, int each) {
		TransactionTemplate transactions = node.getBean(TransactionTemplate.class);
		for (int n = 0; n < each; n++) {
			int round = n;
			transactions.executeWithoutResult(status -> clients.forEach(client -> node
				.publishEvent(TestNotice.of(client, "test-moment", Map.of("code", batch + "-" + round)))));
		}
	}

	private static long count(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static ConfigurableApplicationContext node(Map<String, Object> database, Class<?>... extra) {
		Map<String, Object> properties = new HashMap<>(NotificationsTestSetup.properties());
		properties.putAll(database);
		properties.putAll(Map.of("server.port", 0, "spring.main.banner-mode", "off", "estante.mail.from",
				"Estante <alertas@estante.test>", "estante.notifications.poll-interval", "50ms",
				"estante.notifications.retry.initial-delay", "40ms", "estante.notifications.claim-timeout", "60s",
				"estante.notifications.batch-size", "10", "estante.notifications.moments.test-moment.template",
				"estante_test", "estante.notifications.moments.test-moment.parameters", "firstName,code"));
		return Nodes.start(properties, extra);
	}

	/**
	 * The node cannot reach its clients when it handles notices, as when it dies right
	 * after the commit: the listener fails, the publications stay outstanding. Not
	 * annotated, so no component scan picks it up; only the crashing node is given it.
	 */
	static class LostListenerWork {

		@Bean
		@Primary
		ClientDirectory unreachableClients() {
			return new ClientDirectory() {
				@Override
				public Optional<ClientContact> contact(long clientId) {
					throw new IllegalStateException("node going down");
				}

				@Override
				public java.util.Map<Long, ClientContact> contacts(java.util.Collection<Long> clientIds) {
					throw new IllegalStateException("node going down");
				}

				@Override
				public Optional<ClientContact> contactByEmail(String email) {
					throw new IllegalStateException("node going down");
				}

				@Override
				public Optional<ClientContact> contactByPhone(PhoneNumber phone) {
					throw new IllegalStateException("node going down");
				}

				@Override
				public boolean exists(long clientId) {
					throw new IllegalStateException("node going down");
				}
			};
		}

	}

	private static long insertClient(JdbcClient jdbc, String name, String language, String phone) {
		String email = name.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		Timestamp now = Timestamp.from(java.time.Instant.now());
		jdbc.sql("""
				insert into client (email, email_key, password_hash, first_name, last_name, phone, phone_key,
				                    language, created_at, updated_at)
				values (:email, :email, 'none', :name, 'Tester', :phone, :key, :language, :now, :now)""")
			.param("email", email)
			.param("name", name)
			.param("phone", phone)
			.param("key", new PhoneNumber(phone).matchKey())
			.param("language", language)
			.param("now", now)
			.update();
		return jdbc.sql("select id from client where email_key = :email")
			.param("email", email)
			.query(Long.class)
			.single();
	}

}
