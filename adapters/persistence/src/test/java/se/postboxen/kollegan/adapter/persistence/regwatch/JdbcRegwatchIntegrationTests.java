package se.postboxen.kollegan.adapter.persistence.regwatch;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.postboxen.kollegan.adapter.persistence.StoreIntegrationTest;
import se.postboxen.kollegan.adapter.persistence.TestTenants;
import se.postboxen.kollegan.regwatch.FetchState;
import se.postboxen.kollegan.regwatch.RegwatchItem;
import se.postboxen.kollegan.regwatch.RegwatchItemId;
import se.postboxen.kollegan.regwatch.RegwatchItemVersion;
import se.postboxen.kollegan.regwatch.RegwatchItems;
import se.postboxen.kollegan.regwatch.RegwatchSource;
import se.postboxen.kollegan.regwatch.RegwatchSourceId;
import se.postboxen.kollegan.regwatch.RegwatchSources;
import se.postboxen.kollegan.regwatch.RegwatchTopic;
import se.postboxen.kollegan.regwatch.RegwatchTopicId;
import se.postboxen.kollegan.regwatch.RegwatchTopics;
import se.postboxen.kollegan.regwatch.SourceKind;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@StoreIntegrationTest
class JdbcRegwatchIntegrationTests {

	@Autowired
	RegwatchSources sources;

	@Autowired
	RegwatchItems items;

	@Autowired
	RegwatchTopics topics;

	@Autowired
	Tenants tenants;

	@Test
	void keepsAnItemsVersionsInOrderAndRefusesAGap() {
		TenantId tenant = TestTenants.create(this.tenants);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		RegwatchSource source = this.sources.save(new RegwatchSource(RegwatchSourceId.newId(), tenant, "IMY nyheter",
				SourceKind.RSS, URI.create("https://www.imy.se/nyheter/rss"), null, true));
		RegwatchItem item = this.items.save(new RegwatchItem(RegwatchItemId.newId(), tenant, source.id(), "guid-1",
				"Ny vägledning", URI.create("https://www.imy.se/nyheter/1"), now, now));

		this.items.addVersion(tenant, new RegwatchItemVersion(item.id(), 1, "h1", "Första lydelsen", now));
		this.items.addVersion(tenant, new RegwatchItemVersion(item.id(), 2, "h2", "Andra lydelsen", now));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.items.addVersion(tenant, new RegwatchItemVersion(item.id(), 4, "h4", "x", now)));
		assertThat(this.items.versions(tenant, item.id())).extracting(RegwatchItemVersion::content)
			.containsExactly("Första lydelsen", "Andra lydelsen");
		assertThat(this.items.findByExternalKey(tenant, source.id(), "guid-1")).contains(item);
		assertThat(this.sources.findAll(tenant)).containsExactly(source);
		TenantId other = TestTenants.create(this.tenants);
		assertThat(this.items.versions(other, item.id())).isEmpty();
		assertThat(this.sources.findById(other, source.id())).isEmpty();
	}

	@Test
	void remembersHowASourceWasFetchedAndForgetsItWithTheSource() {
		TenantId tenant = TestTenants.create(this.tenants);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		RegwatchSource source = this.sources.save(new RegwatchSource(RegwatchSourceId.newId(), tenant, "EDPB",
				SourceKind.RSS, URI.create("https://www.edpb.europa.eu/feed/news_en"), null, true));
		assertThat(this.sources.fetchState(tenant, source.id())).isEmpty();

		FetchState fetched = FetchState.never(source).succeeded(now, "\"v1\"", "Tue, 01 Dec 2026 08:00:00 GMT");
		this.sources.record(fetched);
		FetchState failed = fetched.failed(now.plusSeconds(60), "Källan svarade 503 / The source answered 503");
		this.sources.record(failed);

		assertThat(this.sources.fetchState(tenant, source.id())).contains(failed);
		assertThat(failed.etag()).isEqualTo("\"v1\"");
		assertThat(this.sources.fetchState(TestTenants.create(this.tenants), source.id())).isEmpty();
		assertThat(this.sources.allEnabled()).contains(source);

		RegwatchItem item = this.items.save(new RegwatchItem(RegwatchItemId.newId(), tenant, source.id(), "k", "Titel",
				URI.create("https://www.edpb.europa.eu/x"), now, now, 75));
		this.items.addVersion(tenant, new RegwatchItemVersion(item.id(), 1, "h1", "text", now));
		assertThat(this.sources.delete(TestTenants.create(this.tenants), source.id())).isFalse();
		assertThat(this.sources.delete(tenant, source.id())).isTrue();
		assertThat(this.sources.fetchState(tenant, source.id())).isEmpty();
		assertThat(this.items.findById(tenant, item.id())).isEmpty();
		assertThat(this.sources.allEnabled()).doesNotContain(source);
	}

	@Test
	void findsItemsByRelevanceSourceAndChangeNewestFirst() {
		TenantId tenant = TestTenants.create(this.tenants);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		RegwatchSource imy = this.sources.save(new RegwatchSource(RegwatchSourceId.newId(), tenant, "IMY",
				SourceKind.RSS, URI.create("https://www.imy.se/rss"), null, true));
		RegwatchSource eu = this.sources.save(new RegwatchSource(RegwatchSourceId.newId(), tenant, "EUR-Lex",
				SourceKind.ATOM, URI.create("https://eur-lex.europa.eu/atom"), null, false));
		RegwatchItem old = item(tenant, imy, "old", now.minusSeconds(86_400 * 40), 80);
		RegwatchItem relevant = item(tenant, imy, "relevant", now.minusSeconds(60), 50);
		RegwatchItem irrelevant = item(tenant, imy, "irrelevant", now, 0);
		RegwatchItem european = item(tenant, eu, "european", now.minusSeconds(30), 25);
		this.items.addVersion(tenant, new RegwatchItemVersion(relevant.id(), 1, "a", "one", now));
		this.items.addVersion(tenant, new RegwatchItemVersion(relevant.id(), 2, "b", "two", now));

		assertThat(this.items.find(tenant, null, 0, null, 10)).containsExactly(irrelevant, european, relevant, old);
		assertThat(this.items.find(tenant, null, 1, now.minusSeconds(86_400), 10)).containsExactly(european, relevant);
		assertThat(this.items.find(tenant, imy.id(), 50, null, 10)).containsExactly(relevant, old);
		assertThat(this.items.find(tenant, null, 0, null, 1)).containsExactly(irrelevant);
		assertThat(this.items.find(TestTenants.create(this.tenants), null, 0, null, 10)).isEmpty();
		assertThat(this.items.newestVersion(tenant, relevant.id())).map(RegwatchItemVersion::content).contains("two");
		assertThat(this.items.save(relevant.withRelevance(90)).relevance()).isEqualTo(90);
		assertThat(this.items.findAll(tenant)).hasSize(4);
		assertThat(this.sources.allEnabled()).contains(imy).doesNotContain(eu);
	}

	@Test
	void keepsEachKeywordOncePerTenantWhateverItsCase() {
		TenantId tenant = TestTenants.create(this.tenants);
		TenantId other = TestTenants.create(this.tenants);
		RegwatchTopic gdpr = this.topics.add(new RegwatchTopic(RegwatchTopicId.newId(), tenant, "GDPR"));
		this.topics.add(new RegwatchTopic(RegwatchTopicId.newId(), tenant, "arkiv"));
		this.topics.add(new RegwatchTopic(RegwatchTopicId.newId(), other, "gdpr"));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.topics.add(new RegwatchTopic(RegwatchTopicId.newId(), tenant, "gdpr")));
		assertThat(this.topics.findAll(tenant)).extracting(RegwatchTopic::keyword).containsExactly("arkiv", "GDPR");
		assertThat(this.topics.remove(other, gdpr.id())).isFalse();
		assertThat(this.topics.remove(tenant, gdpr.id())).isTrue();
		assertThat(this.topics.findAll(tenant)).extracting(RegwatchTopic::keyword).containsExactly("arkiv");
		assertThat(this.topics.findAll(other)).extracting(RegwatchTopic::keyword).containsExactly("gdpr");
	}

	private RegwatchItem item(TenantId tenant, RegwatchSource source, String key, Instant changed, int relevance) {
		return this.items.save(new RegwatchItem(RegwatchItemId.newId(), tenant, source.id(), key, "Titel " + key,
				URI.create("https://www.imy.se/" + key), changed, changed, relevance));
	}

}
