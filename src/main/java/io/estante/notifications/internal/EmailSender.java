package io.estante.notifications.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends an alert's e-mail (text and HTML alternatives) through SMTP. On when
 * {@code spring.mail.host} and {@code estante.mail.from} are set. A refused address is
 * permanent; an unreachable or unwilling server is retried.
 */
@Component
class EmailSender implements ChannelSender {

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MailSettings settings;

	private final MailComposer composer;

	private final String host;

	EmailSender(ObjectProvider<JavaMailSender> mailSender, MailSettings settings, MailComposer composer,
			Environment environment) {
		this.mailSender = mailSender;
		this.settings = settings;
		this.composer = composer;
		this.host = environment.getProperty("spring.mail.host", "");
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public boolean configured() {
		return !host.isBlank() && WhatsAppProperties.present(settings.from()) && mailSender.getIfAvailable() != null;
	}

	@Override
	public int ratePerSecond() {
		return 0;
	}

	@Override
	public SendResult send(Alert alert) {
		JavaMailSender sender = mailSender.getObject();
		MailComposer.Mail mail;
		try {
			mail = composer.compose(alert.moment(), alert.language(), alert.values());
		}
		catch (RuntimeException ex) {
			return new SendResult.Permanent("template", String.valueOf(ex.getMessage()));
		}
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(settings.from());
			helper.setTo(alert.recipient());
			helper.setSubject(mail.subject());
			helper.setText(mail.text(), mail.html());
			message.setHeader("X-Estante-Alert", String.valueOf(alert.id()));
			sender.send(message);
			return new SendResult.Sent(message.getMessageID());
		}
		catch (MessagingException | MailParseException | MailPreparationException ex) {
			return new SendResult.Permanent("invalid-message", String.valueOf(ex.getMessage()));
		}
		catch (MailSendException ex) {
			if (refusedAddress(ex)) {
				return new SendResult.Permanent("address-refused", String.valueOf(ex.getMessage()));
			}
			return new SendResult.Retry("smtp", String.valueOf(ex.getMessage()));
		}
		catch (MailAuthenticationException ex) {
			return new SendResult.Retry("smtp-auth", String.valueOf(ex.getMessage()));
		}
		catch (MailException ex) {
			return new SendResult.Retry("smtp", String.valueOf(ex.getMessage()));
		}
	}

	private static boolean refusedAddress(MailSendException ex) {
		for (Exception failure : ex.getFailedMessages().values()) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
						&& sendFailed.getInvalidAddresses().length > 0) {
					return true;
				}
			}
		}
		return false;
	}

}
