package io.estante;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Estante: client panel and billing for hosting companies. Each sub-package is a Spring
 * Modulith application module; see {@code ModularityTests} for the verified structure.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class EstanteApplication {

	public static void main(String[] args) {
		SpringApplication.run(EstanteApplication.class, args);
	}

}
