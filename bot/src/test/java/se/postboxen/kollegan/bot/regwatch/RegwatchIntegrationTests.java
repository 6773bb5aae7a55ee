package se.postboxen.kollegan.bot.regwatch;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.adapter.web.WebRegwatchFetcher;
import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.regwatch.FetchState;
import se.postboxen.kollegan.regwatch.FetchedEntry;
import se.postboxen.kollegan.regwatch.RegwatchFetcher;
import se.postboxen.kollegan.regwatch.RegwatchSource;
import se.postboxen.kollegan.regwatch.SourceKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Regwatch through its API on the real application: sources refused at once when the
 * fetcher never could fetch them (the real guard decides), fetched through the job queue,
 * a change kept as a new version with its difference, an unchanged fetch adding nothing,
 * relevant changes alerted by mail, roles and tenants kept apart. The web is played by a
 * scripted fetcher bean, answering by address: the real one's HTTP is tested against
 * WireMock in the web adapter, and no property here lets it reach a local address.
 */
@KolleganIntegrationTest
@Import(RegwatchIntegrationTests.ScriptedWeb.class)
class RegwatchIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ScriptedFetcher web;

	@Autowired
	JdbcClient jdbc;

	@TestConfiguration
	static class ScriptedWeb {

		@Bean(destroyMethod = "close")
		ScriptedFetcher scriptedFetcher(Clock clock) {
			return new ScriptedFetcher(new WebRegwatchFetcher(clock));
		}

	}

	/**
	 * Answers fetches from a script by address; checks addresses as the real one does.
	 */
	static final class ScriptedFetcher implements RegwatchFetcher, AutoCloseable {

		private final WebRegwatchFetcher real;

		private final Map<URI, List<FetchedEntry>> pages = new ConcurrentHashMap<>();

		ScriptedFetcher(WebRegwatchFetcher real) {
			this.real = real;
		}

		void serve(String url, FetchedEntry... entries) {
			this.pages.put(URI.create(url), List.of(entries));
		}

		@Override
		public Result fetch(RegwatchSource source, FetchState state) {
			List<FetchedEntry> entries = this.pages.get(source.url());
			if (entries == null) {
				throw new RegwatchFetchException("Värden svarar inte / The host does not answer", false, null);
			}
			return new Fetched(entries, null, null);
		}

		@Override
		public Optional<String> refusal(URI url) {
			return this.real.refusal(url);
		}

		@Override
		public Optional<String> unusableSelector(SourceKind kind, @Nullable String selector) {
			return this.real.unusableSelector(kind, selector);
		}

		@Override
		public void close() throws java.io.IOException {
			this.real.close();
		}

	}

	@Test
	void aSourceTheFetcherWouldRefuseIsRefusedAtOnceNamingTheField() {
		Api admin = Api.as(this.port, "demo-a-admin");

		assertThat(fieldsOf(admin.postJson("/api/regwatch/sources", source("SFS", "RSS", "http://regler.example/"))))
			.containsExactly("url");
		assertThat(fieldsOf(admin.postJson("/api/regwatch/sources", source("Lokal", "RSS", "https://127.0.0.1/"))))
			.containsExactly("url");
		assertThat(fieldsOf(admin.postJson("/api/regwatch/sources", source("Lokal", "RSS", "https://localhost/"))))
			.containsExactly("url");
		assertThat(fieldsOf(admin.postJson("/api/regwatch/sources",
				source("Metadata", "JSON", "https://169.254.169.254/latest/meta-data/"))))
			.contains("url");
		assertThat(fieldsOf(admin.postJson("/api/regwatch/sources", source("", "FAX", "https://regler.example/"))))
			.containsExactly("kind", "name");
		assertThat(
				fieldsOf(
						admin
							.postJson("/api/regwatch/sources",
									Api.toJson(Map.of("name", "Sida", "kind", "WEB_PAGE", "url",
											"https://regler.example/", "selector", "main >>> [")))))
			.containsExactly("selector");
		assertThat(fieldsOf(admin.postJson("/api/regwatch/sources", Api.toJson(
				Map.of("name", "API", "kind", "JSON", "url", "https://regler.example/api", "selector", "title=/t")))))
			.containsExactly("selector");
		assertThat(fieldsOf(admin.postJson("/api/regwatch/topics", Api.toJson(Map.of("keyword", " ")))))
			.containsExactly("keyword");
		assertThat(fieldsOf(admin.get("/api/regwatch/items?minRelevance=101"))).containsExactly("minRelevance");
	}

	@Test
	void aChangeBecomesANewVersionWithItsDifferenceAndARelevantOneIsAlerted() {
		Api admin = Api.as(this.port, "demo-a-admin");
		String url = "https://lagar.kommun-a.example/sfs.rss";
		String keyword = "arkivlagen";
		assertThat(admin.postJson("/api/regwatch/topics", Api.toJson(Map.of("keyword", keyword))).statusCode())
			.isEqualTo(201);
		this.web.serve(url, new FetchedEntry("sfs-2026-1", "Ändring i arkivlagen", URI.create(url + "#1"),
				"Lagen träder i kraft den 1 juli."));

		HttpResponse<String> created = admin.postJson("/api/regwatch/sources", source("SFS", "RSS", url));
		assertThat(created.statusCode()).isEqualTo(201);
		String sourceId = Api.json(created).get("id").asString();
		JsonNode item = await().atMost(Duration.ofSeconds(30))
			.until(() -> items(admin, sourceId), found -> found.size() == 1)
			.get(0);
		String itemId = item.get("id").asString();
		assertThat(item.get("relevance").asInt()).isEqualTo(50);
		// The first fetch of a source alerts no one: everything in it would be news.
		assertThat(alertsAbout("Ändring i arkivlagen")).isZero();

		this.web.serve(url, new FetchedEntry("sfs-2026-1", "Ändring i arkivlagen", URI.create(url + "#1"),
				"Lagen träder i kraft den 1 augusti."));
		assertThat(admin.method("POST", "/api/regwatch/sources/" + sourceId + "/fetch").statusCode()).isEqualTo(202);
		JsonNode history = await().atMost(Duration.ofSeconds(30))
			.until(() -> Api.json(admin.get("/api/regwatch/items/" + itemId)),
					found -> found.get("versions").size() == 2);

		JsonNode newest = history.get("versions").get(0);
		assertThat(newest.get("number").asInt()).isEqualTo(2);
		assertThat(newest.get("changes")
			.valueStream()
			.map(change -> change.get("kind").asString() + ":" + change.get("text").asString().strip()))
			.contains("DELETED:juli.", "INSERTED:augusti.");
		await().atMost(Duration.ofSeconds(30)).until(() -> alertsAbout("Ändring i arkivlagen") > 0);

		// The same text again adds nothing, once the fetch is known to have run.
		String fetchedBefore = lastFetched(admin, sourceId);
		admin.method("POST", "/api/regwatch/sources/" + sourceId + "/fetch");
		await().atMost(Duration.ofSeconds(30)).until(() -> !lastFetched(admin, sourceId).equals(fetchedBefore));
		assertThat(Api.json(admin.get("/api/regwatch/items/" + itemId)).get("versions").size()).isEqualTo(2);
	}

	@Test
	void anUnreachableSourceIsRecordedNotRetriedForever() {
		Api admin = Api.as(this.port, "demo-a-admin");
		HttpResponse<String> created = admin.postJson("/api/regwatch/sources",
				source("Nere", "RSS", "https://nere.kommun-a.example/feed"));
		String sourceId = Api.json(created).get("id").asString();

		JsonNode source = await().atMost(Duration.ofSeconds(30))
			.until(() -> sourceNamed(admin, sourceId), found -> found.get("failures").asInt() > 0);

		assertThat(source.get("lastError").asString()).contains("The host does not answer");
		assertThat(this.jdbc.sql("SELECT count(*) FROM agent_job WHERE type = 'REGWATCH_FETCH' AND status = 'DEAD'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void rolesAndTenantsAreKeptApart() {
		Api admin = Api.as(this.port, "demo-a-admin");
		String sourceId = Api
			.json(admin.postJson("/api/regwatch/sources", source("A:s källa", "RSS", "https://a.kommun-a.example/r")))
			.get("id")
			.asString();
		Api member = Api.as(this.port, "demo-a-member");
		Api auditor = Api.as(this.port, "demo-a-auditor");
		Api otherAdmin = Api.as(this.port, "demo-b-admin");

		assertThat(member.postJson("/api/regwatch/sources", source("M", "RSS", "https://m.example/")).statusCode())
			.isEqualTo(403);
		assertThat(member.get("/api/regwatch/sources").statusCode()).isEqualTo(403);
		assertThat(member.get("/api/regwatch/items").statusCode()).isEqualTo(200);
		assertThat(auditor.get("/api/regwatch/sources").statusCode()).isEqualTo(200);
		assertThat(auditor.postJson("/api/regwatch/topics", Api.toJson(Map.of("keyword", "x"))).statusCode())
			.isEqualTo(403);

		assertThat(otherAdmin.get("/api/regwatch/sources").body()).doesNotContain(sourceId).doesNotContain("A:s källa");
		assertThat(otherAdmin.putJson("/api/regwatch/sources/" + sourceId, source("B", "RSS", "https://b.example/"))
			.statusCode()).isEqualTo(404);
		assertThat(otherAdmin.method("DELETE", "/api/regwatch/sources/" + sourceId).statusCode()).isEqualTo(404);
		assertThat(otherAdmin.get("/api/regwatch/items?source=" + sourceId).body()).doesNotContain(sourceId);
		assertThat(admin.get("/api/regwatch/sources").body()).contains(sourceId);
	}

	private static String source(String name, String kind, String url) {
		return Api.toJson(Map.of("name", name, "kind", kind, "url", url));
	}

	private static List<String> fieldsOf(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		return Api.json(response).get("errors").valueStream().map(error -> error.get("field").asString()).toList();
	}

	private static List<JsonNode> items(Api api, String sourceId) {
		return Api.json(api.get("/api/regwatch/items?source=" + sourceId)).get("items").valueStream().toList();
	}

	private static JsonNode sourceNamed(Api api, String sourceId) {
		return Api.json(api.get("/api/regwatch/sources"))
			.get("sources")
			.valueStream()
			.filter(source -> source.get("id").asString().equals(sourceId))
			.findFirst()
			.orElseThrow();
	}

	private static String lastFetched(Api api, String sourceId) {
		return String.valueOf(sourceNamed(api, sourceId).get("lastFetchedAt"));
	}

	private long alertsAbout(String title) {
		return this.jdbc.sql("SELECT count(*) FROM mail_outbox WHERE kind = 'regwatch' AND body LIKE ?")
			.param("%" + title + "%")
			.query(Long.class)
			.single();
	}

}
