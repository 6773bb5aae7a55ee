package se.postboxen.kollegan.bot.observability;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.adapter.persistence.DatabaseConnection;
import se.postboxen.kollegan.adapter.redis.RedisConnection;

/**
 * Says in one start-up line which Postgres and which Redis this instance uses (embedded
 * or external), so that an operator never has to guess. Credentials are never part of the
 * descriptions.
 */
@Component
class DatastoresReport {

	private static final Logger logger = LoggerFactory.getLogger(DatastoresReport.class);

	private final DatabaseConnection database;

	private final RedisConnection redis;

	DatastoresReport(DatabaseConnection database, RedisConnection redis) {
		this.database = database;
		this.redis = redis;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() {
		logger.info("Datastores: {}; {}", this.database.description(), this.redis.description());
	}

}
