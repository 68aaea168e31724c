package io.estante.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.test.EstanteIntegrationTest;
import io.estante.test.WebSession;

/** The automation page starts a run and shows its progress until it ends. */
@EstanteIntegrationTest
class AutomationPagesTests {

	@LocalServerPort
	int port;

	@Test
	void staffStartARunAndFollowItsProgressFragment() {
		WebSession web = WebSession.staff(port, EstanteIntegrationTest.OWNER_EMAIL,
				EstanteIntegrationTest.OWNER_PASSWORD);
		var page = web.get("/admin/automation");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("id=\"run-form\"").contains("14 días antes del vencimiento");

		var started = web.post("/admin/automation/runs", Map.of());
		assertThat(started.uri()).matches(".*/admin/automation/runs/\\d+");
		assertThat(started.html()).contains("id=\"run-progress\"").contains("data-step=\"service-terminations\"");
		String progress = started.uri().replaceFirst("^http://[^/]+", "") + "/progress";
		await().atMost(Duration.ofSeconds(20)).until(() -> web.get(progress).html().contains("Completa"));
		assertThat(web.get(progress).html()).doesNotContain("hx-trigger");
		assertThat(web.get("/admin/automation").html()).contains("id=\"runs\"");

		var future = web.post("/admin/automation/runs", Map.of("date", "2999-01-01"));
		assertThat(future.html()).contains("fecha futura (01/01/2999)");
	}

}
