package io.estante.payments.internal.mercadopago;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The {@code x-signature} check against Mercado Pago's documented manifest, with a
 * signature computed independently (known HMAC-SHA256 vector below).
 */
class MercadoPagoSignatureTests {

	static final String SECRET = "your-secret";

	@Test
	void theManifestIsIdThenRequestIdThenTimestamp() {
		assertThat(MercadoPagoSignature.manifest("123456", "bb56a2f1-6aae-46ac-982e-9dcd3581d08e", "1742505638683"))
			.isEqualTo("id:123456;request-id:bb56a2f1-6aae-46ac-982e-9dcd3581d08e;ts:1742505638683;");
		assertThat(MercadoPagoSignature.manifest("ABC123", null, "1")).isEqualTo("id:abc123;ts:1;");
		assertThat(MercadoPagoSignature.manifest(null, "r-1", "1")).isEqualTo("request-id:r-1;ts:1;");
	}

	@Test
	void aSignatureOverTheManifestVerifies() {
		// HMAC-SHA256("your-secret", "id:123;request-id:abc;ts:1700000000;"), computed
		// with openssl dgst -sha256 -hmac.
		String v1 = "005aa1f70900c95413d9f7f7271dbcb5c7f89c400b9f0c49b91ea3521b35432a";
		assertThat(MercadoPagoSignature.sign(SECRET, "id:123;request-id:abc;ts:1700000000;")).isEqualTo(v1);
		assertThat(MercadoPagoSignature.valid(SECRET, "ts=1700000000,v1=" + v1, "abc", "123")).isTrue();
		assertThat(MercadoPagoSignature.valid(SECRET, " ts=1700000000 , v1=" + v1.toUpperCase(), "abc", "123"))
			.isTrue();
	}

	@Test
	void anythingElseDoesNot() {
		String v1 = "005aa1f70900c95413d9f7f7271dbcb5c7f89c400b9f0c49b91ea3521b35432a";
		assertThat(MercadoPagoSignature.valid("other-secret", "ts=1700000000,v1=" + v1, "abc", "123")).isFalse();
		assertThat(MercadoPagoSignature.valid(SECRET, "ts=1700000001,v1=" + v1, "abc", "123")).isFalse();
		assertThat(MercadoPagoSignature.valid(SECRET, "ts=1700000000,v1=" + v1, "abd", "123")).isFalse();
		assertThat(MercadoPagoSignature.valid(SECRET, "ts=1700000000,v1=" + v1, "abc", "124")).isFalse();
		assertThat(MercadoPagoSignature.valid(SECRET, "v1=" + v1, "abc", "123")).isFalse();
		assertThat(MercadoPagoSignature.valid(SECRET, "ts=1700000000", "abc", "123")).isFalse();
		assertThat(MercadoPagoSignature.valid(SECRET, null, "abc", "123")).isFalse();
		assertThat(MercadoPagoSignature.valid(null, "ts=1700000000,v1=" + v1, "abc", "123")).isFalse();
		assertThat(MercadoPagoSignature.valid("", "ts=1700000000,v1=" + v1, "abc", "123")).isFalse();
	}

}
