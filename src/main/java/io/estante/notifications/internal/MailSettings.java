package io.estante.notifications.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sender of e-mail alerts ({@code estante.mail.from}); SMTP itself is Spring's
 * {@code spring.mail.*}.
 */
@ConfigurationProperties("estante.mail")
public record MailSettings(String from) {
}
