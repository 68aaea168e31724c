package io.estante.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import io.estante.shared.Money;
import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;

/** The Invoicing API as other modules and the daily run use it, events included. */
@EstanteIntegrationTest
@RecordApplicationEvents
class InvoicingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Invoicing invoicing;

	@Autowired
	ApplicationEvents events;

	@Test
	void issuingAndPayingPublishTheEventsClientsAreToldAbout() {
		long clientId = new ApiClient(port).signUpClient("Eventos").id();
		InvoiceLine renewal = new InvoiceLine(LineKind.RENEWAL, "Hosting Pro", Money.of("1210.00", "ARS"), 77L,
				LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), null);
		IssuedInvoice issued = invoicing
			.issue(new InvoiceDraft(clientId, "ARS", LocalDate.of(2027, 1, 1), List.of(renewal)));

		InvoiceCreated created = events.stream(InvoiceCreated.class)
			.filter(e -> e.invoiceId() == issued.invoiceId())
			.findFirst()
			.orElseThrow();
		assertThat(created.moment()).isEqualTo("invoice-created");
		assertThat(created.values()).containsEntry("number", issued.number())
			.containsEntry("total", Money.of("1210", "ARS"))
			.containsEntry("dueDate", LocalDate.of(2027, 1, 1));
		assertThat(invoicing.unpaidForService(77L)).extracting(InvoiceSummary::invoiceId).contains(issued.invoiceId());
		assertThat(invoicing.unpaidForServices(List.of(77L, 78L))).containsOnlyKeys(77L)
			.hasEntrySatisfying(77L,
					list -> assertThat(list).extracting(InvoiceSummary::invoiceId).contains(issued.invoiceId()));

		invoicing.recordPayment(new PaymentRequest(issued.invoiceId(), Money.of("1210.00", "ARS"), "cash",
				"ev-" + UUID.randomUUID(), null));
		InvoicePaid paid = events.stream(InvoicePaid.class)
			.filter(e -> e.invoiceId() == issued.invoiceId())
			.findFirst()
			.orElseThrow();
		assertThat(paid.moment()).isEqualTo("invoice-paid");
		assertThat(paid.lines()).containsExactly(renewal);
		assertThat(invoicing.unpaidForService(77L)).extracting(InvoiceSummary::invoiceId)
			.doesNotContain(issued.invoiceId());
	}

	@Test
	void aFreeInvoiceIsIssuedPaid() {
		long clientId = new ApiClient(port).signUpClient("Gratis").id();
		IssuedInvoice issued = invoicing.issue(new InvoiceDraft(clientId, "ARS", LocalDate.of(2027, 1, 1),
				List.of(InvoiceLine.of(LineKind.ORDER, "Plan gratis", Money.of("0", "ARS")))));
		assertThat(invoicing.find(issued.invoiceId()).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
		assertThat(events.stream(InvoicePaid.class).filter(e -> e.invoiceId() == issued.invoiceId())).hasSize(1);
	}

	@Test
	void theDailyRunPagesThroughOverdueInvoicesAndCancelsThemInBatches() {
		long clientId = new ApiClient(port).signUpClient("Morosa").id();
		LocalDate base = LocalDate.of(1990, 1, 1);
		List<InvoiceDraft> drafts = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			drafts.add(new InvoiceDraft(clientId, "ARS", base.plusDays(i / 2),
					List.of(new InvoiceLine(LineKind.RENEWAL, "Servicio " + i, Money.of("100", "ARS"), 1000L + i, null,
							null, null),
							new InvoiceLine(LineKind.RENEWAL, "Servicio " + i, Money.of("100", "ARS"), 1000L + i, null,
									null, null))));
		}
		List<IssuedInvoice> issued = invoicing.issueAll(drafts);
		assertThat(issued).hasSize(6);
		invoicing.recordPayment(new PaymentRequest(issued.get(1).invoiceId(), Money.of("200", "ARS"), "cash",
				"od-" + UUID.randomUUID(), null));
		invoicing.recordPayment(new PaymentRequest(issued.get(2).invoiceId(), Money.of("50", "ARS"), "cash",
				"od-" + UUID.randomUUID(), null));

		List<OverdueInvoice> all = new ArrayList<>();
		OverdueInvoice cursor = null;
		List<OverdueInvoice> page;
		do {
			page = invoicing.overdueUnpaid(base.plusDays(1), cursor, 2);
			all.addAll(page);
			cursor = page.isEmpty() ? null : page.get(page.size() - 1);
		}
		while (page.size() == 2);
		assertThat(all).extracting(OverdueInvoice::invoiceId)
			.containsExactly(issued.get(0).invoiceId(), issued.get(2).invoiceId(), issued.get(3).invoiceId());
		assertThat(all.get(1).serviceIds()).containsExactly(1002L);

		List<Long> cancelled = invoicing.cancelOverdue(base.plusDays(1), "unpaid 30 days", 2);
		assertThat(cancelled).containsExactly(issued.get(0).invoiceId(), issued.get(2).invoiceId());
		assertThat(invoicing.cancelOverdue(base.plusDays(1), "unpaid 30 days", 2))
			.containsExactly(issued.get(3).invoiceId());
		assertThat(invoicing.cancelOverdue(base.plusDays(1), "unpaid 30 days", 2)).isEmpty();
		assertThat(invoicing.find(issued.get(1).invoiceId()).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);
		assertThat(invoicing.find(issued.get(4).invoiceId()).orElseThrow().status()).isEqualTo(InvoiceStatus.UNPAID);
		// The batch of two is one event carrying both; the lone invoice is its own event.
		assertThat(events.stream(InvoicesCancelled.class)
			.filter(b -> b.invoices().stream().anyMatch(e -> e.clientId() == clientId))).singleElement()
			.satisfies(b -> assertThat(b.invoices()).extracting(InvoiceCancelled::invoiceId)
				.containsExactly(issued.get(0).invoiceId(), issued.get(2).invoiceId()));
		assertThat(Stream
			.concat(events.stream(InvoiceCancelled.class),
					events.stream(InvoicesCancelled.class).flatMap(b -> b.invoices().stream()))
			.filter(e -> e.clientId() == clientId)).hasSize(3)
			.allSatisfy(e -> assertThat(e.moment()).isEqualTo("invoice-cancelled"));
		var credit = new ApiClient(port)
			.signIn(EstanteIntegrationTest.OWNER_EMAIL, EstanteIntegrationTest.OWNER_PASSWORD)
			.get("/api/v1/credit?clientId=" + clientId);
		assertThat(credit.body().path("balances").path(0).path("amount").asString()).isEqualTo("50.00");
	}

}
