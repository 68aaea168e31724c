package io.estante.payments.web;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.estante.payments.gateway.Checkout;
import io.estante.payments.internal.NotificationLog;
import io.estante.payments.internal.OnlinePayments;
import io.estante.shared.security.CurrentUser;

/**
 * Online payments over the API. {@code POST /api/v1/invoices/{id}/checkouts}
 * {@code {gateway}} (the owner): starts a checkout and answers where to send the client.
 * {@code GET /api/v1/admin/payments/notifications?flagged=&invoiceId=&before=} (staff):
 * the notification audit, newest first.
 */
@RestController
class PaymentApi {

	private final OnlinePayments payments;

	private final NotificationLog log;

	PaymentApi(OnlinePayments payments, NotificationLog log) {
		this.payments = payments;
		this.log = log;
	}

	record CheckoutForm(String gateway) {
	}

	record CheckoutView(long invoiceId, String gateway, String reference, String redirectUrl) {
	}

	@PostMapping("/api/v1/invoices/{id}/checkouts")
	@PreAuthorize("hasRole('CLIENT')")
	@ResponseStatus(HttpStatus.CREATED)
	CheckoutView start(CurrentUser me, @PathVariable long id, @RequestBody CheckoutForm form, Locale locale) {
		String gateway = form.gateway() == null ? "" : form.gateway().strip().toLowerCase(Locale.ROOT);
		Checkout checkout = payments.start(me.id(), id, gateway, locale);
		return new CheckoutView(id, gateway, checkout.reference(), checkout.redirectUrl());
	}

	record NotificationView(long id, String gateway, java.time.Instant receivedAt, String verification, String outcome,
			String detail, boolean flagged, String flagReason, Long invoiceId, String transactionId, String amount,
			String currency, Long paymentId) {

		static NotificationView of(NotificationLog.Entry e) {
			return new NotificationView(e.id(), e.gateway(), e.receivedAt(), e.verification(), e.outcome(), e.detail(),
					e.flagged(), e.flagReason(), e.invoiceId(), e.transactionId(),
					e.amount() == null ? null : e.amount().plain(),
					e.amount() == null ? null : e.amount().currencyCode(), e.paymentId());
		}

	}

	@GetMapping("/api/v1/admin/payments/notifications")
	@PreAuthorize("hasAuthority('billing:read')")
	List<NotificationView> notifications(@RequestParam(defaultValue = "false") boolean flagged,
			@RequestParam(required = false) Long invoiceId, @RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "50") int limit) {
		return log.find(new NotificationLog.Query(flagged, invoiceId, before, limit))
			.stream()
			.map(NotificationView::of)
			.toList();
	}

}
