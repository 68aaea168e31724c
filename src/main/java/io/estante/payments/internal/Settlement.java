package io.estante.payments.internal;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.estante.audit.AuditTrail;
import io.estante.billing.InvoiceSummary;
import io.estante.billing.Invoicing;
import io.estante.billing.PaymentOutcome;
import io.estante.billing.PaymentRequest;
import io.estante.payments.gateway.GatewayReading.Confirmed;
import io.estante.payments.internal.Notifications.Result;
import io.estante.payments.internal.Notifications.Verification;
import io.estante.shared.BusinessException;
import io.estante.shared.Money;

/**
 * A confirmed payment against billing, in one transaction with its audit row: refused and
 * flagged when the rules say so ({@link SettlementRules}), otherwise recorded through
 * {@link Invoicing#recordPayment} (method = gateway, transaction = the gateway's payment
 * id), which makes the same payment twice a no-op and turns a payment for a closed
 * invoice into client credit (flagged too).
 */
@Component
class Settlement {

	private static final Logger log = LoggerFactory.getLogger(Settlement.class);

	private final Invoicing invoicing;

	private final Checkouts checkouts;

	private final Notifications notifications;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	Settlement(Invoicing invoicing, Checkouts checkouts, Notifications notifications,
			PlatformTransactionManager transactions, AuditTrail audit) {
		this.invoicing = invoicing;
		this.checkouts = checkouts;
		this.notifications = notifications;
		this.transactions = new TransactionTemplate(transactions);
		this.audit = audit;
	}

	Outcome settle(long notificationId, String gateway, Confirmed payment) {
		Long invoiceId = SettlementRules.invoiceId(payment.invoiceReference());
		try {
			return transactions.execute(tx -> apply(notificationId, gateway, invoiceId, payment));
		}
		catch (BusinessException ex) {
			return finish(notificationId, Outcome.NOT_APPLIED, ex.messageKey(), FlagReason.REFUSED, invoiceId, payment,
					null);
		}
		catch (RuntimeException ex) {
			log.warn("Notification {} from {} not settled", notificationId, gateway, ex);
			return finish(notificationId, Outcome.FAILED, ex.getClass().getSimpleName(), null, invoiceId, payment,
					null);
		}
	}

	private Outcome apply(long notificationId, String gateway, Long invoiceId, Confirmed payment) {
		InvoiceSummary invoice = invoiceId == null ? null : invoicing.find(invoiceId).orElse(null);
		List<Money> asked = invoice == null ? List.of()
				: checkouts.asked(gateway, invoiceId, payment.checkoutReference());
		Optional<FlagReason> refusal = SettlementRules.refusal(invoice, payment.amount(), asked);
		if (refusal.isPresent()) {
			audit.record("payments.notification.flagged", "invoice:" + invoiceId,
					gateway + " " + payment.transactionId() + " " + payment.amount() + " " + refusal.get());
			return finish(notificationId, Outcome.NOT_APPLIED, "asked " + asked, refusal.get(), invoiceId, payment,
					null);
		}
		PaymentOutcome outcome = invoicing.recordPayment(new PaymentRequest(invoiceId, payment.amount(), gateway,
				payment.transactionId(), "notification " + notificationId));
		Outcome result = SettlementRules.after(outcome);
		FlagReason flag = result == Outcome.CREDITED ? FlagReason.CREDITED : null;
		String detail = result == Outcome.CREDITED ? "credited " + outcome.credited() : null;
		return finish(notificationId, result, detail, flag, invoiceId, payment, outcome.paymentId());
	}

	private Outcome finish(long id, Outcome outcome, String detail, FlagReason flag, Long invoiceId, Confirmed payment,
			Long paymentId) {
		notifications.finish(id, new Result(Verification.VERIFIED, outcome, detail, flag, invoiceId,
				payment.transactionId(), payment.amount(), paymentId));
		return outcome;
	}

}
