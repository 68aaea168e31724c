package io.estante.billing.internal;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who issues the invoices, as the printable invoice shows it:
 * {@code estante.billing.issuer-name} and {@code estante.billing.issuer-details}
 * (address, tax id, one line each, separated by "|").
 */
@ConfigurationProperties("estante.billing")
public record BillingProperties(@DefaultValue("Estante") String issuerName, @DefaultValue("") String issuerDetails) {

	public List<String> issuerLines() {
		return issuerDetails.isBlank() ? List.of()
				: Arrays.stream(issuerDetails.split("\\|")).map(String::strip).toList();
	}

}
