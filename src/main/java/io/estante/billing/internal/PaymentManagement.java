package io.estante.billing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.estante.audit.AuditTrail;
import io.estante.billing.InvoicePaid;
import io.estante.billing.InvoiceStatus;
import io.estante.billing.PaymentOutcome;
import io.estante.billing.PaymentRequest;
import io.estante.shared.Money;
import io.estante.shared.NotFound;
import io.estante.shared.security.CurrentUser;
import io.estante.shared.security.CurrentUsers;

/**
 * Payments against invoices and the client credit they leave. The invoice row is locked
 * first, so payments of one invoice are applied one after another; the (method,
 * transaction id) key makes a replay change nothing, even at the same instant.
 */
@Service
@Transactional(propagation = Propagation.REQUIRED)
public class PaymentManagement {

	/** The method of payments made from client credit; no one else may use it. */
	public static final String CREDIT_METHOD = "credit";

	private static final Pattern METHOD = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");

	private final Invoices invoices;

	private final Payments payments;

	private final Credits credits;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	PaymentManagement(Invoices invoices, Payments payments, Credits credits, ApplicationEventPublisher events,
			AuditTrail audit, Clock clock) {
		this.invoices = invoices;
		this.payments = payments;
		this.credits = credits;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	public PaymentOutcome record(PaymentRequest request) {
		String method = method(request.method());
		if (CREDIT_METHOD.equals(method)) {
			throw BillingRefusal.invalid("method", "billing.payment.method-reserved", CREDIT_METHOD);
		}
		String transactionId = request.transactionId() == null ? "" : request.transactionId().strip();
		if (transactionId.isEmpty() || transactionId.length() > 128) {
			throw BillingRefusal.invalid("transactionId", "billing.payment.transaction-required");
		}
		if (request.amount() == null || !request.amount().isPositive()) {
			throw BillingRefusal.invalid("amount", "billing.payment.amount-positive");
		}
		Optional<PaymentOutcome> replay = replay(method, transactionId);
		if (replay.isPresent()) {
			return replay.get();
		}
		Invoice invoice = invoices.lock(request.invoiceId())
			.orElseThrow(() -> new NotFound("invoice", request.invoiceId()));
		replay = replay(method, transactionId);
		if (replay.isPresent()) {
			return replay.get();
		}
		if (!request.amount().currencyCode().equals(invoice.currency())) {
			throw BillingRefusal.unprocessable("amount", "billing.payment.currency-mismatch",
					request.amount().currencyCode(), invoice.currency());
		}
		return apply(invoice, method, transactionId, request.amount(), note(request.note()));
	}

	/**
	 * Pays an unpaid invoice from the client's credit in its currency: the amount given,
	 * or as much as both the credit and the balance allow when null.
	 */
	public PaymentOutcome applyCredit(long invoiceId, Money requested) {
		Invoice invoice = invoices.lock(invoiceId).orElseThrow(() -> new NotFound("invoice", invoiceId));
		if (invoice.status() != InvoiceStatus.UNPAID) {
			throw BillingRefusal.conflict("billing.credit.invoice-closed", invoice.number());
		}
		Money available = credits.lockBalance(invoice.clientId(), invoice.currency());
		Money amount = requested == null ? min(available, invoice.balance()) : requested;
		if (!amount.currencyCode().equals(invoice.currency())) {
			throw BillingRefusal.unprocessable("amount", "billing.payment.currency-mismatch", amount.currencyCode(),
					invoice.currency());
		}
		if (!amount.isPositive() || amount.compareTo(available) > 0) {
			throw BillingRefusal.unprocessable("amount", "billing.credit.insufficient-for", available.plain(),
					available.currencyCode());
		}
		if (amount.compareTo(invoice.balance()) > 0) {
			throw BillingRefusal.unprocessable("amount", "billing.credit.beyond-balance", invoice.balance().plain(),
					invoice.currency());
		}
		PaymentOutcome outcome = apply(invoice, CREDIT_METHOD, "credit-" + UUID.randomUUID(), amount, null);
		credits.move(invoice.clientId(), amount.negate(), Credits.Reason.APPLIED, invoiceId, outcome.paymentId(),
				invoice.number(), Instant.now(clock));
		return outcome;
	}

	private PaymentOutcome apply(Invoice invoice, String method, String transactionId, Money amount, String note) {
		Instant now = Instant.now(clock);
		PaymentAllocation allocation = PaymentAllocation.of(invoice.status(), invoice.balance(), amount);
		Optional<Long> inserted = payments.insertIfNew(invoice.id(), invoice.clientId(), method, transactionId, amount,
				allocation.applied(), allocation.credited(), note, recordedBy(), now);
		if (inserted.isEmpty()) {
			// The same transaction, recorded meanwhile against another invoice.
			return replay(method, transactionId).orElseThrow();
		}
		long paymentId = inserted.get();
		if (allocation.applied().isPositive()) {
			invoices.addPaid(invoice.id(), allocation.applied(), allocation.settles(), now);
		}
		if (allocation.credited().isPositive()) {
			Credits.Reason reason = invoice.status() == InvoiceStatus.UNPAID ? Credits.Reason.OVERPAYMENT
					: Credits.Reason.PAYMENT_ON_CLOSED_INVOICE;
			credits.move(invoice.clientId(), allocation.credited(), reason, invoice.id(), paymentId, invoice.number(),
					now);
		}
		if (allocation.settles()) {
			events.publishEvent(new InvoicePaid(invoice.id(), invoice.clientId(), invoice.number(), invoice.total(),
					now, invoice.lines()));
		}
		audit.record("billing.payment.recorded", "invoice:" + invoice.id(), method + " " + transactionId + " " + amount
				+ " applied " + allocation.applied() + " credited " + allocation.credited());
		Invoice after = invoices.byId(invoice.id()).orElseThrow();
		return new PaymentOutcome(paymentId, false, after.status(), after.balance(), allocation.credited());
	}

	private Optional<PaymentOutcome> replay(String method, String transactionId) {
		return payments.byTransaction(method, transactionId).map(payment -> {
			Invoice invoice = invoices.byId(payment.invoiceId()).orElseThrow();
			return new PaymentOutcome(payment.id(), true, invoice.status(), invoice.balance(), payment.credited());
		});
	}

	static String method(String method) {
		String lower = method == null ? "" : method.strip().toLowerCase(Locale.ROOT);
		if (!METHOD.matcher(lower).matches()) {
			throw BillingRefusal.invalid("method", "billing.payment.method-invalid", method);
		}
		return lower;
	}

	private static String note(String note) {
		if (note == null || note.isBlank()) {
			return null;
		}
		String trimmed = note.strip();
		return trimmed.length() > 500 ? trimmed.substring(0, 500) : trimmed;
	}

	private static String recordedBy() {
		return CurrentUsers.current().map(CurrentUser::email).orElse("system");
	}

	private static Money min(Money a, Money b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

}
