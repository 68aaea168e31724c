package io.estante.notifications.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends template messages through the Cloud API ({@code POST
 * {api-base-url}/{phone-number-id}/messages}, bearer token). The alert's id travels as
 * {@code biz_opaque_callback_data}, so statuses and the provider's own records name it.
 */
@Component
class WhatsAppSender implements ChannelSender {

	private final WhatsAppProperties properties;

	private final NotificationProperties notifications;

	private final JsonMapper json;

	private final HttpClient http;

	WhatsAppSender(WhatsAppProperties properties, NotificationProperties notifications, JsonMapper json) {
		this.properties = properties;
		this.notifications = notifications;
		this.json = json;
		this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
	}

	@Override
	public Channel channel() {
		return Channel.WHATSAPP;
	}

	@Override
	public boolean configured() {
		return properties.sendingConfigured();
	}

	@Override
	public int ratePerSecond() {
		return properties.ratePerSecond();
	}

	@Override
	public SendResult send(Alert alert) {
		return post(payload(alert));
	}

	/**
	 * A free-form text message (allowed only inside the 24 hours after the recipient
	 * wrote), quoting the message it answers when {@code inReplyTo} is set.
	 */
	SendResult sendText(String to, String text, String inReplyTo) {
		ObjectNode root = json.createObjectNode();
		root.put("messaging_product", "whatsapp");
		root.put("recipient_type", "individual");
		root.put("to", to.startsWith("+") ? to.substring(1) : to);
		root.put("type", "text");
		if (inReplyTo != null && !inReplyTo.isBlank()) {
			root.putObject("context").put("message_id", inReplyTo);
		}
		root.putObject("text")
			.put("preview_url", false)
			.put("body", text.length() > 4096 ? text.substring(0, 4096) : text);
		return post(root);
	}

	private SendResult post(ObjectNode payload) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(properties.messagesUrl()))
			.timeout(properties.requestTimeout())
			.header("Authorization", "Bearer " + properties.accessToken())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(payload)))
			.build();
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (HttpTimeoutException ex) {
			return new SendResult.Retry("timeout", "No answer within " + properties.requestTimeout());
		}
		catch (IOException ex) {
			return new SendResult.Retry("network", String.valueOf(ex.getMessage()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new SendResult.Retry("interrupted", "Sending was interrupted");
		}
		return interpret(response.statusCode(), response.body(),
				response.headers().firstValue("Retry-After").orElse(null));
	}

	SendResult interpret(int status, String body, String retryAfter) {
		JsonNode answer = parse(body);
		if (status / 100 == 2) {
			String id = answer.path("messages").path(0).path("id").asString("");
			return id.isBlank() ? new SendResult.Retry("no-message-id", "Accepted without a message id: " + body)
					: new SendResult.Sent(id);
		}
		JsonNode error = answer.path("error");
		Integer code = error.path("code").isNumber() ? error.path("code").asInt() : null;
		String message = error.path("message").asString("HTTP " + status);
		String details = error.path("error_data").path("details").asString("");
		if (!details.isBlank() && !details.equals(message)) {
			message = message + ": " + details;
		}
		String codeText = code == null ? "http-" + status : String.valueOf(code);
		if (MetaErrors.retryable(status, code)) {
			return new SendResult.Retry(codeText, message, retryAfter(retryAfter));
		}
		return new SendResult.Permanent(codeText, message);
	}

	ObjectNode payload(Alert alert) {
		NotificationProperties.Moment moment = notifications.moment(alert.moment());
		ObjectNode root = json.createObjectNode();
		root.put("messaging_product", "whatsapp");
		root.put("recipient_type", "individual");
		root.put("to", alert.recipient().startsWith("+") ? alert.recipient().substring(1) : alert.recipient());
		root.put("type", "template");
		root.put("biz_opaque_callback_data", "alert:" + alert.id());
		ObjectNode template = root.putObject("template");
		template.put("name", alert.template());
		template.putObject("language").put("code", properties.languageCode(alert.language()));
		ArrayNode components = template.putArray("components");
		List<String> names = moment.parameters();
		if (!names.isEmpty()) {
			ObjectNode body = components.addObject();
			body.put("type", "body");
			ArrayNode parameters = body.putArray("parameters");
			for (String name : names) {
				parameters.addObject().put("type", "text").put("text", parameterText(alert.value(name)));
			}
		}
		if (moment.buttonParameter() != null && !moment.buttonParameter().isBlank()) {
			ObjectNode button = components.addObject();
			button.put("type", "button").put("sub_type", "url").put("index", "0");
			button.putArray("parameters")
				.addObject()
				.put("type", "text")
				.put("text", parameterText(alert.value(moment.buttonParameter())));
		}
		return root;
	}

	/**
	 * Template parameters may hold no new lines, tabs or runs of more than four spaces,
	 * and may not be empty.
	 */
	static String parameterText(String value) {
		if (value == null || value.isBlank()) {
			return "-";
		}
		String text = value.replaceAll("[\\r\\n\\t]+", " ").replaceAll(" {4,}", "   ").trim();
		return text.length() > 1000 ? text.substring(0, 1000) : text;
	}

	private JsonNode parse(String body) {
		try {
			return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
		}
		catch (RuntimeException ex) {
			return json.createObjectNode();
		}
	}

	private static Duration retryAfter(String header) {
		if (header == null) {
			return null;
		}
		try {
			return Duration.ofSeconds(Long.parseLong(header.trim()));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
