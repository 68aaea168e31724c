package io.estante.payments.internal.mercadopago;

import java.util.List;

import org.springframework.stereotype.Component;

import com.mercadopago.client.payment.PaymentClient;
import com.mercadopago.client.preference.PreferenceBackUrlsRequest;
import com.mercadopago.client.preference.PreferenceClient;
import com.mercadopago.client.preference.PreferenceItemRequest;
import com.mercadopago.client.preference.PreferenceRequest;
import com.mercadopago.core.MPRequestOptions;
import com.mercadopago.exceptions.MPApiException;
import com.mercadopago.exceptions.MPException;
import com.mercadopago.net.MPDefaultHttpClient;
import com.mercadopago.net.MPHttpClient;
import com.mercadopago.resources.payment.Payment;
import com.mercadopago.resources.preference.Preference;

import io.estante.payments.gateway.Checkout;
import io.estante.payments.gateway.CheckoutRequest;
import io.estante.payments.gateway.GatewayFailure;
import io.estante.payments.gateway.GatewayReading;
import io.estante.payments.gateway.InboundNotification;
import io.estante.payments.gateway.PaymentGateway;
import io.estante.payments.internal.PaymentsProperties;

/**
 * Mercado Pago through its official SDK: a Checkout Pro preference per payment attempt
 * ({@code external_reference} = the invoice id), and notifications that count only when
 * the {@code x-signature} verifies and the payment, read back from the API ({@code GET
 * /v1/payments/{id}}), is {@code approved}. The token goes per request
 * ({@link MPRequestOptions}), never into the SDK's global configuration; the SDK's own
 * logging stays off (its default).
 */
@Component
class MercadoPagoGateway implements PaymentGateway {

	static final String NAME = "mercadopago";

	private final PaymentsProperties.MercadoPago settings;

	private final PreferenceClient preferences;

	private final PaymentClient payments;

	MercadoPagoGateway(PaymentsProperties properties) {
		this.settings = properties.mercadopago();
		MPHttpClient sdk = settings.apiBaseUrl().startsWith("http://") ? new PlainHttpClient()
				: new MPDefaultHttpClient();
		RebasedHttpClient http = new RebasedHttpClient(sdk, settings.apiBaseUrl());
		this.preferences = new PreferenceClient(http);
		this.payments = new PaymentClient(http);
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String label() {
		return "Mercado Pago";
	}

	@Override
	public boolean enabled() {
		return settings.enabled();
	}

	@Override
	public Checkout start(CheckoutRequest request) {
		PreferenceItemRequest item = PreferenceItemRequest.builder()
			.id(String.valueOf(request.invoiceId()))
			.title(request.description())
			.quantity(1)
			.currencyId(request.amount().currencyCode())
			.unitPrice(request.amount().amount())
			.build();
		PreferenceRequest preference = PreferenceRequest.builder()
			.items(List.of(item))
			.externalReference(String.valueOf(request.invoiceId()))
			.backUrls(PreferenceBackUrlsRequest.builder()
				.success(request.successUrl())
				.pending(request.pendingUrl())
				.failure(request.failureUrl())
				.build())
			.autoReturn("approved")
			.notificationUrl(request.notificationUrl())
			.build();
		try {
			Preference created = preferences.create(preference, options());
			if (created.getInitPoint() == null || created.getId() == null) {
				throw new GatewayFailure("Mercado Pago preference without id or init_point");
			}
			return new Checkout(created.getId(), created.getInitPoint());
		}
		catch (MPApiException ex) {
			throw new GatewayFailure("Mercado Pago refused the preference: HTTP " + ex.getStatusCode());
		}
		catch (MPException ex) {
			throw new GatewayFailure("Mercado Pago unreachable creating a preference", ex);
		}
	}

	@Override
	public GatewayReading read(InboundNotification notification) {
		MercadoPagoNotice notice = MercadoPagoNotice.of(notification);
		if (!PaymentsProperties.present(settings.webhookSecret())) {
			return new GatewayReading.Rejected("webhook secret not configured");
		}
		if (!MercadoPagoSignature.valid(settings.webhookSecret(), notification.header("x-signature"),
				notification.header("x-request-id"), notice.dataId())) {
			return new GatewayReading.Rejected("x-signature does not verify");
		}
		if (!"payment".equals(notice.type())) {
			return new GatewayReading.Ignored("type " + notice.type());
		}
		if (notice.dataId() == null || !notice.dataId().matches("[0-9]{1,19}")) {
			return new GatewayReading.Malformed("payment id missing or not numeric");
		}
		Payment payment = lookUp(Long.parseLong(notice.dataId()));
		if (!"approved".equals(payment.getStatus())) {
			return new GatewayReading.Ignored("payment " + payment.getId() + " is " + payment.getStatus());
		}
		return MercadoPagoNotice.confirmed(payment);
	}

	private Payment lookUp(long id) {
		try {
			return payments.get(id, options());
		}
		catch (MPApiException ex) {
			throw new GatewayFailure("Mercado Pago payment " + id + " lookup: HTTP " + ex.getStatusCode());
		}
		catch (MPException ex) {
			throw new GatewayFailure("Mercado Pago unreachable reading payment " + id, ex);
		}
	}

	private MPRequestOptions options() {
		return MPRequestOptions.builder().accessToken(settings.accessToken()).build();
	}

}
