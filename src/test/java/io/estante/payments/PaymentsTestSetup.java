package io.estante.payments;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the two stand-in gateways once for the whole run and points the context at them
 * (keys, tokens and webhook secrets set, so both gateways are on). Tests tell their data
 * apart by client and invoice.
 */
public class PaymentsTestSetup implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final FakeMercadoPago MERCADO_PAGO = new FakeMercadoPago();

	public static final FakeStripe STRIPE = new FakeStripe();

	public static final String BANK_TRANSFER = "Banco Estante\nCBU 0170000000000000000001\nAlias ESTANTE.PAGOS";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("payments-test", Map.of("estante.payments.mercadopago.api-base-url",
					MERCADO_PAGO.baseUrl(), "estante.payments.mercadopago.access-token", FakeMercadoPago.TOKEN,
					"estante.payments.mercadopago.webhook-secret", FakeMercadoPago.WEBHOOK_SECRET,
					"estante.payments.stripe.api-base-url", STRIPE.baseUrl(), "estante.payments.stripe.secret-key",
					FakeStripe.SECRET_KEY, "estante.payments.stripe.webhook-secret", FakeStripe.WEBHOOK_SECRET,
					"estante.payments.bank-transfer.instructions", BANK_TRANSFER)));
	}

}
