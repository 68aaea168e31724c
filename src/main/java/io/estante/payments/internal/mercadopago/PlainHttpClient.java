package io.estante.payments.internal.mercadopago;

import org.apache.http.impl.client.HttpClients;

import com.mercadopago.net.MPDefaultHttpClient;

/**
 * The SDK's own client registers only {@code https}; an {@code http://} API base (a local
 * stand-in on loopback) needs plain sockets too. Same SDK request handling, an Apache
 * client with both schemes, no cookies, no redirects (as the SDK's).
 */
final class PlainHttpClient extends MPDefaultHttpClient {

	PlainHttpClient() {
		super(HttpClients.custom().disableCookieManagement().disableRedirectHandling().useSystemProperties().build());
	}

}
