package io.estante.payments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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

	/**
	 * The port this context listens on, chosen free at start: {@code estante.base-url}
	 * (return and notification URLs) must name the running application, so the browser
	 * comes back to it from the stand-in checkout.
	 */
	public static final int PORT = freePort();

	public static final String BASE_URL = "http://127.0.0.1:" + PORT;

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
					"estante.payments.bank-transfer.instructions", BANK_TRANSFER, "server.port", PORT,
					"estante.base-url", BASE_URL)));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
