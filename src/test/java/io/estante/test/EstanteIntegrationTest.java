package io.estante.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port with its own database (H2 or PostgreSQL, see
 * {@link TestDatabaseCustomizerFactory}) and a movable clock. Every test class with only
 * this annotation shares one context, so the suite starts few applications.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=", "estante.admin.email=owner@estante.test",
				"estante.admin.password=owner-password-2026" })
@Import(TestClockConfiguration.class)
public @interface EstanteIntegrationTest {

	String OWNER_EMAIL = "owner@estante.test";

	String OWNER_PASSWORD = "owner-password-2026";

}
