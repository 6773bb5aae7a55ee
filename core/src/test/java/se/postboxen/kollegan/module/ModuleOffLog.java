package se.postboxen.kollegan.module;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The lines {@link ModuleOff} writes at INFO while a test runs: its JDK logger ends in
 * {@code java.util.logging} when nothing else is configured, as in core's tests.
 */
public final class ModuleOffLog implements AutoCloseable {

	private final Logger logger = Logger.getLogger(ModuleOff.class.getName());

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private final Handler handler = new Handler() {

		@Override
		public void publish(LogRecord record) {
			if (record.getLevel() == Level.INFO) {
				ModuleOffLog.this.lines.add(record.getMessage());
			}
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

	};

	public ModuleOffLog() {
		this.logger.addHandler(this.handler);
	}

	public List<String> lines() {
		return List.copyOf(this.lines);
	}

	@Override
	public void close() {
		this.logger.removeHandler(this.handler);
	}

}
