package io.estante.catalog;

/**
 * What a product is; domains are paid ahead and cannot be cancelled, only left to expire.
 */
public enum ProductType {

	HOSTING, RADIO, DOMAIN, OTHER

}
