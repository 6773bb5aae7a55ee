package se.postboxen.kollegan.adapter.graph;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.TranscriptUnavailableException;
import se.postboxen.kollegan.transcript.Utterance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Teams transcripts over Graph against WireMock, with payloads shaped as in Microsoft's
 * documentation: the online meeting by join link (Example 3 of
 * https://learn.microsoft.com/en-us/graph/api/onlinemeeting-get), the transcript list
 * (https://learn.microsoft.com/en-us/graph/api/onlinemeeting-list-transcripts), the
 * content as WebVTT and the 403 a tenant without Graph access to transcripts gets
 * (https://learn.microsoft.com/en-us/graph/api/calltranscript-get).
 */
class GraphTranscriptsTests {

	/** The directory, organiser and link of the documentation's app-token example. */
	private static final String DIRECTORY = "909c6581-5130-43e9-88f3-fcb3582cde37";

	private static final String ORGANIZER_ID = "dc17674c-81d9-4adb-bfb2-8f6a442e4622";

	private static final String JOIN_URL = "https://teams.microsoft.com/l/meetup-join/"
			+ "19%3ameeting_MGQ4MDQyNTEtNTQ2NS00YjQxLTlkM2EtZWVkODYxODYzMmY2%40thread.v2/0"
			+ "?context=%7b%22Tid%22%3a%22909c6581-5130-43e9-88f3-fcb3582cde37%22%2c%22Oid%22%3a%22"
			+ "dc17674c-81d9-4adb-bfb2-8f6a442e4622%22%7d";

	private static final String ONLINE_MEETING_ID = "dc17674c-81d9-4adb-bfb2-8f6a442e4622_"
			+ "19:meeting_MGQ4MDQyNTEtNTQVkODYxODYzMmY2@thread.v2";

	/** The same id as a path segment (RestClient encodes URI variables strictly). */
	private static final String ONLINE_MEETING_PATH = "dc17674c-81d9-4adb-bfb2-8f6a442e4622_"
			+ "19%3Ameeting_MGQ4MDQyNTEtNTQVkODYxODYzMmY2%40thread.v2";

	private static final String MEETINGS = "/v1.0/users/" + ORGANIZER_ID + "/onlineMeetings";

	private static final String TRANSCRIPTS = MEETINGS + "/" + ONLINE_MEETING_PATH + "/transcripts";

	/** In the documented list: created 2021-09-17T06:09:24Z. */
	private static final String MORNING = "MSMjMCMjZDAwYWU3NjUtNmM2Yi00NjQxLTgwMWQtMTkzMmFmMjEzNzdh";

	/** In the documented list: created 2021-09-16T18:58:58Z. */
	private static final String EVENING_RESTARTED = "MSMjMCMjMzAxNjNhYTctNWRmZi00MjM3LTg5MGQtNWJhYWZjZTZhNWYw";

	/** In the documented list: created 2021-09-16T18:56:00Z. */
	private static final String EVENING = "MSMjMCMjNzU3ODc2ZDYtOTcwMi00MDhkLWFkNDItOTE2ZDNmZjkwZGY4";

	/** Content of calltranscript-get's examples 2 and 3, as printed there. */
	private static final String DOCUMENTED_VTT = """
			WEBVTT

			0:0:0.0 --> 0:0:5.320
			<v User Name>This is a transcript test.</v>
			""";

	private final TenantId tenantId = TenantId.newId();

	private final InMemoryTenants tenants = new InMemoryTenants();

	private WireMockServer graph;

	private GraphTranscripts transcripts;

	@BeforeEach
	void start() {
		this.graph = new WireMockServer(options().dynamicPort());
		this.graph.start();
		String base = "http://localhost:" + this.graph.port();
		GraphProperties properties = new GraphProperties("app-id", "app-secret-value", null, null,
				URI.create(base + "/v1.0"), URI.create(base), null, null);
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
		requests.setReadTimeout(Duration.ofSeconds(5));
		this.transcripts = new GraphTranscripts(RestClient.builder().requestFactory(requests).build(), properties,
				this.tenants, Clock.fixed(Instant.parse("2021-09-17T12:00:00Z"), ZoneOffset.UTC));
		this.tenants.tenant = new Tenant(this.tenantId, "kommun-a", "Kommun A", ZoneOffset.UTC, ConsentLevel.PLUS,
				DIRECTORY);
		this.graph.stubFor(post(urlPathEqualTo("/" + DIRECTORY + "/oauth2/v2.0/token")).willReturn(json("token.json")));
	}

	@AfterEach
	void stop() {
		this.graph.stop();
	}

	@Test
	void findsTheMeetingByItsLinkAndReadsTheTranscriptOfThisOccurrence() {
		this.graph.stubFor(
				get(urlPathEqualTo(MEETINGS)).withQueryParam("$filter", equalTo("JoinWebUrl eq '" + JOIN_URL + "'"))
					.willReturn(json("onlinemeetings-by-joinweburl.json")));
		this.graph.stubFor(get(urlPathEqualTo(TRANSCRIPTS)).willReturn(json("transcripts.json")));
		this.graph.stubFor(get(urlPathEqualTo(TRANSCRIPTS + "/" + MORNING + "/content"))
			.withQueryParam("$format", equalTo("text/vtt"))
			.withHeader("Accept", equalTo("text/vtt"))
			.willReturn(vtt(resource("transcript-content.vtt"))));

		Optional<Transcript> transcript = this.transcripts.fetch(meeting("2021-09-17T06:00:00Z", JOIN_URL, null));

		assertThat(transcript).hasValueSatisfying(read -> {
			assertThat(read.speakers()).containsExactly("Anna Berg", "Erik Lund");
			assertThat(read.utterances()).extracting(Utterance::speaker, Utterance::text)
				.containsExactly(tuple("Anna Berg", "God morgon allihop, ska vi börja?"),
						tuple("Erik Lund", "Ja. Först budgeten för digitaliseringen."),
						tuple("Anna Berg", "Bra, Erik tar den punkten."));
			assertThat(read.utterances().get(1).start()).isEqualTo(Duration.ofMillis(5100));
			assertThat(read.utterances().get(1).end()).isEqualTo(Duration.ofMillis(9360));
		});
		// Three calls to Graph, each with the directory's app-only token.
		this.graph.verify(3,
				getRequestedFor(anyUrl()).withHeader("Authorization", equalTo(
						"Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2dyYXBoLm1pY3Jvc29mdC5jb20ifQ"
								+ ".c2lnbmF0dXJl")));
		this.graph.verify(1, getRequestedFor(urlPathEqualTo(TRANSCRIPTS + "/" + MORNING + "/content")));
		// The link went out percent-encoded once, as the documentation's example has it:
		// its own %3a became %253a.
		String lookup = requested(MEETINGS);
		assertThat(lookup).contains("$filter=JoinWebUrl%20eq%20%27https%3A%2F%2Fteams.microsoft.com%2Fl%2F"
				+ "meetup-join%2F19%253ameeting_MGQ4MDQyNTEtNTQ2NS00YjQxLTlkM2EtZWVkODYxODYzMmY2%2540thread.v2%2F0"
				+ "%3Fcontext%3D%257b%2522Tid%2522%253a%2522909c6581");
	}

	@Test
	void readsTheDocumentationsNonConformantTimestamps() {
		stubMeetingAndTranscripts();
		this.graph
			.stubFor(get(urlPathEqualTo(TRANSCRIPTS + "/" + MORNING + "/content")).willReturn(vtt(DOCUMENTED_VTT)));

		Optional<Transcript> transcript = this.transcripts.fetch(meeting("2021-09-17T06:00:00Z", JOIN_URL, null));

		assertThat(transcript)
			.hasValueSatisfying(read -> assertThat(read.utterances()).singleElement().satisfies(utterance -> {
				assertThat(utterance.speaker()).isEqualTo("User Name");
				assertThat(utterance.text()).isEqualTo("This is a transcript test.");
				assertThat(utterance.start()).isEqualTo(Duration.ZERO);
				assertThat(utterance.end()).isEqualTo(Duration.ofMillis(5320));
			}));
	}

	@Test
	void joinsTranscriptsOfARestartedTranscriptionInOrder() {
		stubMeetingAndTranscripts();
		this.graph.stubFor(get(urlPathEqualTo(TRANSCRIPTS + "/" + EVENING + "/content")).willReturn(vtt("""
				WEBVTT

				00:00:01.000 --> 00:00:03.000
				<v Anna Berg>Första delen.</v>
				""")));
		this.graph.stubFor(get(urlPathEqualTo(TRANSCRIPTS + "/" + EVENING_RESTARTED + "/content")).willReturn(vtt("""
				WEBVTT

				00:00:02.000 --> 00:00:04.000
				<v Erik Lund>Andra delen.</v>
				""")));

		Optional<Transcript> transcript = this.transcripts.fetch(meeting("2021-09-16T18:45:00Z", JOIN_URL, null));

		// The second began 2:57.7726383 after the first.
		Duration restart = Duration.between(Instant.parse("2021-09-16T18:56:00.9038309Z"),
				Instant.parse("2021-09-16T18:58:58.6760692Z"));
		assertThat(transcript).hasValueSatisfying(
				read -> assertThat(read.utterances()).extracting(Utterance::speaker, Utterance::text, Utterance::start)
					.containsExactly(tuple("Anna Berg", "Första delen.", Duration.ofSeconds(1)),
							tuple("Erik Lund", "Andra delen.", Duration.ofSeconds(2).plus(restart))));
		this.graph.verify(0, getRequestedFor(urlPathEqualTo(TRANSCRIPTS + "/" + MORNING + "/content")));
	}

	@Test
	void looksUnderTheOrganisersAddressWhenTheLinkDoesNotNameThem() {
		String link = "https://teams.microsoft.com/meet/3927461843287?p=Xp7Rq2Kd9Lm4Nw";
		String meetings = "/v1.0/users/anna.berg%40kommun-a.example/onlineMeetings";
		this.graph
			.stubFor(get(urlPathEqualTo(meetings)).withQueryParam("$filter", equalTo("JoinWebUrl eq '" + link + "'"))
				.willReturn(json("onlinemeetings-by-joinweburl.json")));
		this.graph.stubFor(get(urlPathEqualTo(meetings + "/" + ONLINE_MEETING_PATH + "/transcripts"))
			.willReturn(json("transcripts.json")));
		this.graph
			.stubFor(get(urlPathEqualTo(meetings + "/" + ONLINE_MEETING_PATH + "/transcripts/" + MORNING + "/content"))
				.willReturn(vtt(DOCUMENTED_VTT)));

		Optional<Transcript> transcript = this.transcripts
			.fetch(meeting("2021-09-17T06:00:00Z", link, Person.of("Anna Berg", "anna.berg@kommun-a.example")));

		assertThat(transcript).hasValueSatisfying(read -> assertThat(read.speakers()).containsExactly("User Name"));
	}

	@Test
	void noneWithoutAnOrganiserToLookUnder() {
		Optional<Transcript> transcript = this.transcripts.fetch(meeting("2021-09-17T06:00:00Z",
				"https://teams.microsoft.com/meet/3927461843287?p=Xp7Rq2Kd9Lm4Nw", Person.of("Anna Berg", null)));

		assertThat(transcript).isEmpty();
		this.graph.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void noneForAMeetingOrganisedInAnotherDirectory() {
		this.tenants.tenant = new Tenant(this.tenantId, "kommun-a", "Kommun A", ZoneOffset.UTC, ConsentLevel.PLUS,
				"d1c2e3f4-0000-4000-8000-00000000000a");

		assertThat(this.transcripts.fetch(meeting("2021-09-17T06:00:00Z", JOIN_URL, null))).isEmpty();
		this.graph.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void noneWhenTeamsKnowsNoMeetingByTheLink() {
		this.graph.stubFor(get(urlPathEqualTo(MEETINGS)).willReturn(jsonBody("{\"value\": []}")));

		assertThat(this.transcripts.fetch(meeting("2021-09-17T06:00:00Z", JOIN_URL, null))).isEmpty();
		this.graph.verify(0, getRequestedFor(urlPathEqualTo(TRANSCRIPTS)));
	}

	@Test
	void noneWhenNoTranscriptWasMade() {
		this.graph.stubFor(get(urlPathEqualTo(MEETINGS)).willReturn(json("onlinemeetings-by-joinweburl.json")));
		this.graph.stubFor(get(urlPathEqualTo(TRANSCRIPTS)).willReturn(jsonBody(
				"""
						{"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('dc17674c-81d9-4adb-bfb2-8f6a442e4622')/onlineMeetings('x')/transcripts",
						 "@odata.count": 0, "value": []}""")));

		assertThat(this.transcripts.fetch(meeting("2021-09-17T06:00:00Z", JOIN_URL, null))).isEmpty();
	}

	@Test
	void noneWhenOnlyOtherOccurrencesWereTranscribed() {
		stubMeetingAndTranscripts();

		assertThat(this.transcripts.fetch(meeting("2021-09-20T06:00:00Z", JOIN_URL, null))).isEmpty();
		this.graph.verify(0, getRequestedFor(urlPathEqualTo(TRANSCRIPTS + "/" + MORNING + "/content")));
	}

	@Test
	void noneWhenTheTenantHasTurnedGraphAccessToTranscriptsOff() {
		this.graph.stubFor(get(urlPathEqualTo(MEETINGS)).willReturn(json("onlinemeetings-by-joinweburl.json")));
		this.graph.stubFor(get(urlPathEqualTo(TRANSCRIPTS))
			.willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json").withBody("""
					{"error": {"code": "Forbidden",
					           "message": "Graph API access to transcripts is disabled for this tenant.",
					           "innerError": {"code": "GraphAccessToTranscriptsDisabled"}}}""")));

		assertThat(this.transcripts.fetch(meeting("2021-09-17T06:00:00Z", JOIN_URL, null))).isEmpty();
	}

	@Test
	void unavailableWhenThrottled() {
		this.graph.stubFor(get(urlPathEqualTo(MEETINGS)).willReturn(aResponse().withStatus(429)
			.withHeader("Retry-After", "30")
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": {\"code\": \"TooManyRequests\", \"message\": \"Too many requests.\"}}")));

		assertThatExceptionOfType(TranscriptUnavailableException.class)
			.isThrownBy(() -> this.transcripts.fetch(meeting("2021-09-17T06:00:00Z", JOIN_URL, null)))
			.withMessageContaining("429");
	}

	@Test
	void unavailableWhenGraphIsDown() {
		stubMeetingAndTranscripts();
		this.graph.stubFor(get(urlPathEqualTo(TRANSCRIPTS + "/" + MORNING + "/content"))
			.willReturn(aResponse().withStatus(503)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\": {\"code\": \"ServiceUnavailable\", \"message\": \"Service unavailable.\"}}")));

		assertThatExceptionOfType(TranscriptUnavailableException.class)
			.isThrownBy(() -> this.transcripts.fetch(meeting("2021-09-17T06:00:00Z", JOIN_URL, null)))
			.withMessageContaining("503");
	}

	@Test
	void unavailableWhenTheConnectionBreaks() {
		this.graph
			.stubFor(get(urlPathEqualTo(MEETINGS)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		assertThatExceptionOfType(TranscriptUnavailableException.class)
			.isThrownBy(() -> this.transcripts.fetch(meeting("2021-09-17T06:00:00Z", JOIN_URL, null)));
	}

	@Test
	void noneWhenTheTranscriptHoldsNoSpeech() {
		stubMeetingAndTranscripts();
		this.graph.stubFor(get(urlPathEqualTo(TRANSCRIPTS + "/" + MORNING + "/content")).willReturn(vtt("WEBVTT\n\n")));

		assertThat(this.transcripts.fetch(meeting("2021-09-17T06:00:00Z", JOIN_URL, null))).isEmpty();
	}

	@Test
	void asksNothingAboutMeetingsOnOtherPlatforms() {
		Meeting zoom = meeting("2021-09-17T06:00:00Z", "https://kommun-a.zoom.us/j/123456789?pwd=x",
				Person.of("Anna Berg", "anna.berg@kommun-a.example"));

		assertThat(this.transcripts.fetch(zoom)).isEmpty();
		this.graph.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void asksNothingForATenantWithoutAMicrosoftDirectory() {
		this.tenants.tenant = new Tenant(this.tenantId, "kommun-a", "Kommun A", ZoneOffset.UTC, ConsentLevel.PLUS,
				null);

		assertThat(this.transcripts.fetch(meeting("2021-09-17T06:00:00Z", JOIN_URL, null))).isEmpty();
		this.graph.verify(0, anyRequestedFor(anyUrl()));
	}

	private void stubMeetingAndTranscripts() {
		this.graph.stubFor(get(urlPathEqualTo(MEETINGS)).willReturn(json("onlinemeetings-by-joinweburl.json")));
		this.graph.stubFor(get(urlPathEqualTo(TRANSCRIPTS)).willReturn(json("transcripts.json")));
	}

	/** A half-hour meeting booked at {@code start}. */
	private Meeting meeting(String start, String joinUrl, @Nullable Person organizer) {
		ZonedDateTime startsAt = Instant.parse(start).atZone(ZoneOffset.UTC);
		return Meeting.schedule(this.tenantId, "Styrgruppsmöte", null, URI.create(joinUrl), startsAt,
				startsAt.plusMinutes(30), organizer, List.of(), ExternalIds.NONE, 0, null);
	}

	private String requested(String path) {
		return this.graph.getAllServeEvents()
			.stream()
			.map(ServeEvent::getRequest)
			.filter(request -> request.getUrl().startsWith(path + "?"))
			.findFirst()
			.orElseThrow()
			.getUrl();
	}

	private static ResponseDefinitionBuilder json(String name) {
		return jsonBody(resource(name));
	}

	private static ResponseDefinitionBuilder jsonBody(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

	private static ResponseDefinitionBuilder vtt(String body) {
		return aResponse().withStatus(200)
			.withHeader("Content-Type", "text/vtt")
			.withBody(body.getBytes(StandardCharsets.UTF_8));
	}

	private static String resource(String name) {
		try (InputStream in = GraphTranscriptsTests.class.getResourceAsStream("/graph/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final class InMemoryTenants implements Tenants {

		private @Nullable Tenant tenant;

		@Override
		public Optional<Tenant> findById(TenantId id) {
			return Optional.ofNullable(this.tenant).filter(tenant -> tenant.id().equals(id));
		}

		@Override
		public Optional<Tenant> findBySlug(String slug) {
			return Optional.ofNullable(this.tenant).filter(tenant -> tenant.slug().equals(slug));
		}

		@Override
		public Optional<Tenant> findByDirectoryId(String directoryId) {
			return Optional.ofNullable(this.tenant).filter(tenant -> directoryId.equals(tenant.directoryId()));
		}

		@Override
		public Tenant save(Tenant tenant) {
			this.tenant = tenant;
			return tenant;
		}

	}

}
