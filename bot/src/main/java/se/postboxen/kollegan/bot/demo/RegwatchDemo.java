package se.postboxen.kollegan.bot.demo;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.bot.DeploymentMode;
import se.postboxen.kollegan.regwatch.RegwatchItem;
import se.postboxen.kollegan.regwatch.RegwatchItemId;
import se.postboxen.kollegan.regwatch.RegwatchItemVersion;
import se.postboxen.kollegan.regwatch.RegwatchItems;
import se.postboxen.kollegan.regwatch.RegwatchRelevance;
import se.postboxen.kollegan.regwatch.RegwatchSource;
import se.postboxen.kollegan.regwatch.RegwatchSourceId;
import se.postboxen.kollegan.regwatch.RegwatchSources;
import se.postboxen.kollegan.regwatch.RegwatchTopic;
import se.postboxen.kollegan.regwatch.RegwatchTopicId;
import se.postboxen.kollegan.regwatch.RegwatchTopics;
import se.postboxen.kollegan.regwatch.RegwatchWatch;
import se.postboxen.kollegan.regwatch.SourceKind;
import se.postboxen.kollegan.shared.TransactionLocks;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.Tenants;

/**
 * Regwatch for the demo tenants: real public sources (Riksdagen's SFS, EUR-Lex,
 * Upphandlingsmyndigheten's thresholds, IMY, EDPB), a few topics, and one page with two
 * versions so that the history shows a difference before anything was fetched. Sources
 * are added where missing (checked under a lock every replica sees), at every start,
 * after {@link DemoData} has made the tenants and their first source. Without internet
 * every fetch fails, is recorded on the source and tried again at the next hourly scan,
 * quietly.
 */
@Component
class RegwatchDemo {

	/** The sources, each with a selector where its kind needs one. */
	private record Watched(String name, SourceKind kind, String url, @Nullable String selector) {

	}

	private static final Watched THRESHOLDS = new Watched("Upphandlingsmyndigheten – tröskelvärden",
			SourceKind.WEB_PAGE,
			"https://www.upphandlingsmyndigheten.se/regler-och-lagar/troskelvarden-och-beloppsgranser/", "main");

	private static final List<Watched> SOURCES = List.of(
			new Watched("Riksdagen – nya författningar (SFS)", SourceKind.JSON,
					"https://data.riksdagen.se/dokumentlista/?doktyp=sfs&sort=datum&sortorder=desc&utformat=json",
					"items=/dokumentlista/dokument; title=/titel; url=/dokument_url_html; key=/dok_id; date=/datum"),
			new Watched("EUR-Lex – Europeiska unionens officiella tidning (L)", SourceKind.WEB_PAGE,
					"https://eur-lex.europa.eu/oj/daily-view/L-series/default.html", "main"),
			THRESHOLDS, new Watched("IMY – nyheter", SourceKind.WEB_PAGE, "https://www.imy.se/nyheter/", "main"),
			new Watched("EDPB – news", SourceKind.RSS, "https://www.edpb.europa.eu/feed/news_en", null));

	private static final List<String> TOPICS = List.of("upphandling", "tröskelvärde", "dataskydd", "GDPR");

	/** Demo text, not fetched: the 2024–2025 amounts as in the procurement simulator. */
	private static final String THRESHOLDS_BEFORE = """
			Tröskelvärden (demo)
			Statliga myndigheter, varor och tjänster: 1 546 202 kronor.
			Övriga upphandlande myndigheter, varor och tjänster: 2 389 585 kronor.
			Byggentreprenader: 59 880 179 kronor.""";

	private static final String THRESHOLDS_AFTER = """
			Tröskelvärden 2024–2025 (demo)
			Statliga myndigheter, varor och tjänster: 1 546 202 kronor.
			Övriga upphandlande myndigheter, varor och tjänster: 2 389 585 kronor.
			Byggentreprenader: 59 880 179 kronor.
			Direktupphandlingsgränsen är 700 000 kronor.""";

	private final boolean enabled;

	private final Tenants tenants;

	private final RegwatchSources sources;

	private final RegwatchItems items;

	private final RegwatchTopics topics;

	private final RegwatchRelevance relevance;

	private final Transactions transactions;

	private final TransactionLocks locks;

	private final Clock clock;

	RegwatchDemo(Environment environment, Tenants tenants, RegwatchSources sources, RegwatchItems items,
			RegwatchTopics topics, RegwatchRelevance relevance, Transactions transactions, TransactionLocks locks,
			Clock clock) {
		this.enabled = DeploymentMode.demo(environment);
		this.tenants = tenants;
		this.sources = sources;
		this.items = items;
		this.topics = topics;
		this.relevance = relevance;
		this.transactions = transactions;
		this.locks = locks;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void watchRealSources() {
		if (!this.enabled) {
			return;
		}
		for (DemoTenant demo : DemoTenant.values()) {
			this.tenants.findBySlug(demo.slug())
				.ifPresent(tenant -> this.transactions.inTransaction(() -> seed(tenant)));
		}
	}

	private @Nullable Void seed(Tenant tenant) {
		this.locks.lock("demo-regwatch:" + tenant.slug());
		Set<String> keywords = this.topics.findAll(tenant.id())
			.stream()
			.map(topic -> topic.keyword().toLowerCase(java.util.Locale.ROOT))
			.collect(Collectors.toSet());
		for (String keyword : TOPICS) {
			if (!keywords.contains(keyword.toLowerCase(java.util.Locale.ROOT))) {
				this.topics.add(new RegwatchTopic(RegwatchTopicId.newId(), tenant.id(), keyword));
			}
		}
		Set<URI> watched = this.sources.findAll(tenant.id())
			.stream()
			.map(RegwatchSource::url)
			.collect(Collectors.toSet());
		for (Watched source : SOURCES) {
			if (!watched.contains(URI.create(source.url()))) {
				RegwatchSource added = this.sources.save(new RegwatchSource(RegwatchSourceId.newId(), tenant.id(),
						source.name(), source.kind(), URI.create(source.url()), source.selector(), true));
				if (source == THRESHOLDS) {
					thresholdsChanged(added);
				}
			}
		}
		return null;
	}

	/**
	 * The thresholds page as it was and as it is: two versions, scored like fetched ones.
	 * Its key is the page's address, as the fetcher's, so a real fetch continues it.
	 */
	private void thresholdsChanged(RegwatchSource source) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Instant before = now.minus(Duration.ofDays(40));
		Instant after = now.minus(Duration.ofDays(2));
		List<RegwatchTopic> watched = this.topics.findAll(source.tenantId());
		RegwatchItem item = this.items.save(new RegwatchItem(RegwatchItemId.newId(), source.tenantId(), source.id(),
				source.url().toString(), source.name(), source.url(), before, after,
				this.relevance.score(watched, source.name(), THRESHOLDS_AFTER)));
		this.items.addVersion(source.tenantId(), new RegwatchItemVersion(item.id(), 1,
				RegwatchWatch.sha256(THRESHOLDS_BEFORE), THRESHOLDS_BEFORE, before));
		this.items.addVersion(source.tenantId(),
				new RegwatchItemVersion(item.id(), 2, RegwatchWatch.sha256(THRESHOLDS_AFTER), THRESHOLDS_AFTER, after));
	}

}
