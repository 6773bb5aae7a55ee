package se.postboxen.kollegan.adapter.persistence.regwatch;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.regwatch.RegwatchTopic;
import se.postboxen.kollegan.regwatch.RegwatchTopicId;
import se.postboxen.kollegan.regwatch.RegwatchTopics;
import se.postboxen.kollegan.tenant.TenantId;

@Component
class JdbcRegwatchTopics implements RegwatchTopics {

	private final RegwatchTopicRows rows;

	private final JdbcAggregateOperations aggregates;

	JdbcRegwatchTopics(RegwatchTopicRows rows, JdbcAggregateOperations aggregates) {
		this.rows = rows;
		this.aggregates = aggregates;
	}

	@Override
	public RegwatchTopic add(RegwatchTopic topic) {
		try {
			return toTopic(this.aggregates
				.insert(new RegwatchTopicRow(topic.id().value(), topic.tenantId().value(), topic.keyword(), 0, null)));
		}
		catch (DuplicateKeyException ex) {
			throw new IllegalArgumentException("The tenant has this keyword already", ex);
		}
	}

	@Override
	public boolean remove(TenantId tenantId, RegwatchTopicId id) {
		return this.rows.deleteOf(id.value(), tenantId.value()) > 0;
	}

	@Override
	public List<RegwatchTopic> findAll(TenantId tenantId) {
		return this.rows.findAllOf(tenantId.value()).stream().map(JdbcRegwatchTopics::toTopic).toList();
	}

	private static RegwatchTopic toTopic(RegwatchTopicRow row) {
		return new RegwatchTopic(new RegwatchTopicId(row.id()), new TenantId(row.tenantId()), row.keyword());
	}

}
