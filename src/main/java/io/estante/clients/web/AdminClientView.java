package io.estante.clients.web;

import java.time.Instant;
import java.util.List;

import io.estante.clients.internal.ClientSearch;
import io.estante.clients.internal.FraudFlags;

/**
 * A client as staff see it through the API: details, verification, fraud-risk flags
 * (those on this client, and those of others that presented its document).
 */
record AdminClientView(long id, String email, String firstName, String lastName, String phone, String language,
		boolean verified, Instant verifiedAt, String documentId, boolean fraudRisk, Instant createdAt,
		List<FlagView> fraudFlags) {

	record FlagView(long id, long clientId, Long otherClientId, String documentId, Instant raisedAt, String raisedBy,
			boolean open, Instant resolvedAt, String resolvedBy, String resolution) {

		static FlagView of(FraudFlags.Flag flag) {
			return new FlagView(flag.id(), flag.clientId(), flag.otherClientId(), flag.documentId(), flag.raisedAt(),
					flag.raisedByName(), flag.open(), flag.resolvedAt(), flag.resolvedByName(), flag.resolution());
		}

	}

	static AdminClientView of(ClientSearch.Row row, List<FraudFlags.Flag> flags) {
		return new AdminClientView(row.id(), row.email(), row.firstName(), row.lastName(), row.phone(), row.language(),
				row.verified(), row.verifiedAt(), row.documentId(), row.fraudRisk(), row.createdAt(),
				flags == null ? null : flags.stream().map(FlagView::of).toList());
	}

	static AdminClientView of(ClientSearch.Detail detail) {
		return of(detail.client(), detail.flags());
	}

}
