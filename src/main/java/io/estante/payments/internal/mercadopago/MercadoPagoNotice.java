package io.estante.payments.internal.mercadopago;

import com.mercadopago.resources.payment.Payment;

import io.estante.payments.gateway.GatewayReading;
import io.estante.payments.gateway.InboundNotification;
import io.estante.shared.Money;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parts of a Mercado Pago webhook that matter: its {@code type} and {@code data.id},
 * from the query string (what the signature's manifest uses) or else from the JSON body.
 */
record MercadoPagoNotice(String type, String dataId) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static MercadoPagoNotice of(InboundNotification notification) {
		JsonNode body = parse(notification.body());
		String type = notification.query("type");
		if (type == null) {
			type = body.path("type").asString(null);
		}
		String dataId = notification.query("data.id");
		if (dataId == null) {
			JsonNode id = body.path("data").path("id");
			dataId = id.isMissingNode() || id.isNull() ? null : id.asString();
		}
		return new MercadoPagoNotice(type, dataId);
	}

	/** An approved payment as the seam reports it; an unknown currency is malformed. */
	static GatewayReading confirmed(Payment payment) {
		if (payment.getTransactionAmount() == null || payment.getCurrencyId() == null) {
			return new GatewayReading.Malformed("payment " + payment.getId() + " without amount or currency");
		}
		try {
			Money amount = Money.of(payment.getTransactionAmount(), payment.getCurrencyId());
			return new GatewayReading.Confirmed(payment.getExternalReference(), amount, String.valueOf(payment.getId()),
					null);
		}
		catch (IllegalArgumentException ex) {
			return new GatewayReading.Malformed("payment " + payment.getId() + " currency " + payment.getCurrencyId());
		}
	}

	private static JsonNode parse(String body) {
		try {
			return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return JSON.createObjectNode();
		}
	}

}
