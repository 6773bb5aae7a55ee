package se.postboxen.kollegan.regwatch;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RegwatchAdminTests {

	static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

	final InMemoryRegwatch regwatch = new InMemoryRegwatch();

	final RegwatchAdmin admin = new RegwatchAdmin(this.regwatch.sources, this.regwatch.topics, this.regwatch.items,
			this.regwatch.fetcher, new RegwatchRelevance(50), this.regwatch.jobs, this.regwatch.auditLog,
			this.regwatch.transactions, Clock.fixed(NOW, ZoneOffset.UTC));

	final TenantId tenant = TenantId.newId();

	final Actor astrid = Actor.user("astrid");

	private InvalidRegwatchInputException refused(SourceDraft draft) {
		return catchThrowableOfType(InvalidRegwatchInputException.class,
				() -> this.admin.addSource(this.tenant, draft, this.astrid));
	}

	@Test
	void aGoodSourceIsKeptAuditedAndFetchedAtOnce() {
		RegwatchSource added = this.admin.addSource(this.tenant,
				new SourceDraft(" IMY ", SourceKind.WEB_PAGE, "https://www.imy.example/nyheter", " main ", true),
				this.astrid);

		assertThat(added.name()).isEqualTo("IMY");
		assertThat(added.selector()).isEqualTo("main");
		assertThat(this.regwatch.sources.findAll(this.tenant)).containsExactly(added);
		assertThat(this.regwatch.audited).extracting(AuditEvent::action).containsExactly("regwatch.source-added");
		assertThat(this.regwatch.jobs.queued).singleElement()
			.satisfies(job -> assertThat(job.payload()).isEqualTo(new JobPayload.RegwatchFetch(added.id())));
	}

	@Test
	void aDisabledSourceIsKeptButNotFetched() {
		this.admin.addSource(this.tenant,
				new SourceDraft("EDPB", SourceKind.RSS, "https://edpb.example/feed", null, false), this.astrid);

		assertThat(this.regwatch.jobs.queued).isEmpty();
	}

	@Test
	void anAddressTheFetcherWouldNeverFetchIsRefusedNamingTheField() {
		assertThat(refused(new SourceDraft("A", SourceKind.RSS, "http://regler.example/", null, true)).errors())
			.containsOnlyKeys("url");
		assertThat(refused(new SourceDraft("A", SourceKind.RSS, "https://internal.example/", null, true)).errors())
			.containsEntry("url", "pekar inåt / points inwards");
		assertThat(refused(new SourceDraft("A", SourceKind.RSS, "not an address", null, true)).errors())
			.containsOnlyKeys("url");
		assertThat(refused(new SourceDraft("A", SourceKind.RSS, null, null, true)).errors()).containsOnlyKeys("url");
		assertThat(this.regwatch.sources.kept).isEmpty();
		assertThat(this.regwatch.audited).isEmpty();
	}

	@Test
	void everyWrongFieldIsNamedAtOnce() {
		assertThat(refused(new SourceDraft("  ", null, "ftp://x", "a\nb", true)).errors()).containsOnlyKeys("name",
				"kind", "url", "selector");
		assertThat(refused(new SourceDraft("Sida", SourceKind.WEB_PAGE, "https://a.example/", "[[", true)).errors())
			.containsOnlyKeys("selector");
		assertThat(refused(new SourceDraft("API", SourceKind.JSON, "https://a.example/", "title=/t", true)).errors())
			.containsOnlyKeys("selector");
	}

	@Test
	void anotherTenantsSourceIsNotFound() {
		RegwatchSource mine = this.admin.addSource(this.tenant,
				new SourceDraft("SFS", SourceKind.RSS, "https://sfs.example/", null, true), this.astrid);
		TenantId other = TenantId.newId();
		SourceDraft draft = new SourceDraft("B", SourceKind.RSS, "https://b.example/", null, true);

		assertThatExceptionOfType(RegwatchNotFoundException.class)
			.isThrownBy(() -> this.admin.changeSource(other, mine.id(), draft, this.astrid));
		assertThatExceptionOfType(RegwatchNotFoundException.class)
			.isThrownBy(() -> this.admin.removeSource(other, mine.id(), this.astrid));
		assertThatExceptionOfType(RegwatchNotFoundException.class)
			.isThrownBy(() -> this.admin.fetchNow(other, mine.id(), this.astrid));
		assertThat(this.regwatch.sources.findById(this.tenant, mine.id())).hasValue(mine);
	}

	@Test
	void fetchNowRightAfterAddingStillFetches() {
		RegwatchSource added = this.admin.addSource(this.tenant,
				new SourceDraft("SFS", SourceKind.RSS, "https://sfs.example/", null, true), this.astrid);

		this.admin.fetchNow(this.tenant, added.id(), this.astrid);

		assertThat(this.regwatch.jobs.queued).hasSize(2);
	}

	@Test
	void aTopicIsOnePerKeywordInAnyCaseAndRescoresTheItems() {
		RegwatchSource source = this.admin.addSource(this.tenant,
				new SourceDraft("SFS", SourceKind.RSS, "https://sfs.example/", null, true), this.astrid);
		RegwatchItem item = this.regwatch.items.save(new RegwatchItem(RegwatchItemId.newId(), this.tenant, source.id(),
				"k", "Ny dataskyddslag", URI.create("https://sfs.example/k"), NOW, NOW));
		this.regwatch.items.addVersion(this.tenant, new RegwatchItemVersion(item.id(), 1, "h", "Text", NOW));

		RegwatchTopic topic = this.admin.addTopic(this.tenant, "Dataskydd", this.astrid);

		assertThat(this.regwatch.items.findById(this.tenant, item.id()).orElseThrow().relevance()).isEqualTo(50);
		assertThat(catchThrowableOfType(InvalidRegwatchInputException.class,
				() -> this.admin.addTopic(this.tenant, "DATASKYDD", this.astrid))
			.errors()).containsOnlyKeys("keyword");
		assertThat(catchThrowableOfType(InvalidRegwatchInputException.class,
				() -> this.admin.addTopic(this.tenant, " ", this.astrid))
			.errors()).containsOnlyKeys("keyword");

		this.admin.removeTopic(this.tenant, topic.id(), this.astrid);

		assertThat(this.regwatch.items.findById(this.tenant, item.id()).orElseThrow().relevance()).isZero();
		assertThat(this.regwatch.audited).extracting(AuditEvent::action)
			.contains("regwatch.topic-added", "regwatch.topic-removed");
	}

}
