package io.estante.upgrades.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import io.estante.upgrades.UpgradePolicy;

/**
 * {@code estante.upgrades.policy}: {@code difference} (the manual's rule, default) or
 * {@code prorated}.
 */
@ConfigurationProperties("estante.upgrades")
public record UpgradeProperties(@DefaultValue("difference") UpgradePolicy policy) {
}
