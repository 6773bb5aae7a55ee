package se.postboxen.kollegan.regwatch;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.jobs.JobType;
import se.postboxen.kollegan.module.InMemoryTenantModules;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.ModuleOffLog;
import se.postboxen.kollegan.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

class RegwatchWatchTests {

	static final Instant NOW = Instant.parse("2026-11-26T10:23:00Z");

	final InMemoryRegwatch regwatch = new InMemoryRegwatch();

	final TenantId tenant = TenantId.newId();

	final InMemoryTenantModules modules = new InMemoryTenantModules().on(this.tenant, Module.REGWATCH);

	RegwatchWatch watch;

	RegwatchSource source;

	@BeforeEach
	void aSourceWatchingArchives() {
		this.watch = new RegwatchWatch(this.regwatch.sources, this.regwatch.items, this.regwatch.topics,
				this.regwatch.fetcher, new RegwatchRelevance(50), this.regwatch.jobs, this.regwatch.transactions,
				Clock.fixed(NOW, ZoneOffset.UTC));
		this.source = this.regwatch.sources.save(new RegwatchSource(RegwatchSourceId.newId(), this.tenant, "SFS",
				SourceKind.RSS, URI.create("https://data.riksdagen.example/sfs.rss"), null, true));
		this.regwatch.topics.add(new RegwatchTopic(RegwatchTopicId.newId(), this.tenant, "arkivlagen"));
	}

	private static FetchedEntry entry(String key, String title, String content) {
		return new FetchedEntry(key, title, URI.create("https://data.riksdagen.example/" + key), content);
	}

	private JobOutcome fetch() {
		return this.watch.fetch(this.tenant, this.source.id(), false);
	}

	private List<RegwatchItemVersion> versionsOf(String key) {
		RegwatchItem item = this.regwatch.items.findByExternalKey(this.tenant, this.source.id(), key).orElseThrow();
		return this.regwatch.items.versions(this.tenant, item.id());
	}

	private List<JobPayload> alerts() {
		return this.regwatch.jobs.queued.stream()
			.map(JobRequest::payload)
			.filter(payload -> payload instanceof JobPayload.RegwatchAlert)
			.toList();
	}

	@Test
	void theFirstFetchKeepsEveryEntryAsVersionOneAndAlertsNoOne() {
		this.regwatch.fetcher.answer(entry("sfs-1", "Ändring i arkivlagen", "Träder i kraft 1 juli."),
				entry("sfs-2", "Ändring i plan- och bygglagen", "Träder i kraft 1 maj."));

		assertThat(fetch()).isEqualTo(JobOutcome.done());

		assertThat(versionsOf("sfs-1")).extracting(RegwatchItemVersion::number).containsExactly(1);
		assertThat(versionsOf("sfs-2")).hasSize(1);
		assertThat(
				this.regwatch.items.findByExternalKey(this.tenant, this.source.id(), "sfs-1").orElseThrow().relevance())
			.isEqualTo(50);
		assertThat(alerts()).isEmpty();
		FetchState state = this.regwatch.sources.states.get(this.source.id());
		assertThat(state.lastSuccessAt()).isEqualTo(NOW);
		assertThat(state.etag()).isEqualTo("\"v0\"");
	}

	@Test
	void aChangedEntryGetsTheNextVersionAndARelevantOneIsAlerted() {
		this.regwatch.fetcher.answer(entry("sfs-1", "Ändring i arkivlagen", "Träder i kraft 1 juli."),
				entry("sfs-2", "Ändring i plan- och bygglagen", "Träder i kraft 1 maj."));
		fetch();
		this.regwatch.fetcher.answer(entry("sfs-1", "Ändring i arkivlagen", "Träder i kraft 1 augusti."),
				entry("sfs-2", "Ändring i plan- och bygglagen", "Träder i kraft 1 juni."));

		fetch();

		assertThat(versionsOf("sfs-1")).extracting(RegwatchItemVersion::content)
			.containsExactly("Träder i kraft 1 juli.", "Träder i kraft 1 augusti.");
		assertThat(versionsOf("sfs-2")).hasSize(2);
		// Only the change that bears on a topic is alerted.
		RegwatchItem archives = this.regwatch.items.findByExternalKey(this.tenant, this.source.id(), "sfs-1")
			.orElseThrow();
		assertThat(alerts()).containsExactly(new JobPayload.RegwatchAlert(archives.id(), 2));
		// The validators of the last answer go with the next request.
		assertThat(this.regwatch.fetcher.sent.get(1).etag()).isEqualTo("\"v0\"");
	}

	@Test
	void theSameTextAgainAddsNothing() {
		this.regwatch.fetcher.answer(entry("sfs-1", "Ändring i arkivlagen", "Träder i kraft 1 juli."));
		fetch();
		this.regwatch.fetcher.answer(entry("sfs-1", "Ändring i arkivlagen", "Träder i kraft 1 juli."));

		fetch();

		assertThat(versionsOf("sfs-1")).hasSize(1);
		assertThat(alerts()).isEmpty();
	}

	@Test
	void notModifiedKeepsTheValidatorsAndAddsNothing() {
		this.regwatch.fetcher.answer(entry("sfs-1", "Ändring i arkivlagen", "Träder i kraft 1 juli."));
		fetch();
		this.regwatch.fetcher.notModified();

		assertThat(fetch()).isEqualTo(JobOutcome.done());

		assertThat(versionsOf("sfs-1")).hasSize(1);
		assertThat(this.regwatch.sources.states.get(this.source.id()).etag()).isEqualTo("\"v0\"");
	}

	@Test
	void aTransientFailureIsRetriedWhenTheSourceAsksAndRecordedMeanwhile() {
		Instant later = NOW.plusSeconds(120);
		this.regwatch.fetcher.fail(
				new RegwatchFetcher.RegwatchFetchException("Värden svarade 429 / The host answered 429", true, later));

		JobOutcome outcome = fetch();

		assertThat(outcome).isInstanceOf(JobOutcome.Retry.class);
		assertThat(((JobOutcome.Retry) outcome).at()).isEqualTo(later);
		FetchState state = this.regwatch.sources.states.get(this.source.id());
		assertThat(state.lastError()).contains("429");
		assertThat(state.failures()).isEqualTo(1);
	}

	@Test
	void aLastAttemptOrAPermanentFailureWaitsForTheNextScanInsteadOfDeadLettering() {
		this.regwatch.fetcher.fail(new RegwatchFetcher.RegwatchFetchException("503", true, null));
		this.regwatch.fetcher.fail(new RegwatchFetcher.RegwatchFetchException("404", false, null));

		assertThat(this.watch.fetch(this.tenant, this.source.id(), true)).isEqualTo(JobOutcome.done());
		assertThat(fetch()).isEqualTo(JobOutcome.done());

		assertThat(this.regwatch.sources.states.get(this.source.id()).failures()).isEqualTo(2);
		assertThat(this.regwatch.sources.states.get(this.source.id()).lastSuccessAt()).isNull();
	}

	@Test
	void aDisabledSourceOrOneOfAnotherTenantIsNotFetched() {
		this.regwatch.sources.save(new RegwatchSource(this.source.id(), this.tenant, "SFS", SourceKind.RSS,
				this.source.url(), null, false));

		assertThat(fetch()).isEqualTo(JobOutcome.done());
		assertThat(this.watch.fetch(TenantId.newId(), this.source.id(), false)).isEqualTo(JobOutcome.done());
		assertThat(this.regwatch.fetcher.sent).isEmpty();
	}

	@Test
	void aFeedLinkThatIsNoWebAddressIsReplacedByTheSources() {
		this.regwatch.fetcher.answer(new FetchedEntry("x", "Länk", URI.create("javascript:alert(1)"), "Text"));

		fetch();

		RegwatchItem item = this.regwatch.items.findByExternalKey(this.tenant, this.source.id(), "x").orElseThrow();
		assertThat(item.url()).isEqualTo(this.source.url());
	}

	@Test
	void theScanQueuesOneFetchPerEnabledSourceSpacingEachHostsOnce() {
		this.regwatch.sources.save(new RegwatchSource(RegwatchSourceId.newId(), this.tenant, "SFS 2", SourceKind.JSON,
				URI.create("https://data.riksdagen.example/api"), "items=/a; title=/t; url=/u", true));
		TenantId another = TenantId.newId();
		this.modules.on(another, Module.REGWATCH);
		this.regwatch.sources.save(new RegwatchSource(RegwatchSourceId.newId(), another, "IMY", SourceKind.WEB_PAGE,
				URI.create("https://www.imy.example/nyheter"), "main", true));
		this.regwatch.sources.save(new RegwatchSource(RegwatchSourceId.newId(), this.tenant, "Av", SourceKind.RSS,
				URI.create("https://av.example/"), null, false));
		RegwatchJobs.Scan scan = new RegwatchJobs.Scan(this.regwatch.sources, this.regwatch.jobs, this.modules);
		JobContext tick = new JobContext(new JobKey("tick"), null, 1, NOW);

		scan.handle(new JobPayload.RegwatchScan(), tick);
		scan.handle(new JobPayload.RegwatchScan(), tick);

		assertThat(this.regwatch.jobs.queued).hasSize(3);
		assertThat(this.regwatch.jobs.queued).extracting(JobRequest::runAt)
			.containsExactlyInAnyOrder(NOW, NOW.plus(RegwatchJobs.HOST_SPACING), NOW);
		assertThat(this.regwatch.jobs.queued)
			.allSatisfy(request -> assertThat(request.payload().type()).isEqualTo(JobType.REGWATCH_FETCH));
	}

	@Test
	void theScanLeavesOutTheSourcesOfATenantThatSwitchedRegwatchOffAndKeepsThem() {
		TenantId switchedOff = TenantId.newId();
		RegwatchSource kept = this.regwatch.sources.save(new RegwatchSource(RegwatchSourceId.newId(), switchedOff,
				"IMY", SourceKind.WEB_PAGE, URI.create("https://www.imy.example/nyheter"), "main", true));
		this.regwatch.sources.save(new RegwatchSource(RegwatchSourceId.newId(), switchedOff, "EDPB", SourceKind.RSS,
				URI.create("https://edpb.example/feed"), null, true));
		RegwatchJobs.Scan scan = new RegwatchJobs.Scan(this.regwatch.sources, this.regwatch.jobs, this.modules);

		try (ModuleOffLog log = new ModuleOffLog()) {
			assertThat(scan.handle(new JobPayload.RegwatchScan(), new JobContext(new JobKey("tick"), null, 1, NOW)))
				.isEqualTo(JobOutcome.done());

			// Said once for the tenant, not once per source.
			assertThat(log.lines()).singleElement().asString().contains(switchedOff.toString(), "regwatch is off");
		}
		assertThat(this.regwatch.jobs.queued).extracting(JobRequest::tenantId).containsExactly(this.tenant);

		this.modules.on(switchedOff, Module.REGWATCH);
		scan.handle(new JobPayload.RegwatchScan(),
				new JobContext(new JobKey("tick-2"), null, 1, NOW.plusSeconds(3600)));
		assertThat(this.regwatch.jobs.queued).extracting(JobRequest::payload)
			.contains(new JobPayload.RegwatchFetch(kept.id()));
	}

	@Test
	void aFetchQueuedBeforeRegwatchWasSwitchedOffIsDoneWithoutFetching() {
		RegwatchJobs.Fetch job = new RegwatchJobs.Fetch(this.watch, this.modules);
		this.modules.off(this.tenant, Module.REGWATCH);

		try (ModuleOffLog log = new ModuleOffLog()) {
			assertThat(job.handle(new JobPayload.RegwatchFetch(this.source.id()),
					new JobContext(new JobKey("regwatch-fetch:1"), this.tenant, 1, NOW)))
				.isEqualTo(JobOutcome.done());

			assertThat(log.lines()).singleElement()
				.asString()
				.contains("regwatch source " + this.source.id(), "the module regwatch is off");
		}
		assertThat(this.regwatch.fetcher.sent).isEmpty();
		assertThat(this.regwatch.sources.states).doesNotContainKey(this.source.id());
	}

}
