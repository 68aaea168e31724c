/**
 * Catalog: categories, products of a type (hosting, radio, domain, other) with a price
 * per billing cycle, and the upgrade paths staff declare between products. Other modules
 * read it through {@link io.estante.catalog.Catalog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog", allowedDependencies = { "shared", "audit" })
package io.estante.catalog;
