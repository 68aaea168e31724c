package io.estante.payments.internal.mercadopago;

import com.mercadopago.MercadoPagoConfig;
import com.mercadopago.exceptions.MPApiException;
import com.mercadopago.exceptions.MPException;
import com.mercadopago.net.MPHttpClient;
import com.mercadopago.net.MPRequest;
import com.mercadopago.net.MPResponse;

/**
 * The SDK's address is a constant ({@code MercadoPagoConfig.BASE_URL}, no setter), but
 * every client takes an {@link MPHttpClient}: this one moves each request from that
 * constant to {@code estante.payments.mercadopago.api-base-url} and hands it to the SDK's
 * own client. With the default setting it changes nothing.
 */
final class RebasedHttpClient implements MPHttpClient {

	private final MPHttpClient delegate;

	private final String base;

	RebasedHttpClient(MPHttpClient delegate, String base) {
		this.delegate = delegate;
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	@Override
	public MPResponse send(MPRequest request) throws MPException, MPApiException {
		String uri = request.getUri();
		if (uri != null && uri.startsWith(MercadoPagoConfig.BASE_URL)) {
			uri = base + uri.substring(MercadoPagoConfig.BASE_URL.length());
		}
		return delegate.send(MPRequest.builder()
			.uri(uri)
			.method(request.getMethod())
			.headers(request.getHeaders())
			.payload(request.getPayload())
			.queryParams(request.getQueryParams())
			.accessToken(request.getAccessToken())
			.connectionTimeout(request.getConnectionTimeout())
			.connectionRequestTimeout(request.getConnectionRequestTimeout())
			.socketTimeout(request.getSocketTimeout())
			.build());
	}

}
