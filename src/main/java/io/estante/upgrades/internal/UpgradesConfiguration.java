package io.estante.upgrades.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The upgrades module's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UpgradeProperties.class)
class UpgradesConfiguration {

}
