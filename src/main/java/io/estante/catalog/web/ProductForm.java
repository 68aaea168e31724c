package io.estante.catalog.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.estante.catalog.internal.ProductDetails;
import io.estante.shared.BillingCycle;

/** The product form of the admin catalog pages (new and edit). */
public class ProductForm {

	private Long categoryId;

	private String name = "";

	private String description = "";

	private String type = "HOSTING";

	private String currency = "ARS";

	private String provisioning = "manual";

	private boolean hidden;

	private boolean retired;

	private Map<String, String> prices = new LinkedHashMap<>();

	public ProductForm() {
		for (BillingCycle cycle : BillingCycle.values()) {
			prices.put(cycle.name(), "");
		}
	}

	static ProductForm of(ProductDetails details) {
		ProductForm form = new ProductForm();
		var view = details.view();
		form.categoryId = view.categoryId();
		form.name = view.name();
		form.description = details.description() == null ? "" : details.description();
		form.type = view.type().name();
		form.currency = view.currency();
		form.provisioning = view.provisioning();
		form.hidden = view.hidden();
		form.retired = view.retired();
		view.prices().forEach((cycle, money) -> form.prices.put(cycle.name(), money.plain()));
		return form;
	}

	public Long getCategoryId() {
		return categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getType() {
		return type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public String getProvisioning() {
		return provisioning;
	}

	public void setProvisioning(String provisioning) {
		this.provisioning = provisioning;
	}

	public boolean isHidden() {
		return hidden;
	}

	public void setHidden(boolean hidden) {
		this.hidden = hidden;
	}

	public boolean isRetired() {
		return retired;
	}

	public void setRetired(boolean retired) {
		this.retired = retired;
	}

	public Map<String, String> getPrices() {
		return prices;
	}

	public void setPrices(Map<String, String> prices) {
		this.prices = prices;
	}

}
