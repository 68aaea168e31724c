package io.estante.payments;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

import io.estante.test.EstanteIntegrationTest;

/**
 * The application with both gateways on, against the stand-ins of
 * {@link PaymentsTestSetup}. All classes with this annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EstanteIntegrationTest
@ContextConfiguration(initializers = PaymentsTestSetup.class)
public @interface PaymentsIntegrationTest {

}
