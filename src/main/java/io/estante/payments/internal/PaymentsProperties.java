package io.estante.payments.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Gateway settings ({@code estante.payments.*}). A gateway is on when its key or token is
 * set; its webhook is accepted only with its secret. {@code toString} hides every
 * credential, so these settings can never reach a log.
 */
@ConfigurationProperties("estante.payments")
public record PaymentsProperties(@DefaultValue Stripe stripe, @DefaultValue MercadoPago mercadopago,
		@DefaultValue BankTransfer bankTransfer) {

	public record Stripe(@DefaultValue("https://api.stripe.com") String apiBaseUrl, String secretKey,
			String webhookSecret, @DefaultValue("300s") Duration webhookTolerance) {

		public boolean enabled() {
			return present(secretKey);
		}

		@Override
		public String toString() {
			return "Stripe[apiBaseUrl=" + apiBaseUrl + ", secretKey=" + masked(secretKey) + ", webhookSecret="
					+ masked(webhookSecret) + "]";
		}

	}

	public record MercadoPago(@DefaultValue("https://api.mercadopago.com") String apiBaseUrl, String accessToken,
			String webhookSecret) {

		public boolean enabled() {
			return present(accessToken);
		}

		@Override
		public String toString() {
			return "MercadoPago[apiBaseUrl=" + apiBaseUrl + ", accessToken=" + masked(accessToken) + ", webhookSecret="
					+ masked(webhookSecret) + "]";
		}

	}

	/** Shown on unpaid invoices as the offline way to pay; empty = not shown. */
	public record BankTransfer(String instructions) {

		public boolean enabled() {
			return present(instructions);
		}

	}

	public static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	static String masked(String secret) {
		return present(secret) ? "(set)" : "(unset)";
	}

	static String trimmed(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
