package io.estante.catalog.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.estante.catalog.ProductType;
import io.estante.catalog.internal.CatalogManagement;
import io.estante.catalog.internal.CatalogRefusal;
import io.estante.catalog.internal.ProductDetails;
import io.estante.shared.BillingCycle;
import io.estante.shared.BusinessException;

/**
 * The admin catalog: categories and products on one page, a page per product (prices,
 * state, upgrade paths). Refusals come back inline beside their field.
 */
@Controller
@RequestMapping("/admin/catalog")
class AdminCatalogController {

	private final CatalogManagement catalog;

	private final MessageSource messages;

	AdminCatalogController(CatalogManagement catalog, MessageSource messages) {
		this.catalog = catalog;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('catalog:read')")
	String index(Model model) {
		model.addAttribute("categories", catalog.categories());
		model.addAttribute("products", catalog.list(false));
		return "admin/catalog/index";
	}

	@PostMapping("/categories")
	@PreAuthorize("hasAuthority('catalog:write')")
	String createCategory(@RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect,
			Locale locale) {
		try {
			catalog.createCategory(name);
		}
		catch (BusinessException ex) {
			model.addAttribute("categoryName", name);
			refused(model, ex, "categoryName");
			return index(model);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("catalog.category.created", null, locale));
		return "redirect:/admin/catalog";
	}

	@GetMapping("/products/new")
	@PreAuthorize("hasAuthority('catalog:write')")
	String newProduct(Model model) {
		model.addAttribute("form", new ProductForm());
		return productForm(model, null);
	}

	@PostMapping("/products")
	@PreAuthorize("hasAuthority('catalog:write')")
	String createProduct(@ModelAttribute("form") ProductForm form, Model model, RedirectAttributes redirect,
			Locale locale) {
		ProductDetails created;
		try {
			created = catalog.createProduct(new CatalogManagement.NewProduct(
					form.getCategoryId() == null ? 0 : form.getCategoryId(), form.getName(), form.getDescription(),
					form.getType(), form.getCurrency(), form.getPrices(), form.getProvisioning(), form.isHidden()));
		}
		catch (BusinessException ex) {
			refused(model, ex, "form");
			return productForm(model, null);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("catalog.product.created", null, locale));
		return "redirect:/admin/catalog/products/" + created.view().id();
	}

	@GetMapping("/products/{id}")
	@PreAuthorize("hasAuthority('catalog:read')")
	String product(@PathVariable long id, Model model) {
		ProductDetails details = catalog.details(id);
		model.addAttribute("form", ProductForm.of(details));
		return productForm(model, details);
	}

	@PostMapping("/products/{id}")
	@PreAuthorize("hasAuthority('catalog:write')")
	String changeProduct(@PathVariable long id, @ModelAttribute("form") ProductForm form, Model model,
			RedirectAttributes redirect, Locale locale) {
		try {
			catalog.changeProduct(id,
					new CatalogManagement.ProductChange(form.getCategoryId(), form.getName(), form.getDescription(),
							form.getProvisioning(), form.isHidden(), form.isRetired(), form.getPrices()));
		}
		catch (BusinessException ex) {
			refused(model, ex, "form");
			return productForm(model, catalog.details(id));
		}
		redirect.addFlashAttribute("flash", messages.getMessage("catalog.product.saved", null, locale));
		return "redirect:/admin/catalog/products/" + id;
	}

	@PostMapping("/products/{id}/upgrade-paths")
	@PreAuthorize("hasAuthority('catalog:write')")
	String declareUpgradePath(@PathVariable long id, @RequestParam(required = false) Long targetProductId, Model model,
			RedirectAttributes redirect, Locale locale) {
		try {
			catalog.declareUpgradePath(id, targetProductId == null ? 0 : targetProductId);
		}
		catch (BusinessException ex) {
			ProductDetails details = catalog.details(id);
			model.addAttribute("form", ProductForm.of(details));
			refused(model, ex, "targetProductId");
			return productForm(model, details);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("catalog.upgrades.added", null, locale));
		return "redirect:/admin/catalog/products/" + id;
	}

	@PostMapping("/products/{id}/upgrade-paths/{targetId}/removal")
	@PreAuthorize("hasAuthority('catalog:write')")
	String removeUpgradePath(@PathVariable long id, @PathVariable long targetId, RedirectAttributes redirect,
			Locale locale) {
		catalog.removeUpgradePath(id, targetId);
		redirect.addFlashAttribute("flash", messages.getMessage("catalog.upgrades.removed", null, locale));
		return "redirect:/admin/catalog/products/" + id;
	}

	private String productForm(Model model, ProductDetails details) {
		model.addAttribute("product", details);
		model.addAttribute("categories", catalog.categories());
		model.addAttribute("types", ProductType.values());
		model.addAttribute("cycles", BillingCycle.values());
		if (details != null) {
			model.addAttribute("targets", catalog.products(details.upgradeTargetIds()).values());
			model.addAttribute("candidates",
					catalog.list(false)
						.stream()
						.filter(p -> p.id() != details.view().id() && !p.retired() && p.type() == details.view().type()
								&& p.currency().equals(details.view().currency())
								&& !details.upgradeTargetIds().contains(p.id()))
						.toList());
		}
		return "admin/catalog/product";
	}

	private static void refused(Model model, BusinessException ex, String fallbackField) {
		model.addAttribute("errorField", ex instanceof CatalogRefusal refusal ? refusal.field() : fallbackField);
		model.addAttribute("error", ex);
	}

}
