package io.estante.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.estante.shared.notices.ClientNotice;

/** The events clients are told about say who, which moment and what to show. */
class ServiceEventsTests {

	@Test
	void clientNoticesCarryTheirMomentAndValues() {
		ClientNotice suspended = new ServiceSuspended(4, 9, "miempresa.com", "fraud-risk");
		assertThat(suspended.clientId()).isEqualTo(9);
		assertThat(suspended.moment()).isEqualTo("service-suspended");
		assertThat(suspended.values()).containsEntry("service", "miempresa.com").containsEntry("reason", "fraud-risk");
		assertThat(new ServiceReactivated(4, 9, "x.com").moment()).isEqualTo("service-reactivated");
		assertThat(new ServiceTerminated(4, 9, "x.com", null).values()).containsEntry("reason", "");
		assertThat(new ServiceTerminated(4, 9, "x.com", null).moment()).isEqualTo("service-terminated");
		assertThat(new ServiceCancelled(4, 9, "x.com", "client request").moment()).isEqualTo("service-cancelled");
		assertThat(new ServiceActivated(4, 9, 2, "x.com").moment()).isEqualTo("service-activated");
	}

}
