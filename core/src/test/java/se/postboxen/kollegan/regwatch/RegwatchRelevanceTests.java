package se.postboxen.kollegan.regwatch;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RegwatchRelevanceTests {

	final TenantId tenant = TenantId.newId();

	final RegwatchRelevance relevance = new RegwatchRelevance(50);

	private List<RegwatchTopic> topics(String... keywords) {
		return java.util.Arrays.stream(keywords)
			.map(keyword -> new RegwatchTopic(RegwatchTopicId.newId(), this.tenant, keyword))
			.toList();
	}

	@Test
	void aTopicInTheTitleWeighsMostWhateverItsCase() {
		assertThat(this.relevance.score(topics("Upphandling"), "Ny UPPHANDLINGSLAG", "")).isEqualTo(50);
	}

	@Test
	void aTopicInTheTextCountsMoreWithEachMentionUpToALimit() {
		List<RegwatchTopic> gdpr = topics("gdpr");

		assertThat(this.relevance.score(gdpr, "Nyhet", "GDPR")).isEqualTo(25);
		assertThat(this.relevance.score(gdpr, "Nyhet", "GDPR och GDPR")).isEqualTo(30);
		assertThat(this.relevance.score(gdpr, "Nyhet", "gdpr ".repeat(20))).isEqualTo(40);
	}

	@Test
	void topicsAddUpToAtMostAHundredAndNoneIsZero() {
		assertThat(this.relevance.score(topics("a", "b", "c"), "a b c", "")).isEqualTo(100);
		assertThat(this.relevance.score(topics("arkiv"), "Plan- och bygglagen", "Bygglov")).isZero();
		assertThat(this.relevance.score(List.of(), "Arkiv", "Arkiv")).isZero();
	}

	@Test
	void alertsFromItsThreshold() {
		assertThat(this.relevance.alerts(49)).isFalse();
		assertThat(this.relevance.alerts(50)).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> new RegwatchRelevance(0));
		assertThatIllegalArgumentException().isThrownBy(() -> new RegwatchRelevance(101));
	}

}
