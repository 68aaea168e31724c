package io.estante.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.shared.Money;
import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.WebSession;

/**
 * The invoice pages of both areas as the server renders them and the forms it accepts.
 */
@EstanteIntegrationTest
class InvoicePageTests {

	@LocalServerPort
	int port;

	@Autowired
	Invoicing invoicing;

	@Test
	void theClientSeesWhatToPayAndOnlyItsOwnInvoices() {
		var client = new ApiClient(port).signUpClient("Paginas");
		var other = new ApiClient(port).signUpClient("Ajena");
		IssuedInvoice mine = invoicing.issue(new InvoiceDraft(client.id(), "ARS", LocalDate.of(2027, 3, 1),
				List.of(InvoiceLine.of(LineKind.RENEWAL, "Hosting Pro anual", Money.of("12345.60", "ARS")))));
		IssuedInvoice theirs = invoicing.issue(new InvoiceDraft(other.id(), "ARS", LocalDate.of(2027, 3, 1),
				List.of(InvoiceLine.of(LineKind.OTHER, "Ajeno", Money.of("1", "ARS")))));

		WebSession web = WebSession.client(port, client.email(), client.password());
		var list = web.get("/client/invoices");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.html()).contains("Mis facturas")
			.contains(mine.number())
			.contains("12.345,60 ARS")
			.contains("Impaga")
			.doesNotContain(theirs.number());

		var page = web.get("/client/invoices/" + mine.invoiceId());
		assertThat(page.html()).contains("Hosting Pro anual").contains("Pagá 12.345,60 ARS antes del 01/03/2027");
		var print = web.get("/client/invoices/" + mine.invoiceId() + "/print");
		assertThat(print.html()).contains("invoice-print.css").contains("Facturado a").contains(client.email());

		assertThat(web.get("/client/invoices/" + theirs.invoiceId()).status()).isEqualTo(404);
		assertThat(web.get("/client/invoices/" + theirs.invoiceId() + "/print").status()).isEqualTo(404);
	}

	@Test
	void staffFindsAnInvoiceAndRecordsAPaymentWithErrorsShownInline() {
		var client = new ApiClient(port).signUpClient("Cobro");
		IssuedInvoice invoice = invoicing.issue(new InvoiceDraft(client.id(), "ARS", LocalDate.of(2027, 3, 1),
				List.of(InvoiceLine.of(LineKind.ORDER, "Radio 128k", Money.of("800", "ARS")))));
		WebSession staff = WebSession.staff(port, EstanteIntegrationTest.OWNER_EMAIL,
				EstanteIntegrationTest.OWNER_PASSWORD);

		assertThat(staff.get("/admin/invoices?q=" + Long.parseLong(invoice.number())).html())
			.contains("/admin/invoices/" + invoice.invoiceId());
		assertThat(staff.get("/admin/invoices?q=" + client.email()).html()).contains(invoice.number());

		staff.get("/admin/invoices/" + invoice.invoiceId());
		var refused = staff.post("/admin/invoices/" + invoice.invoiceId() + "/payments",
				Map.of("amount", "80,5", "method", "cash", "transactionId", "r-1", "note", ""));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html()).contains("field-error")
			.contains("no es un importe válido")
			.contains("value=\"r-1\"");
		var noTx = staff.post("/admin/invoices/" + invoice.invoiceId() + "/payments",
				Map.of("amount", "100", "method", "cash", "transactionId", "", "note", ""));
		assertThat(noTx.html()).contains("Indicá el identificador de la operación");

		String tx = "caja-" + UUID.randomUUID();
		var partial = staff.post("/admin/invoices/" + invoice.invoiceId() + "/payments",
				Map.of("amount", "300", "method", "cash", "transactionId", tx, "note", "en el local"));
		assertThat(partial.html()).contains("Pago registrado").contains("500,00 ARS").contains(tx);
		var again = staff.post("/admin/invoices/" + invoice.invoiceId() + "/payments",
				Map.of("amount", "300", "method", "cash", "transactionId", tx, "note", ""));
		assertThat(again.html()).contains("ya estaba registrado");
		var rest = staff.post("/admin/invoices/" + invoice.invoiceId() + "/payments",
				Map.of("amount", "600", "method", "bank-transfer", "transactionId", tx, "note", ""));
		assertThat(rest.html()).contains("100,00 ARS pasaron a saldo a favor").contains("Pagada");
		assertThat(invoicing.find(invoice.invoiceId()).orElseThrow().status()).isEqualTo(InvoiceStatus.PAID);

		var cancel = staff.post("/admin/invoices/" + invoice.invoiceId() + "/cancellation", Map.of("reason", "x"));
		assertThat(cancel.html()).contains("ya está pagada y no se puede anular");
		assertThat(staff.get("/admin/invoices/" + invoice.invoiceId() + "/print").html()).contains("Radio 128k");
	}

	@Test
	void staffIssuesAnInvoiceByHandFromTheNewInvoicePage() {
		var client = new ApiClient(port).signUpClient("Manual");
		WebSession staff = WebSession.staff(port, EstanteIntegrationTest.OWNER_EMAIL,
				EstanteIntegrationTest.OWNER_PASSWORD);
		staff.get("/admin/invoices/new");
		Map<String, String> fields = new java.util.HashMap<>(
				Map.of("client", "nadie@example.com", "currency", "ARS", "dueDate", "2027-04-10",
						"lines[0].description", "Instalación", "lines[0].kind", "OTHER", "lines[0].amount", "2500"));
		var refused = staff.post("/admin/invoices/new", fields);
		assertThat(refused.html()).contains("field-error").contains("No hay ningún cliente");

		fields.put("client", client.email());
		fields.put("lines[1].description", "Bonificación");
		fields.put("lines[1].kind", "CREDIT");
		fields.put("lines[1].amount", "-500");
		var issued = staff.post("/admin/invoices/new", fields);
		assertThat(issued.uri()).matches(".*/admin/invoices/\\d+");
		assertThat(issued.html()).contains("emitida").contains("Instalación").contains("2.000,00 ARS");
	}

}
