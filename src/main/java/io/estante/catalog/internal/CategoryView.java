package io.estante.catalog.internal;

/** A product category as the pages and the API show it. */
public record CategoryView(long id, String name, int position, int productCount) {
}
