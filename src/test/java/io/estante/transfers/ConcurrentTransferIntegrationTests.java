package io.estante.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.estante.notifications.NotificationsIntegrationTest;
import io.estante.test.ApiClient;
import io.estante.test.MutableClock;
import io.estante.transfers.TransferScenario.Party;

/**
 * Two requests for the same service at the same moment (two threads, through HTTP): only
 * one is opened; the other is refused as another open request. Both confirmations at the
 * same moment move the service once. Run on PostgreSQL too
 * ({@code -Destante.test.db=postgres}).
 */
@NotificationsIntegrationTest
class ConcurrentTransferIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	TransferScenario scenario;

	@BeforeEach
	void setUp() {
		scenario = new TransferScenario(port);
	}

	@Test
	void ofTwoRequestsForTheSameServiceAtOnceOnlyOneIsOpened() throws Exception {
		Party ana = scenario.client("Ana", "es", true);
		Party beto = scenario.client("Beto", "es", true);
		Party carla = scenario.client("Carla", "es", true);
		for (int round = 0; round < 4; round++) {
			long service = scenario.activeService(ana.id(), clock.today());
			List<ApiClient.Response> answers = atOnce(() -> scenario.start(ana, service, beto.email()),
					() -> scenario.start(ana, service, carla.email()));

			assertThat(answers).extracting(ApiClient.Response::status).as("round " + round).containsOnly(201, 422);
			assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(1);
			ApiClient.Response refused = answers.stream().filter(a -> a.status() == 422).findFirst().orElseThrow();
			assertThat(refused.body().path("reasons").path(0).path("condition").asString())
				.isEqualTo("ANOTHER_TRANSFER_OPEN");
			assertThat(jdbc.sql("select count(*) from service_transfer where service_id = :s")
				.param("s", service)
				.query(Long.class)
				.single()).isEqualTo(1);
		}
	}

	@Test
	void bothConfirmationsAtOnceMoveTheServiceOnce() throws Exception {
		Party ana = scenario.client("Ana", "es", true);
		Party beto = scenario.client("Beto", "es", true);
		long service = scenario.activeService(ana.id(), clock.today());
		var created = scenario.started(ana, service, beto);
		long id = created.id("transferId");
		Map<String, String> body = Map.of("message", created.text("message"));

		List<ApiClient.Response> answers = atOnce(
				() -> ana.api().post("/api/v1/transfers/" + id + "/confirmation", body),
				() -> beto.api().post("/api/v1/transfers/" + id + "/confirmation", body));

		assertThat(answers).extracting(ApiClient.Response::status).containsOnly(200);
		assertThat(scenario.transfer(ana.api(), id).text("status")).isEqualTo("COMPLETED");
		assertThat(beto.api().get("/api/v1/services/" + service).id("clientId")).isEqualTo(beto.id());
		assertThat(jdbc.sql("select count(*) from service_event where service_id = :s and action = 'OWNER_CHANGED'")
			.param("s", service)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'transfer.completed' and subject = :s")
			.param("s", "service:" + service)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@SafeVarargs
	private static List<ApiClient.Response> atOnce(Callable<ApiClient.Response>... calls) throws Exception {
		CountDownLatch gate = new CountDownLatch(1);
		try (ExecutorService pool = Executors.newFixedThreadPool(calls.length)) {
			List<Future<ApiClient.Response>> futures = new ArrayList<>();
			for (Callable<ApiClient.Response> call : calls) {
				futures.add(pool.submit(() -> {
					gate.await();
					return call.call();
				}));
			}
			gate.countDown();
			List<ApiClient.Response> answers = new ArrayList<>();
			for (Future<ApiClient.Response> f : futures) {
				answers.add(f.get());
			}
			return answers;
		}
	}

}
