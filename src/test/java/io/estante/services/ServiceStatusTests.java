package io.estante.services;

import static io.estante.services.ServiceStatus.ACTIVE;
import static io.estante.services.ServiceStatus.CANCELLED;
import static io.estante.services.ServiceStatus.PENDING;
import static io.estante.services.ServiceStatus.SUSPENDED;
import static io.estante.services.ServiceStatus.TERMINATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;

/** The state machine, every pair of states: the legal moves and nothing else. */
class ServiceStatusTests {

	static final Set<String> LEGAL = Set.of("PENDING>ACTIVE", "PENDING>CANCELLED", "ACTIVE>SUSPENDED",
			"ACTIVE>CANCELLED", "ACTIVE>TERMINATED", "SUSPENDED>ACTIVE", "SUSPENDED>CANCELLED", "SUSPENDED>TERMINATED",
			"CANCELLED>TERMINATED");

	static Stream<Arguments> everyPair() {
		return EnumSet.allOf(ServiceStatus.class)
			.stream()
			.flatMap(from -> EnumSet.allOf(ServiceStatus.class).stream().map(to -> Arguments.of(from, to)));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("everyPair")
	void allowsExactlyTheLegalMoves(ServiceStatus from, ServiceStatus to) {
		boolean legal = LEGAL.contains(from + ">" + to);
		assertThat(from.canMoveTo(to)).isEqualTo(legal);
		if (legal) {
			assertThat(from.moveTo(7, to)).isEqualTo(to);
		}
		else {
			assertThatThrownBy(() -> from.moveTo(7, to)).isInstanceOfSatisfying(IllegalServiceTransition.class, ex -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
				assertThat(ex.from()).isEqualTo(from);
				assertThat(ex.to()).isEqualTo(to);
				assertThat(ex.messageKey()).isEqualTo("services.transition.illegal");
				assertThat(ex.arguments()).containsExactly(7L, from, to);
			});
		}
	}

	@Test
	void noStateMovesToItselfAndTerminatedIsFinal() {
		for (ServiceStatus status : ServiceStatus.values()) {
			assertThat(status.canMoveTo(status)).as(status.name()).isFalse();
		}
		assertThat(TERMINATED.next()).isEmpty();
		assertThat(LEGAL).hasSize(9);
	}

	@Test
	void liveAndEndedStates() {
		assertThat(EnumSet.allOf(ServiceStatus.class).stream().filter(ServiceStatus::isLive))
			.containsExactlyInAnyOrder(ACTIVE, SUSPENDED);
		assertThat(EnumSet.allOf(ServiceStatus.class).stream().filter(ServiceStatus::isEnded))
			.containsExactlyInAnyOrder(CANCELLED, TERMINATED);
		assertThat(PENDING.isLive()).isFalse();
	}

	@Test
	void suspensionReasonsHaveKebabCodesAndParseBothForms() {
		assertThat(SuspensionReason.FRAUD_RISK.code()).isEqualTo("fraud-risk");
		assertThat(SuspensionReason.parse("fraud-risk")).contains(SuspensionReason.FRAUD_RISK);
		assertThat(SuspensionReason.parse(" NON_PAYMENT ")).contains(SuspensionReason.NON_PAYMENT);
		assertThat(SuspensionReason.parse("vacation")).isEmpty();
		assertThat(SuspensionReason.parse(null)).isEmpty();
	}

}
