package io.estante.billing;

import java.util.List;

/**
 * An unpaid invoice was cancelled (on request, by staff, or after staying unpaid too
 * long).
 */
public record InvoiceCancelled(long invoiceId, long clientId, String number, String reason, List<InvoiceLine> lines) {
}
