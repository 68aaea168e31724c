package io.estante.upgrades.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.estante.shared.BillingCycle;
import io.estante.shared.BusinessException;
import io.estante.shared.security.CurrentUser;
import io.estante.upgrades.RequestedUpgrade;
import io.estante.upgrades.UpgradeManagement;
import io.estante.upgrades.UpgradeOptions;
import io.estante.upgrades.UpgradeView;

/**
 * The owner's upgrade API: the options of a service, an upgrade request (→ 201 with the
 * invoice to pay), the service's upgrades, and a request to staff when no automatic
 * upgrade is possible. Another client's service answers 404; downgrades 422 with the
 * reason.
 */
@RestController
@RequestMapping("/api/v1/services/{id}")
@PreAuthorize("hasRole('CLIENT')")
class UpgradeApi {

	private final UpgradeManagement upgrades;

	UpgradeApi(UpgradeManagement upgrades) {
		this.upgrades = upgrades;
	}

	record UpgradeRequest(Long productId, String billingCycle) {
	}

	record StaffRequest(String message) {
	}

	record Created(long upgradeId, long invoiceId, String invoiceNumber, String amountDue, String currency,
			LocalDate invoiceDueDate) {
	}

	record CycleOption(String billingCycle, String price, String amountDue, String currency, LocalDate nextDueDate) {
	}

	record TargetOption(long productId, String name, long categoryId, String categoryName, List<CycleOption> cycles) {
	}

	record CategoryOption(long categoryId, String name) {
	}

	record Options(long serviceId, long productId, String productName, String billingCycle, String amountPaid,
			String currency, LocalDate nextDueDate, String policy, boolean possible, List<CategoryOption> categories,
			List<TargetOption> targets) {
	}

	record Upgrade(long id, long fromProductId, String fromCycle, long toProductId, String toCycle, String policy,
			String amountDue, String currency, Long invoiceId, String status, Instant requestedAt, Instant closedAt) {
	}

	@GetMapping("/upgrade-options")
	Options options(CurrentUser me, @PathVariable long id) {
		UpgradeOptions o = upgrades.options(me.id(), id);
		return new Options(o.serviceId(), o.productId(), o.productName(), o.cycle().name(), o.amountPaid().plain(),
				o.amountPaid().currencyCode(), o.nextDueDate(), o.policy().name().toLowerCase(Locale.ROOT),
				o.possible(), o.categories().stream().map(c -> new CategoryOption(c.id(), c.name())).toList(),
				o.targets().stream().map(UpgradeApi::target).toList());
	}

	@PostMapping("/upgrades")
	ResponseEntity<Created> request(CurrentUser me, @PathVariable long id, @RequestBody UpgradeRequest body) {
		if (body == null || body.productId() == null) {
			throw new BusinessException(HttpStatus.BAD_REQUEST, "upgrades.product-required");
		}
		BillingCycle cycle = cycle(body.billingCycle());
		RequestedUpgrade r = upgrades.request(me.id(), id, body.productId(), cycle);
		return ResponseEntity.created(URI.create("/api/v1/invoices/" + r.invoiceId()))
			.body(new Created(r.upgradeId(), r.invoiceId(), r.invoiceNumber(), r.amountDue().plain(),
					r.amountDue().currencyCode(), r.invoiceDueDate()));
	}

	@GetMapping("/upgrades")
	Map<String, List<Upgrade>> list(CurrentUser me, @PathVariable long id) {
		return Map.of("items", upgrades.ofService(me.id(), id).stream().map(UpgradeApi::upgrade).toList());
	}

	@PostMapping("/upgrade-requests")
	ResponseEntity<Map<String, Long>> askStaff(CurrentUser me, @PathVariable long id,
			@RequestBody(required = false) StaffRequest body) {
		long requestId = upgrades.askStaff(me.id(), id, body == null ? null : body.message());
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("requestId", requestId));
	}

	static BillingCycle cycle(String text) {
		if (text == null || text.isBlank()) {
			throw new BusinessException(HttpStatus.BAD_REQUEST, "upgrades.cycle-required");
		}
		try {
			return BillingCycle.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessException(HttpStatus.BAD_REQUEST, "upgrades.cycle-invalid", text.strip());
		}
	}

	private static TargetOption target(UpgradeOptions.Target t) {
		return new TargetOption(t.productId(), t.name(), t.categoryId(), t.categoryName(),
				t.cycles()
					.stream()
					.map(c -> new CycleOption(c.cycle().name(), c.price().plain(), c.amountDue().plain(),
							c.amountDue().currencyCode(), c.nextDueDate()))
					.toList());
	}

	private static Upgrade upgrade(UpgradeView u) {
		return new Upgrade(u.id(), u.fromProductId(), u.fromCycle().name(), u.toProductId(), u.toCycle().name(),
				u.policy().name().toLowerCase(Locale.ROOT), u.amountDue().plain(), u.amountDue().currencyCode(),
				u.invoiceId(), u.status().name(), u.requestedAt(), u.closedAt());
	}

}
