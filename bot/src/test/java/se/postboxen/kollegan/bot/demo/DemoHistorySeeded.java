package se.postboxen.kollegan.bot.demo;

import java.time.Duration;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Every test against the application starts once the demo history is in: it is seeded in
 * the background after start-up ({@link DemoHistory}) and appears at once when its
 * transaction commits, which a test counting meetings before and after something must not
 * see happen in between. A context without demo data has nothing to wait for.
 */
public class DemoHistorySeeded implements TestExecutionListener, Ordered {

	private static final Duration PATIENCE = Duration.ofMinutes(3);

	@Override
	public void beforeTestMethod(TestContext testContext) throws Exception {
		if (!testContext.hasApplicationContext()) {
			return;
		}
		DemoHistory history = testContext.getApplicationContext().getBeanProvider(DemoHistory.class).getIfAvailable();
		if (history != null && !history.awaitSeeded(PATIENCE)) {
			throw new IllegalStateException("the demo history was not seeded within " + PATIENCE);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
