package io.estante.services.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.estante.services.internal.Ordering;
import io.estante.shared.security.CurrentUser;

/**
 * {@code POST /api/v1/orders}: a client orders a product and cycle and gets the Pending
 * service and the invoice that activates it when paid.
 */
@RestController
@RequestMapping("/api/v1/orders")
class OrderApi {

	private final Ordering ordering;

	OrderApi(Ordering ordering) {
		this.ordering = ordering;
	}

	record OrderRequest(Long productId, String billingCycle, String domain) {
	}

	record OrderResponse(long serviceId, long invoiceId, String invoiceNumber, String total, String currency) {
	}

	@PostMapping
	@PreAuthorize("hasRole('CLIENT')")
	ResponseEntity<OrderResponse> order(CurrentUser me, @RequestBody OrderRequest request) {
		Ordering.Placed placed = ordering.place(me.id(),
				new Ordering.Order(request.productId(), request.billingCycle(), request.domain()));
		return ResponseEntity.created(URI.create("/api/v1/services/" + placed.serviceId()))
			.body(new OrderResponse(placed.serviceId(), placed.invoiceId(), placed.invoiceNumber(),
					placed.total().plain(), placed.total().currencyCode()));
	}

}
