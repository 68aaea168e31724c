package io.estante.services.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.estante.catalog.Catalog;
import io.estante.catalog.ProductView;
import io.estante.services.ServiceStatus;

/**
 * Lists of services for the areas and the API: newest first, keyset-paginated on the id
 * (index-backed by client and by status; the label filter is for staff's searches), with
 * the products read in one call per page.
 */
@Component
@Transactional(readOnly = true)
public class ServiceSearch {

	public static final int MAX_PAGE = 100;

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final ServiceHistory history;

	private final ProvisioningTasks tasks;

	ServiceSearch(JdbcClient jdbc, Catalog catalog, ServiceHistory history, ProvisioningTasks tasks) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.history = history;
		this.tasks = tasks;
	}

	public record Query(Long clientId, ServiceStatus status, String label, Long before, int limit) {
	}

	/**
	 * A service with its product (null when the catalog no longer has it) and the invoice
	 * to pay for it now, if any: the order's while Pending, else the renewal of the
	 * coming period once issued.
	 */
	public record Item(Service service, ProductView product, Long dueInvoiceId) {

		public String productName() {
			return product == null ? "#" + service.productId() : product.name();
		}

	}

	public record Page(List<Item> items, Long nextCursor) {
	}

	public record Detail(Item item, List<ServiceHistory.Recorded> history, List<ProvisioningTasks.Task> tasks) {
	}

	public Page find(Query query) {
		int limit = Math.max(1, Math.min(query.limit(), MAX_PAGE));
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (query.clientId() != null) {
			where.append(" and s.client_id = :client");
			params.put("client", query.clientId());
		}
		if (query.status() != null) {
			where.append(" and s.status = :status");
			params.put("status", query.status().name());
		}
		if (query.label() != null && !query.label().isBlank()) {
			where.append(" and lower(s.label) like :label");
			params.put("label", query.label().strip().toLowerCase(Locale.ROOT).replace("%", "") + "%");
		}
		if (query.before() != null) {
			where.append(" and s.id < :before");
			params.put("before", query.before());
		}
		params.put("limit", limit + 1);
		List<Row> rows = jdbc.sql(SELECT + where + " order by s.id desc fetch first :limit rows only")
			.params(params)
			.query(ServiceSearch::row)
			.list();
		boolean more = rows.size() > limit;
		List<Row> page = more ? rows.subList(0, limit) : rows;
		return new Page(items(page), more ? page.get(page.size() - 1).service().id() : null);
	}

	public Optional<Detail> detail(long id) {
		return jdbc.sql(SELECT + " where s.id = :id")
			.param("id", id)
			.query(ServiceSearch::row)
			.optional()
			.map(r -> new Detail(items(List.of(r)).get(0), history.of(id, 100), tasks.ofService(id)));
	}

	private static final String SELECT = "select " + Services.COLUMNS + ", r.invoice_id as renewal_invoice_id"
			+ " from service s left join service_renewal r"
			+ " on r.service_id = s.id and r.period_start = s.next_due_date";

	private record Row(Service service, Long renewalInvoiceId) {
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(Services.map(rs, n), rs.getObject("renewal_invoice_id", Long.class));
	}

	private List<Item> items(List<Row> rows) {
		Map<Long, ProductView> products = rows.isEmpty() ? Map.of()
				: catalog.products(rows.stream().map(r -> r.service().productId()).distinct().toList());
		return rows.stream().map(r -> {
			Service s = r.service();
			Long due = s.status() == ServiceStatus.PENDING ? s.orderInvoiceId()
					: s.status().isLive() ? r.renewalInvoiceId() : null;
			return new Item(s, products.get(s.productId()), due);
		}).toList();
	}

}
