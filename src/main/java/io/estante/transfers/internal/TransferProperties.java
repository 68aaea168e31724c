package io.estante.transfers.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Transfers' settings ({@code estante.transfers.*}): whether staff must approve a
 * confirmed transfer before the service moves (off by default; each request keeps the
 * setting it started with) and after how many days an unconfirmed request expires.
 */
@ConfigurationProperties("estante.transfers")
public record TransferProperties(@DefaultValue("false") boolean staffApproval, @DefaultValue("7") int expiryDays) {

	public TransferProperties {
		if (expiryDays < 1) {
			throw new IllegalArgumentException("estante.transfers.expiry-days must be at least 1");
		}
	}

}
