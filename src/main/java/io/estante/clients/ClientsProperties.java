package io.estante.clients;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of client accounts ({@code estante.clients.*}).
 *
 * @param passwordResetLifetime how long a password-reset link works
 * @param passwordResetsPerHour reset e-mails one account gets at most per hour (more
 * requests are answered the same way but send nothing)
 */
@ConfigurationProperties("estante.clients")
public record ClientsProperties(@DefaultValue("1h") Duration passwordResetLifetime,
		@DefaultValue("3") int passwordResetsPerHour) {
}
