package io.estante.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.estante.notifications.Mailbox;
import io.estante.notifications.NotificationTestSupport;
import io.estante.notifications.NotificationsTestSetup;
import io.estante.test.ApiClient;
import io.estante.test.FakeWhatsAppApi;
import io.estante.test.Nodes;
import io.estante.test.WebSession;

/**
 * Two application instances on one database keep nothing a client or the daily run needs
 * in memory: a client signed in on one node is signed in on the other (the session lives
 * in the database), both schedulers firing at once run the day once (the lock and the
 * completed run are checked under the lock), and each alert of that run goes out once.
 */
class MultiNodeIntegrationTests {

	private static final int SERVICES = 3;

	@Test
	void twoNodesShareSessionsRunTheDayOnceAndSendEachAlertOnce() throws Exception {
		Map<String, Object> settings = new HashMap<>(NotificationsTestSetup.properties());
		settings.putAll(Nodes.database());
		settings.putAll(Map.of("estante.automation.cron", "-", "estante.notifications.poll-interval", "50ms",
				"estante.mail.from", "Estante <alertas@estante.test>"));
		var starting = CompletableFuture.supplyAsync(() -> Nodes.start(settings));
		try (ConfigurableApplicationContext a = Nodes.start(settings);
				ConfigurableApplicationContext b = starting.get()) {
			String email = "nodos-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
			String phone = NotificationTestSupport.uniqueMobile();
			var created = new ApiClient(Nodes.port(a)).post("/api/v1/clients",
					Map.of("email", email, "password", "correct-horse-nodes", "firstName", "Nodo", "lastName", "Tester",
							"phone", phone, "language", "es"));
			assertThat(created.status()).isEqualTo(201);
			long client = created.id("id");

			WebSession onA = WebSession.client(Nodes.port(a), email, "correct-horse-nodes");
			WebSession.Page onB = onA.on(Nodes.port(b)).get("/client");
			assertThat(onB.status()).isEqualTo(200);
			assertThat(onB.uri()).doesNotContain("login");
			assertThat(onB.html()).contains("Nodo");

			JdbcClient jdbc = a.getBean(JdbcClient.class);
			LocalDate today = LocalDate.now(a.getBean(Clock.class));
			suspendedForNonPayment(jdbc, client, today.minusDays(31));

			CyclicBarrier together = new CyclicBarrier(2);
			var onNodeB = CompletableFuture.supplyAsync(() -> tick(b, together));
			boolean ranOnA = tick(a, together);
			boolean ranOnB = onNodeB.get();
			assertThat(List.of(ranOnA, ranOnB)).containsExactlyInAnyOrder(true, false);
			assertThat(a.getBean(DailySchedule.class).tick()).isFalse();
			assertThat(b.getBean(DailySchedule.class).tick()).isFalse();
			assertThat(jdbc.sql("""
					select count(*) from automation_run where as_of = :day and trigger_kind = 'SCHEDULE'""")
				.param("day", Date.valueOf(today))
				.query(Long.class)
				.single()).isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from service where client_id = :c and status = 'TERMINATED'")
				.param("c", client)
				.query(Long.class)
				.single()).isEqualTo(SERVICES);

			await().atMost(Duration.ofSeconds(60))
				.until(() -> jdbc.sql("""
						select count(*) from notification_alert
						where client_id = :c and moment = 'service-terminated' and status in ('QUEUED', 'SENDING')""")
					.param("c", client)
					.query(Long.class)
					.single() == 0 && alerts(jdbc, client).getOrDefault("EMAIL", List.of()).size() >= SERVICES);
			Map<String, List<Long>> byChannel = alerts(jdbc, client);
			assertThat(jdbc.sql("""
					select channel || ' ' || status || ' ' || coalesce(reason, '') from notification_alert
					where client_id = :c and moment = 'service-terminated'""")
				.param("c", client)
				.query(String.class)
				.list()).allMatch(alert -> alert.contains(" SENT"));
			assertThat(byChannel.get("EMAIL")).hasSize(SERVICES);
			List<String> mails = Mailbox.to(email)
				.stream()
				.map(Mailbox.Mail::alertId)
				.filter(id -> byChannel.get("EMAIL").contains(Long.valueOf(id)))
				.toList();
			assertThat(mails).hasSize(SERVICES).doesNotHaveDuplicates();
			List<String> sends = NotificationsTestSetup.WHATSAPP.acceptedFor(phone)
				.stream()
				.map(FakeWhatsAppApi.Message::callback)
				.filter(callback -> byChannel.getOrDefault("WHATSAPP", List.of())
					.stream()
					.anyMatch(id -> callback.equals("alert:" + id)))
				.toList();
			assertThat(sends).hasSize(byChannel.getOrDefault("WHATSAPP", List.of()).size()).doesNotHaveDuplicates();
		}
	}

	private static boolean tick(ConfigurableApplicationContext node, CyclicBarrier together) {
		try {
			together.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return node.getBean(DailySchedule.class).tick();
	}

	private static Map<String, List<Long>> alerts(JdbcClient jdbc, long client) {
		return jdbc
			.sql("select channel, id from notification_alert where client_id = :c and moment = 'service-terminated'")
			.param("c", client)
			.query((rs, n) -> Map.entry(rs.getString("channel"), rs.getLong("id")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/** Services suspended for non-payment on {@code since}: the run terminates them. */
	private static void suspendedForNonPayment(JdbcClient jdbc, long client, LocalDate since) {
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("insert into product_category (name, created_at) values (:name, :now)")
			.param("name", "Nodos " + client)
			.param("now", now)
			.update();
		long category = jdbc.sql("select id from product_category where name = :name")
			.param("name", "Nodos " + client)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into product (category_id, name, type, currency, created_at, updated_at)
				values (:category, 'Hosting Nodos', 'HOSTING', 'ARS', :now, :now)""")
			.param("category", category)
			.param("now", now)
			.update();
		long product = jdbc.sql("select id from product where category_id = :category")
			.param("category", category)
			.query(Long.class)
			.single();
		jdbc.sql("insert into product_price (product_id, cycle, amount) values (:p, 'MONTHLY', 1000.00)")
			.param("p", product)
			.update();
		for (int i = 0; i < SERVICES; i++) {
			jdbc.sql("""
					insert into service (client_id, product_id, label, billing_cycle, status, currency, amount_paid,
					                     period_start, next_due_date, auto_renew, suspension_reason, suspended_on,
					                     created_at, updated_at)
					values (:client, :product, :label, 'MONTHLY', 'SUSPENDED', 'ARS', 1000.00, :start, :due, false,
					        'NON_PAYMENT', :since, :now, :now)""")
				.param("client", client)
				.param("product", product)
				.param("label", "nodo-" + i + ".example.com")
				.param("start", Date.valueOf(since.minusMonths(1).minusDays(5)))
				.param("due", Date.valueOf(since.minusDays(5)))
				.param("since", Date.valueOf(since))
				.param("now", now)
				.update();
		}
	}

}
