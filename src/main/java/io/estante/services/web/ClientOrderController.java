package io.estante.services.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.estante.catalog.Catalog;
import io.estante.catalog.ProductView;
import io.estante.services.internal.Ordering;
import io.estante.services.internal.ServiceRefusal;
import io.estante.shared.BillingCycle;
import io.estante.shared.BusinessException;
import io.estante.shared.security.CurrentUser;

/**
 * "Contratar un servicio": the products on sale with their price per cycle, and the order
 * form (product, cycle, domain). An order leads to its invoice; a refusal is shown beside
 * the field at fault.
 */
@Controller
@RequestMapping("/client/order")
class ClientOrderController {

	private final Catalog catalog;

	private final Ordering ordering;

	private final MessageSource messages;

	ClientOrderController(Catalog catalog, Ordering ordering, MessageSource messages) {
		this.catalog = catalog;
		this.ordering = ordering;
		this.messages = messages;
	}

	/**
	 * The form as typed; {@code productId} stays text so a bad value is an inline error.
	 */
	public static class OrderForm {

		private String productId;

		private String billingCycle;

		private String domain;

		public String getProductId() {
			return productId;
		}

		public void setProductId(String productId) {
			this.productId = productId;
		}

		public String getBillingCycle() {
			return billingCycle;
		}

		public void setBillingCycle(String billingCycle) {
			this.billingCycle = billingCycle;
		}

		public String getDomain() {
			return domain;
		}

		public void setDomain(String domain) {
			this.domain = domain;
		}

	}

	@GetMapping
	String form(@RequestParam(required = false) Long productId, Model model) {
		OrderForm form = new OrderForm();
		form.setProductId(productId == null ? null : productId.toString());
		return page(form, model);
	}

	@PostMapping
	String order(CurrentUser me, @ModelAttribute("order") OrderForm form, Model model, RedirectAttributes redirect,
			Locale locale) {
		try {
			Ordering.Placed placed = ordering.place(me.id(),
					new Ordering.Order(productId(form.getProductId()), form.getBillingCycle(), form.getDomain()));
			redirect.addFlashAttribute("flash",
					messages.getMessage("services.order.placed", new Object[] { placed.invoiceNumber() }, locale));
			return "redirect:/client/invoices/" + placed.invoiceId();
		}
		catch (BusinessException ex) {
			model.addAttribute("errorField", ex instanceof ServiceRefusal refusal ? refusal.field() : "general");
			model.addAttribute("error", ex);
			return page(form, model);
		}
	}

	private String page(OrderForm form, Model model) {
		List<ProductView> products = catalog.onSale()
			.stream()
			.sorted(Comparator.comparing(ProductView::categoryName).thenComparing(ProductView::name))
			.toList();
		model.addAttribute("products", products);
		model.addAttribute("cycles", BillingCycle.values());
		model.addAttribute("order", form);
		return "client/services/order";
	}

	private static Long productId(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw ServiceRefusal.unprocessable("productId", "services.order.not-orderable", 0L);
		}
	}

}
