package io.estante.catalog.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.estante.catalog.internal.CatalogManagement;
import io.estante.catalog.internal.CategoryView;
import io.estante.catalog.internal.ProductDetails;
import io.estante.shared.NotFound;

/**
 * The catalog over HTTP: the public list of products on sale, and staff's categories,
 * products and upgrade paths under {@code /api/v1/admin}.
 */
@RestController
@RequestMapping("/api/v1")
class CatalogApi {

	private final CatalogManagement catalog;

	CatalogApi(CatalogManagement catalog) {
		this.catalog = catalog;
	}

	record CategoryRequest(String name) {
	}

	record ProductRequest(@NotNull Long categoryId, String name, String description, String type, String currency,
			Map<String, String> prices, String provisioning, Boolean hidden) {
	}

	record UpgradePathRequest(@NotNull Long targetProductId) {
	}

	record Items<T>(List<T> items) {
	}

	@GetMapping("/products")
	Items<ProductResponse> products() {
		return new Items<>(catalog.list(true).stream().map(ProductResponse::of).toList());
	}

	@GetMapping("/products/{id}")
	ProductResponse product(@PathVariable long id) {
		ProductDetails details = catalog.details(id);
		if (!details.view().orderable()) {
			throw new NotFound("product", id);
		}
		return ProductResponse.of(details.view());
	}

	@GetMapping("/admin/categories")
	@PreAuthorize("hasAuthority('catalog:read')")
	Items<CategoryView> categories() {
		return new Items<>(catalog.categories());
	}

	@PostMapping("/admin/categories")
	@PreAuthorize("hasAuthority('catalog:write')")
	ResponseEntity<CategoryView> createCategory(@RequestBody CategoryRequest request) {
		CategoryView category = catalog.createCategory(request.name());
		return ResponseEntity.created(URI.create("/api/v1/admin/categories/" + category.id())).body(category);
	}

	@GetMapping("/admin/products")
	@PreAuthorize("hasAuthority('catalog:read')")
	Items<ProductResponse> allProducts() {
		return new Items<>(catalog.list(false).stream().map(ProductResponse::of).toList());
	}

	@GetMapping("/admin/products/{id}")
	@PreAuthorize("hasAuthority('catalog:read')")
	ProductResponse adminProduct(@PathVariable long id) {
		return ProductResponse.of(catalog.details(id));
	}

	@PostMapping("/admin/products")
	@PreAuthorize("hasAuthority('catalog:write')")
	ResponseEntity<ProductResponse> createProduct(@Valid @RequestBody ProductRequest request) {
		ProductDetails created = catalog.createProduct(new CatalogManagement.NewProduct(request.categoryId(),
				request.name(), request.description(), request.type(), request.currency(), request.prices(),
				request.provisioning(), Boolean.TRUE.equals(request.hidden())));
		return ResponseEntity.created(URI.create("/api/v1/admin/products/" + created.view().id()))
			.body(ProductResponse.of(created));
	}

	/**
	 * Changes what is given: name, description, category, provisioning, hidden, retired,
	 * prices per cycle.
	 */
	@PatchMapping("/admin/products/{id}")
	@PreAuthorize("hasAuthority('catalog:write')")
	ProductResponse changeProduct(@PathVariable long id, @RequestBody ChangeRequest request) {
		return ProductResponse.of(catalog.changeProduct(id,
				new CatalogManagement.ProductChange(request.categoryId(), request.name(), request.description(),
						request.provisioning(), request.hidden(), request.retired(), request.prices())));
	}

	record ChangeRequest(Long categoryId, String name, String description, String provisioning, Boolean hidden,
			Boolean retired, Map<String, String> prices) {
	}

	/** 201 when declared now, 200 when it was already declared (nothing changes). */
	@PostMapping("/admin/products/{id}/upgrade-paths")
	@PreAuthorize("hasAuthority('catalog:write')")
	ResponseEntity<ProductResponse> declareUpgradePath(@PathVariable long id,
			@Valid @RequestBody UpgradePathRequest request) {
		boolean added = catalog.declareUpgradePath(id, request.targetProductId());
		return ResponseEntity.status(added ? HttpStatus.CREATED : HttpStatus.OK)
			.body(ProductResponse.of(catalog.details(id)));
	}

	@DeleteMapping("/admin/products/{id}/upgrade-paths/{targetId}")
	@PreAuthorize("hasAuthority('catalog:write')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeUpgradePath(@PathVariable long id, @PathVariable long targetId) {
		catalog.removeUpgradePath(id, targetId);
	}

}
