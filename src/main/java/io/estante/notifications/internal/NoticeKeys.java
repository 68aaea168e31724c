package io.estante.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

import io.estante.shared.notices.ClientNotice;
import tools.jackson.databind.json.JsonMapper;

/**
 * A notice's identity: the SHA-256 of its type and content. The event publication
 * registry delivers at least once (again after a crash, or from a second node
 * resubmitting it); the same event gives the same key, so its alerts are stored once.
 * Events that can happen twice with the same data carry an id or a timestamp to stay
 * distinct.
 */
@Component
class NoticeKeys {

	private final JsonMapper json;

	NoticeKeys(JsonMapper json) {
		this.json = json;
	}

	String keyOf(ClientNotice notice) {
		String content = notice.getClass().getName() + "\n" + json.writeValueAsString(notice);
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
