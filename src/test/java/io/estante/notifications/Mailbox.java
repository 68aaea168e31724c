package io.estante.notifications;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** The e-mails GreenMail received, read as a client's mail program would. */
public final class Mailbox {

	public record Mail(String to, String subject, String text, String html, String alertId) {
	}

	private Mailbox() {
	}

	public static List<Mail> to(String address) {
		return Arrays.stream(NotificationsTestSetup.MAIL.getReceivedMessages())
			.filter(m -> recipients(m).stream().anyMatch(address::equalsIgnoreCase))
			.map(Mailbox::read)
			.toList();
	}

	private static List<String> recipients(MimeMessage message) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(a -> a.toString()).toList();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Mail read(MimeMessage message) {
		try {
			String[] alert = message.getHeader("X-Estante-Alert");
			return new Mail(recipients(message).getFirst(), message.getSubject(), part(message, "text/plain"),
					part(message, "text/html"), alert == null ? null : alert[0]);
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String part(Part part, String type) throws MessagingException, IOException {
		if (part.isMimeType(type)) {
			return part.getContent().toString();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				String found = part(body, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
