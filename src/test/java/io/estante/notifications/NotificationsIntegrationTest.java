package io.estante.notifications;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import io.estante.test.EstanteIntegrationTest;

/**
 * The application with both alert channels on: WhatsApp against the local fake Cloud API,
 * e-mail into GreenMail (both started once per test run, see
 * {@link NotificationsTestSetup}), short retry delays. All classes with this annotation
 * share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EstanteIntegrationTest
@ContextConfiguration(initializers = NotificationsTestSetup.class)
@TestPropertySource(properties = { "estante.base-url=https://panel.estante.test",
		"estante.notifications.poll-interval=50ms", "estante.notifications.retry.initial-delay=40ms",
		"estante.notifications.retry.max-delay=300ms", "estante.notifications.retry.max-attempts=4",
		"estante.whatsapp.request-timeout=600ms", "estante.mail.from=Estante <alertas@estante.test>",
		"estante.notifications.moments.test-moment.template=estante_test",
		"estante.notifications.moments.test-moment.parameters=firstName,code",
		"estante.notifications.moments.test-essential.template=estante_test_essential",
		"estante.notifications.moments.test-essential.parameters=firstName",
		"estante.notifications.moments.test-essential.essential=true",
		"estante.notifications.moments.test-email-only.template=" })
@Import(InboundCapture.class)
public @interface NotificationsIntegrationTest {

}
