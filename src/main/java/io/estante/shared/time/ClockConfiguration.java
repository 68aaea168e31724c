package io.estante.shared.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock domain code reads. Billing dates are the company's local dates
 * ({@code estante.time-zone}, Buenos Aires by default); tests replace this bean to move
 * time.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

	@Bean
	Clock clock(org.springframework.core.env.Environment environment) {
		String zone = environment.getProperty("estante.time-zone", "America/Argentina/Buenos_Aires");
		return Clock.system(ZoneId.of(zone));
	}

}
