package io.estante.upgrades.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.estante.audit.AuditTrail;
import io.estante.catalog.Catalog;
import io.estante.services.ServiceDirectory;
import io.estante.services.ServiceView;
import io.estante.shared.NotFound;
import io.estante.shared.security.CurrentUser;
import io.estante.shared.security.CurrentUsers;

/**
 * What staff handle in the admin area: clients' requests for a manual upgrade and paid
 * upgrades that could not be applied (credited), each tied to its service; and the latest
 * upgrades for reference.
 */
@Component
@Transactional
public class UpgradeAdministration {

	private static final int LIMIT = 100;

	private final Upgrades upgrades;

	private final StaffRequests requests;

	private final ServiceDirectory services;

	private final Catalog catalog;

	private final AuditTrail audit;

	private final Clock clock;

	UpgradeAdministration(Upgrades upgrades, StaffRequests requests, ServiceDirectory services, Catalog catalog,
			AuditTrail audit, Clock clock) {
		this.upgrades = upgrades;
		this.requests = requests;
		this.services = services;
		this.catalog = catalog;
		this.audit = audit;
		this.clock = clock;
	}

	/** The admin page's content: optionally for one service. */
	public record Board(List<StaffRequests.StaffRequest> requests, List<Upgrade> credited, List<Upgrade> latest,
			Map<Long, String> services, Map<Long, String> products) {
	}

	@Transactional(readOnly = true)
	public Board board(Long serviceId) {
		List<StaffRequests.StaffRequest> open = requests.forStaff(serviceId, LIMIT);
		List<Upgrade> credited = upgrades.awaitingStaff(serviceId, LIMIT);
		List<Upgrade> latest = upgrades.latest(serviceId, 25);
		Set<Long> serviceIds = new HashSet<>();
		Set<Long> productIds = new HashSet<>();
		open.forEach(r -> {
			serviceIds.add(r.serviceId());
			productIds.add(r.productId());
		});
		for (Upgrade u : concat(credited, latest)) {
			serviceIds.add(u.serviceId());
			productIds.add(u.fromProductId());
			productIds.add(u.toProductId());
		}
		Map<Long, String> labels = new HashMap<>();
		serviceIds.forEach(id -> services.find(id).map(ServiceView::label).ifPresent(label -> labels.put(id, label)));
		Map<Long, String> names = new HashMap<>();
		catalog.products(productIds).forEach((id, product) -> names.put(id, product.name()));
		return new Board(open, credited, latest, labels, names);
	}

	public void requestHandled(long requestId) {
		if (!requests.markHandled(requestId, who(), Instant.now(clock))) {
			throw new NotFound("upgrade request", requestId);
		}
		audit.record("upgrades.staff-request.handled", "upgrade-request:" + requestId, null);
	}

	public void creditedHandled(long upgradeId) {
		if (!upgrades.markHandled(upgradeId, who(), Instant.now(clock))) {
			throw new NotFound("upgrade", upgradeId);
		}
		audit.record("upgrades.credited.handled", "upgrade:" + upgradeId, null);
	}

	private static String who() {
		return CurrentUsers.current().map(CurrentUser::email).orElse("system");
	}

	private static List<Upgrade> concat(List<Upgrade> a, List<Upgrade> b) {
		return Stream.concat(a.stream(), b.stream()).toList();
	}

}
