package io.estante.billing.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import io.estante.billing.internal.BillingProperties;
import io.estante.billing.internal.InvoiceSearch;
import io.estante.clients.ClientDirectory;

/**
 * An invoice as a PDF: the {@code billing/pdf} template (the printable invoice as XHTML)
 * laid out by openhtmltopdf, in the reader's language. Built per request, nothing stored.
 */
@Component
class InvoicePdf {

	private final SpringTemplateEngine templates;

	private final ClientDirectory clients;

	private final BillingProperties issuer;

	private final ApplicationContext beans;

	InvoicePdf(SpringTemplateEngine templates, ClientDirectory clients, BillingProperties issuer,
			ApplicationContext beans) {
		this.templates = templates;
		this.clients = clients;
		this.issuer = issuer;
		this.beans = beans;
	}

	ResponseEntity<byte[]> response(InvoiceSearch.Detail detail, Locale locale) {
		String number = detail.invoice().number();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("invoice-" + number + ".pdf").build().toString())
			.body(render(detail, locale));
	}

	byte[] render(InvoiceSearch.Detail detail, Locale locale) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("detail", detail);
		variables.put("issuer", issuer);
		// outside a view, beans such as @dates resolve only through this evaluation
		// context
		variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(beans, null));
		variables.put("client", clients.contact(detail.invoice().clientId()).orElse(null));
		Context context = new Context(locale, variables);
		String xhtml = templates.process("billing/pdf", context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			new PdfRendererBuilder().useFastMode().withHtmlContent(xhtml, null).toStream(out).run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
