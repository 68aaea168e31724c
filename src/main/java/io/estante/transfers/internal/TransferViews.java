package io.estante.transfers.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import io.estante.clients.ClientContact;
import io.estante.clients.ClientDirectory;
import io.estante.shared.NotFound;
import io.estante.shared.security.CurrentUser;
import io.estante.shared.time.DateFormats;
import io.estante.transfers.TransferRefused.Unmet;
import io.estante.transfers.TransferStatus;

/**
 * Transfer requests as the pages and the API show them: with both clients, the status as
 * of now (a lapsed request is expired), the WhatsApp link and why it closed, in the
 * reader's language. A client sees only the requests it is a party to.
 */
@Component
public class TransferViews {

	private final Transfers transfers;

	private final ClientDirectory clients;

	private final MessageSource messages;

	private final Clock clock;

	private final String companyNumber;

	TransferViews(Transfers transfers, ClientDirectory clients, MessageSource messages, Clock clock,
			@Value("${estante.whatsapp.display-number:}") String companyNumber) {
		this.transfers = transfers;
		this.clients = clients;
		this.messages = messages;
		this.clock = clock;
		this.companyNumber = companyNumber;
	}

	public record TransferView(Transfer transfer, TransferStatus status, ClientContact origin,
			ClientContact destination, String whatsAppLink) {

		public boolean open() {
			return status.isOpen();
		}

	}

	/** The request if this user may see it (a party, or staff); otherwise 404. */
	public TransferView visible(long transferId, CurrentUser me) {
		return transfers.byId(transferId)
			.filter(t -> me != null && (me.isStaff() || t.isParty(me.id())))
			.map(this::view)
			.orElseThrow(() -> new NotFound("transfer", transferId));
	}

	public List<TransferView> ofClient(long clientId) {
		return transfers.ofClient(clientId, 100).stream().map(this::view).toList();
	}

	public List<TransferView> find(TransferStatus status, Long before, int limit) {
		return transfers.find(status, before, limit).stream().map(this::view).toList();
	}

	public TransferView view(Transfer t) {
		Instant now = Instant.now(clock);
		TransferStatus status = t.statusAt(now);
		return new TransferView(t, status, contact(t.fromClientId()), contact(t.toClientId()),
				status.isOpen() ? TransferText.whatsAppLink(companyNumber, t.message()) : null);
	}

	/**
	 * Why the request closed (or how it completed), or null; its day in ISO, for the API.
	 */
	public String reason(TransferView v, Locale locale) {
		return reason(v, locale, DateTimeFormatter.ISO_LOCAL_DATE);
	}

	/** The same for a page: its day as the reader writes it. */
	public String readableReason(TransferView v, Locale locale) {
		return reason(v, locale, DateFormats.day(locale));
	}

	private String reason(TransferView v, Locale locale, DateTimeFormatter days) {
		Transfer t = v.transfer();
		if (v.status() == TransferStatus.EXPIRED) {
			return messages.getMessage("transfers.reason.expired", new Object[] { day(t, days) }, locale);
		}
		if (t.reasonCode() == null) {
			return null;
		}
		return switch (t.reasonCode()) {
			case CONDITIONS -> messages.getMessage("transfers.reason.conditions",
					new Object[] { conditions(t.conditions(), locale) }, locale);
			case STAFF -> messages.getMessage("transfers.reason.staff", new Object[] { t.reasonText() }, locale);
			case WITHDRAWN -> messages.getMessage("transfers.reason.withdrawn", new Object[] { t.decidedBy() }, locale);
			case APPROVED -> messages.getMessage("transfers.reason.approved", new Object[] { t.decidedBy() }, locale);
			case EXPIRED -> messages.getMessage("transfers.reason.expired", new Object[] { day(t, days) }, locale);
		};
	}

	public String condition(Unmet unmet, Locale locale) {
		Object[] arguments = unmet.arguments().toArray();
		if (unmet.condition() == io.estante.transfers.TransferCondition.SERVICE_NOT_ACTIVE && arguments.length == 1) {
			arguments[0] = messages.getMessage("services.state." + arguments[0], null, String.valueOf(arguments[0]),
					locale);
		}
		return messages.getMessage(unmet.condition().messageKey(), arguments, locale);
	}

	private String conditions(List<Unmet> unmet, Locale locale) {
		return unmet.stream().map(u -> condition(u, locale)).collect(Collectors.joining(" "));
	}

	private String day(Transfer t, DateTimeFormatter days) {
		return java.time.LocalDate.ofInstant(t.expiresAt(), clock.getZone()).format(days);
	}

	private ClientContact contact(long clientId) {
		Optional<ClientContact> found = clients.contact(clientId);
		return found.orElse(new ClientContact(clientId, "", "?", "", null, "es", false));
	}

}
