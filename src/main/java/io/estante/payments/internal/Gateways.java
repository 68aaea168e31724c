package io.estante.payments.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.estante.payments.gateway.PaymentGateway;

/** Every gateway bean, by name. */
@Component
public class Gateways {

	private final List<PaymentGateway> all;

	Gateways(List<PaymentGateway> all) {
		this.all = List.copyOf(all);
	}

	public Optional<PaymentGateway> byName(String name) {
		return all.stream().filter(g -> g.name().equals(name)).findFirst();
	}

	/** The gateways configured with credentials, in a stable order (by name). */
	public List<PaymentGateway> enabled() {
		return all.stream()
			.filter(PaymentGateway::enabled)
			.sorted(java.util.Comparator.comparing(PaymentGateway::name))
			.toList();
	}

}
