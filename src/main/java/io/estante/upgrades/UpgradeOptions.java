package io.estante.upgrades;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.estante.shared.BillingCycle;
import io.estante.shared.Money;

/**
 * What a service can be upgraded to: the categories that hold at least one possible
 * target (a declared, higher product), each target with the cycles it can be bought in,
 * the price and the amount due under the company's policy.
 */
public record UpgradeOptions(long serviceId, String serviceLabel, long productId, String productName,
		BillingCycle cycle, Money amountPaid, LocalDate nextDueDate, UpgradePolicy policy, List<Category> categories) {

	public UpgradeOptions {
		categories = List.copyOf(categories);
	}

	/** A category to upgrade into and its possible targets. */
	public record Category(long id, String name, List<Target> targets) {

		public Category {
			targets = List.copyOf(targets);
		}

	}

	/** A product the service can move to and the cycles it can be bought in. */
	public record Target(long productId, String name, long categoryId, String categoryName, List<Cycle> cycles) {

		public Target {
			cycles = List.copyOf(cycles);
		}

		public Optional<Cycle> cycle(BillingCycle cycle) {
			return cycles.stream().filter(c -> c.cycle() == cycle).findFirst();
		}

	}

	/**
	 * One cycle of a target: its price, what the client pays now, and the due date the
	 * service will have (when applied today).
	 */
	public record Cycle(BillingCycle cycle, Money price, Money amountDue, LocalDate nextDueDate) {
	}

	/** False when no automatic upgrade is possible (the client may ask staff). */
	public boolean possible() {
		return !categories.isEmpty();
	}

	public Optional<Category> category(long categoryId) {
		return categories.stream().filter(c -> c.id() == categoryId).findFirst();
	}

	public List<Target> targets() {
		return categories.stream().flatMap(c -> c.targets().stream()).toList();
	}

}
