package se.postboxen.kollegan.adapter.web;

import java.net.URI;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.regwatch.FetchState;
import se.postboxen.kollegan.regwatch.FetchedEntry;
import se.postboxen.kollegan.regwatch.RegwatchFetcher;
import se.postboxen.kollegan.regwatch.RegwatchSource;
import se.postboxen.kollegan.regwatch.RegwatchSourceId;
import se.postboxen.kollegan.regwatch.SourceKind;
import se.postboxen.kollegan.tenant.TenantId;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Regwatch sources served over https by WireMock, fetched with the test policy that may
 * reach the local server, and the real policy's refusals.
 */
class WebRegwatchFetcherTests {

	private static final TenantId TENANT = new TenantId(java.util.UUID.randomUUID());

	private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

	private WireMockServer server;

	private WebRegwatchFetcher fetcher;

	@BeforeEach
	void start() throws Exception {
		this.server = new WireMockServer(options().dynamicPort().dynamicHttpsPort().gzipDisabled(true));
		this.server.start();
		this.fetcher = new WebRegwatchFetcher(
				new GuardedHttp.Policy(64 * 1024, Duration.ofSeconds(5), 3, true, trustingTheTestServer()),
				Duration.ZERO, Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@AfterEach
	void stop() throws Exception {
		this.fetcher.close();
		this.server.stop();
	}

	@Test
	void readsAFeedAndAsksAgainWithItsValidators() {
		this.server.stubFor(get(urlEqualTo("/rss")).withHeader("If-None-Match", absent())
			.willReturn(aResponse().withHeader("ETag", "\"v1\"")
				.withHeader("Last-Modified", "Tue, 01 Dec 2026 07:00:00 GMT")
				.withBody(
						"""
								<?xml version="1.0" encoding="UTF-8"?>
								<rss version="2.0"><channel><title>IMY</title><link>https://www.imy.se/</link>
								<description>Nyheter</description>
								<item><guid>imy-1</guid><title>Ny vägledning om &lt;b&gt;kameror&lt;/b&gt;</title>
								<link>/nyheter/1</link><description>&lt;p&gt;Första stycket.&lt;/p&gt;&lt;p&gt;Andra.&lt;/p&gt;</description>
								</item></channel></rss>
								""")));
		this.server.stubFor(get(urlEqualTo("/rss")).withHeader("If-None-Match", equalTo("\"v1\""))
			.willReturn(aResponse().withStatus(304)));
		RegwatchSource source = source(SourceKind.RSS, "/rss", null);

		RegwatchFetcher.Result first = this.fetcher.fetch(source, FetchState.never(source));
		assertThat(first).isInstanceOf(RegwatchFetcher.Fetched.class);
		RegwatchFetcher.Fetched fetched = (RegwatchFetcher.Fetched) first;
		assertThat(fetched.etag()).isEqualTo("\"v1\"");
		assertThat(fetched.entries()).containsExactly(new FetchedEntry("imy-1", "Ny vägledning om kameror",
				URI.create(base() + "/nyheter/1"), "Första stycket.\nAndra.\n"));

		FetchState state = FetchState.never(source).succeeded(NOW, fetched.etag(), fetched.lastModified());
		assertThat(this.fetcher.fetch(source, state)).isInstanceOf(RegwatchFetcher.NotModified.class);
		this.server.verify(getRequestedFor(urlEqualTo("/rss")).withHeader("If-None-Match", equalTo("\"v1\""))
			.withHeader("If-Modified-Since", equalTo("Tue, 01 Dec 2026 07:00:00 GMT")));
	}

	@Test
	void readsThePartOfAPageItsSelectorPicksAndAnApiByItsMapping() {
		this.server.stubFor(get(urlEqualTo("/troskelvarden")).willReturn(aResponse().withBody(
				"""
						<html><head><title>Tröskelvärden</title></head><body><nav>Meny</nav>
						<main><h1>Tröskelvärden 2026</h1><ul><li>Varor: 1 492 000 kr</li><li>Tjänster: 1 492 000 kr</li></ul></main>
						</body></html>
						""")));
		this.server.stubFor(get(urlEqualTo("/sfs")).willReturn(aResponse().withBody("""
				{"dokumentlista": {"dokument": [
				  {"id": "sfs-2026-1", "titel": "Lag om ändring i LOU", "url": "https://data.riksdagen.se/1",
				   "datum": "2026-11-30"}]}}
				""")));

		RegwatchFetcher.Fetched page = (RegwatchFetcher.Fetched) this.fetcher
			.fetch(source(SourceKind.WEB_PAGE, "/troskelvarden", "main"), fresh(SourceKind.WEB_PAGE));
		RegwatchFetcher.Fetched api = (RegwatchFetcher.Fetched) this.fetcher.fetch(
				source(SourceKind.JSON, "/sfs",
						"items=/dokumentlista/dokument; title=/titel; url=/url; key=/id; " + "date=/datum"),
				fresh(SourceKind.JSON));

		assertThat(page.entries()).singleElement().satisfies(entry -> {
			assertThat(entry.title()).isEqualTo("Tröskelvärden");
			assertThat(entry.content())
				.isEqualTo("Tröskelvärden 2026\nVaror: 1 492 000 kr\nTjänster: 1 492 000 kr\n\n");
		});
		assertThat(api.entries()).containsExactly(new FetchedEntry("sfs-2026-1", "Lag om ändring i LOU",
				URI.create("https://data.riksdagen.se/1"), "Datum / Date: 2026-11-30\n\n"));
	}

	@Test
	void asksForARetryOnBusyAndBrokenSourcesButNotOnAWrongAddress() {
		this.server
			.stubFor(get(urlEqualTo("/busy")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));
		this.server.stubFor(get(urlEqualTo("/broken")).willReturn(aResponse().withStatus(503)));
		this.server.stubFor(get(urlEqualTo("/gone")).willReturn(aResponse().withStatus(404)));
		this.server.stubFor(get(urlEqualTo("/huge")).willReturn(aResponse().withBody("x".repeat(65 * 1024))));
		this.server.stubFor(get(urlEqualTo("/away"))
			.willReturn(aResponse().withStatus(302).withHeader("Location", "https://127.0.0.1:1/private")));
		this.server.stubFor(get(urlEqualTo("/garbage")).willReturn(aResponse().withBody("<html>not a feed")));

		assertThatExceptionOfType(RegwatchFetcher.RegwatchFetchException.class)
			.isThrownBy(() -> fetch(SourceKind.RSS, "/busy"))
			.satisfies(ex -> {
				assertThat(ex.isTransient()).isTrue();
				assertThat(ex.retryAt()).isEqualTo(NOW.plusSeconds(120));
			});
		assertThatExceptionOfType(RegwatchFetcher.RegwatchFetchException.class)
			.isThrownBy(() -> fetch(SourceKind.RSS, "/broken"))
			.satisfies(ex -> assertThat(ex.isTransient()).isTrue());
		assertThatExceptionOfType(RegwatchFetcher.RegwatchFetchException.class)
			.isThrownBy(() -> fetch(SourceKind.RSS, "/gone"))
			.satisfies(ex -> assertThat(ex.isTransient()).isFalse())
			.withMessageContaining("404");
		assertThatExceptionOfType(RegwatchFetcher.RegwatchFetchException.class)
			.isThrownBy(() -> fetch(SourceKind.WEB_PAGE, "/huge"))
			.withMessageContaining("större än");
		assertThatExceptionOfType(RegwatchFetcher.RegwatchFetchException.class)
			.isThrownBy(() -> fetch(SourceKind.RSS, "/garbage"))
			.withMessageContaining("RSS");
		assertThatExceptionOfType(RegwatchFetcher.RegwatchFetchException.class)
			.isThrownBy(() -> fetch(SourceKind.RSS, "/away"))
			.satisfies(ex -> assertThat(ex.isTransient()).isFalse());
	}

	@Test
	void aFeedWithADoctypeIsRefusedAndItsEntitiesAreNeverFetched() {
		this.server.stubFor(get(urlEqualTo("/secret")).willReturn(aResponse().withBody("hemligt")));
		this.server.stubFor(get(urlEqualTo("/xxe")).willReturn(aResponse().withBody("""
				<?xml version="1.0"?>
				<!DOCTYPE rss [<!ENTITY secret SYSTEM "%s/secret">]>
				<rss version="2.0"><channel><title>T</title><link>https://a.example/</link><description>D</description>
				<item><guid>1</guid><title>&secret;</title></item></channel></rss>
				""".formatted(base()))));

		assertThatExceptionOfType(RegwatchFetcher.RegwatchFetchException.class)
			.isThrownBy(() -> fetch(SourceKind.RSS, "/xxe"))
			.satisfies(ex -> assertThat(ex.isTransient()).isFalse());
		this.server.verify(0, getRequestedFor(urlEqualTo("/secret")));
	}

	@Test
	void theRealPolicyNeverReachesAnInternalAddressNotEvenByARedirect() throws Exception {
		this.server.stubFor(get(urlEqualTo("/away")).willReturn(aResponse().withStatus(302)
			.withHeader("Location", "https://127.0.0.1:" + this.server.httpsPort() + "/rss")));
		try (WebRegwatchFetcher real = new WebRegwatchFetcher(Clock.fixed(NOW, ZoneOffset.UTC))) {
			assertThat(real.refusal(URI.create("http://www.imy.se/rss")))
				.hasValueSatisfying(reason -> assertThat(reason).contains("https"));
			for (String internal : List.of("https://127.0.0.1/x", "https://localhost/x", "https://10.0.0.1/x",
					"https://169.254.169.254/latest/meta-data/", "https://[::1]/x")) {
				assertThat(real.refusal(URI.create(internal))).as(internal)
					.hasValueSatisfying(reason -> assertThat(reason).contains("internt nät"));
				RegwatchSource source = new RegwatchSource(RegwatchSourceId.newId(), TENANT, "Intern", SourceKind.RSS,
						URI.create(internal), null, true);
				assertThatExceptionOfType(RegwatchFetcher.RegwatchFetchException.class).as(internal)
					.isThrownBy(() -> real.fetch(source, FetchState.never(source)))
					.withMessageContaining("internt nät");
			}
			assertThat(real.unusableSelector(SourceKind.WEB_PAGE, "main >>> ??")).isPresent();
			assertThat(real.unusableSelector(SourceKind.WEB_PAGE, "main .content")).isEmpty();
		}
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	private RegwatchFetcher.Result fetch(SourceKind kind, String path) {
		RegwatchSource source = source(kind, path, null);
		return this.fetcher.fetch(source, FetchState.never(source));
	}

	private FetchState fresh(SourceKind kind) {
		return FetchState.never(source(kind, "/", null));
	}

	private RegwatchSource source(SourceKind kind, String path, String selector) {
		return new RegwatchSource(RegwatchSourceId.newId(), TENANT, "Källa", kind, URI.create(base() + path), selector,
				true);
	}

	private String base() {
		return "https://localhost:" + this.server.httpsPort();
	}

	/** Trusts WireMock's self-signed certificate; this test's only. */
	private static SSLContext trustingTheTestServer() throws Exception {
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, new TrustManager[] { new X509TrustManager() {
			@Override
			public void checkClientTrusted(X509Certificate[] chain, String authType) {
			}

			@Override
			public void checkServerTrusted(X509Certificate[] chain, String authType) {
			}

			@Override
			public X509Certificate[] getAcceptedIssuers() {
				return new X509Certificate[0];
			}
		} }, new SecureRandom());
		return context;
	}

}
