package io.estante.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import io.estante.automation.internal.AutomationRuns;
import io.estante.automation.internal.DailyRunner;
import io.estante.test.EstanteIntegrationTest;
import io.estante.test.MutableClock;

/**
 * The daily run over a prepared data set, on a database of its own (batches of two, so
 * every step walks several batches): exactly the expected invoices, suspensions,
 * cancellations and terminations; a second run the same day does nothing.
 */
@EstanteIntegrationTest
@TestPropertySource(properties = { "estante.automation.batch-size=2", "estante.automation.cron=-" })
class DailyRunIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	DailyRunner runner;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void oneRunDoesExactlyTheDaysWorkAndASecondRunDoesNothing() {
		DailyRunDataSet data = DailyRunDataSet.prepare(context);

		DailyRunner.Summary first = runner.run(DailyRunDataSet.AS_OF, AutomationRuns.Trigger.STAFF, "test");
		assertThat(first.run().status()).isEqualTo(AutomationRuns.Status.COMPLETED);
		assertThat(first.counts()).containsAllEntriesOf(DailyRunDataSet.COUNTS);
		assertThat(first.problems()).isEmpty();
		data.assertRunOutcome(context);

		DailyRunner.Summary second = runner.run(DailyRunDataSet.AS_OF, AutomationRuns.Trigger.STAFF, "test");
		assertThat(second.run().status()).isEqualTo(AutomationRuns.Status.COMPLETED);
		assertThat(second.counts().values()).allMatch(n -> n == 0);
		data.assertRunOutcome(context);
		assertThat(DailyRunDataSet.sum(List.of(first.counts(), second.counts())))
			.containsAllEntriesOf(DailyRunDataSet.COUNTS);
	}

}
