package io.estante.test;

import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/** Replaces the application's clock with a {@link MutableClock}. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

	@Bean
	@Primary
	MutableClock mutableClock(Environment environment) {
		return new MutableClock(
				ZoneId.of(environment.getProperty("estante.time-zone", "America/Argentina/Buenos_Aires")));
	}

}
