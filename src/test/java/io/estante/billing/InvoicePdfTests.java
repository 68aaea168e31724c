package io.estante.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.estante.shared.Money;
import io.estante.test.ApiClient;
import io.estante.test.EstanteIntegrationTest;

/** The invoice as a PDF, for its client only, in the caller's language. */
@EstanteIntegrationTest
class InvoicePdfTests {

	@LocalServerPort
	int port;

	@Autowired
	Invoicing invoicing;

	@Test
	void theClientDownloadsItsInvoiceAsAPdfWithItsLinesAndTotals() throws Exception {
		var client = new ApiClient(port).signUpClient("Pdf");
		IssuedInvoice invoice = invoicing.issue(new InvoiceDraft(client.id(), "ARS", LocalDate.of(2027, 3, 1),
				List.of(InvoiceLine.of(LineKind.RENEWAL, "Radio 128k año completo", Money.of("12345.60", "ARS")))));

		HttpResponse<byte[]> spanish = pdf(client.email(), client.password(), invoice.invoiceId(), "es");
		assertThat(spanish.statusCode()).isEqualTo(200);
		assertThat(spanish.headers().firstValue("Content-Type")).hasValue("application/pdf");
		String text = text(spanish.body());
		assertThat(text).contains("Factura " + invoice.number())
			.contains("Radio 128k año completo")
			.contains("12.345,60 ARS")
			.contains(client.email())
			.contains("01/03/2027");
		assertThat(text(pdf(client.email(), client.password(), invoice.invoiceId(), "en").body()))
			.contains("Invoice " + invoice.number())
			.contains("12,345.60 ARS")
			.contains("Mar 1, 2027");

		var other = new ApiClient(port).signUpClient("OtroPdf");
		assertThat(pdf(other.email(), other.password(), invoice.invoiceId(), "es").statusCode()).isEqualTo(404);
	}

	private HttpResponse<byte[]> pdf(String email, String password, long invoiceId, String language) throws Exception {
		String token = new ApiClient(port).post("/api/v1/sessions", Map.of("email", email, "password", password))
			.text("token");
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/invoices/" + invoiceId + "/pdf"))
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", language)
			.GET()
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
