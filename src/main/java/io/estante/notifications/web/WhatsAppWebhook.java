package io.estante.notifications.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.estante.notifications.internal.WebhookDeliveries;
import io.estante.notifications.internal.WebhookSignature;
import io.estante.notifications.internal.WhatsAppProperties;

/**
 * Meta's webhook. GET: the verification handshake (the challenge back only with the right
 * verify token). POST: accepted only with a valid {@code X-Hub-Signature-256}; the
 * delivery is stored and the answer goes back at once, processing follows (so Meta does
 * not retry).
 */
@RestController
@RequestMapping("/webhooks/whatsapp")
class WhatsAppWebhook {

	/** Meta's payloads are small; anything this large is not one. */
	private static final int MAX_BODY = 1_000_000;

	private final WhatsAppProperties properties;

	private final WebhookDeliveries deliveries;

	WhatsAppWebhook(WhatsAppProperties properties, WebhookDeliveries deliveries) {
		this.properties = properties;
		this.deliveries = deliveries;
	}

	@GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> handshake(@RequestParam(name = "hub.mode", required = false) String mode,
			@RequestParam(name = "hub.verify_token", required = false) String token,
			@RequestParam(name = "hub.challenge", required = false) String challenge) {
		if ("subscribe".equals(mode) && challenge != null
				&& WebhookSignature.sameSecret(properties.verifyToken(), token)) {
			return ResponseEntity.ok(challenge);
		}
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body("Verification refused");
	}

	@PostMapping
	ResponseEntity<Void> receive(@RequestBody(required = false) byte[] body,
			@RequestHeader(name = "X-Hub-Signature-256", required = false) String signature) {
		if (body == null || !WebhookSignature.valid(properties.appSecret(), body, signature)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		if (body.length > MAX_BODY) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
		}
		deliveries.store(new String(body, StandardCharsets.UTF_8));
		return ResponseEntity.ok().build();
	}

}
