package se.postboxen.kollegan.adapter.zoom;

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
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.tenant.TenantId;
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
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Zoom cloud recording transcripts against WireMock, with payloads shaped as Zoom
 * documents them: the Server-to-Server OAuth token request and answer
 * (https://developers.zoom.us/docs/rooms/oauth/, "App Type: Server to Server"), the
 * meeting's recording files (Get meeting recordings,
 * https://developers.zoom.us/docs/api/meetings/#tag/cloud-recording/GET/meetings/{meetingId}/recordings,
 * typed in Zoom's own SDK as
 * https://zoom.github.io/rivet-javascript/types/Meetings.CloudRecordingGetMeetingRecordingsResponse.html),
 * and the transcript file as Zoom writes it: numbered WebVTT cues with a
 * {@code Name: text} payload. A second server stands for the storage the download
 * redirects to.
 */
class ZoomTranscriptsTests {

	private static final String JOIN_URL = "https://kommun-a.zoom.us/j/85746065432?pwd=bTZ0WkxHRWFoUWZ3c0d6dz09";

	private static final String RECORDINGS = "/v2/meetings/85746065432/recordings";

	private static final String TRANSCRIPT_DOWNLOAD = "/rec/download/a1f3c5e7-vtt";

	private static final String TOKEN = "eyJzdiI6IjAwMDAwMiIsImFsZyI6IkhTNTEyIiwidiI6IjIuMCIsImtpZCI6IjZjOTFjYTEwIn0"
			+ ".eyJhdWQiOiJodHRwczovL29hdXRoLnpvb20udXMiLCJ2ZXIiOjEwfQ.c2lnbmF0dXJl";

	/** The booked start of the meeting the fixtures recorded (09:00–09:30 UTC). */
	private static final String BOOKED = "2026-11-26T09:00:00Z";

	private final TenantId tenantId = TenantId.newId();

	private WireMockServer zoom;

	private WireMockServer storage;

	private String api;

	private ZoomTranscripts transcripts;

	@BeforeEach
	void start() {
		this.zoom = new WireMockServer(options().dynamicPort());
		this.zoom.start();
		this.storage = new WireMockServer(options().dynamicPort());
		this.storage.start();
		this.api = "http://localhost:" + this.zoom.port();
		this.transcripts = transcripts(new ZoomProperties("lw5hOOdeR5yw1P2VZDR6HA", "zoom-client-id",
				"zoom-client-secret", URI.create(this.api), URI.create(this.api), null, null, null, null));
		this.zoom.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(json(resource("token.json"))));
	}

	@AfterEach
	void stop() {
		this.zoom.stop();
		this.storage.stop();
	}

	@Test
	void readsTheTranscriptOfThisOccurrenceFromTheCloudRecording() {
		this.zoom.stubFor(get(urlPathEqualTo(RECORDINGS)).willReturn(json(recordings("recordings.json"))));
		stubDownload(TRANSCRIPT_DOWNLOAD, resource("transcript.vtt"));

		Optional<Transcript> transcript = this.transcripts.fetch(meeting(BOOKED, JOIN_URL));

		assertThat(transcript).hasValueSatisfying(read -> {
			assertThat(read.speakers()).containsExactly("Anna Berg", "Erik Lund");
			assertThat(read.utterances()).extracting(Utterance::speaker, Utterance::text)
				.containsExactly(tuple("Anna Berg", "God morgon allihop, ska vi börja?"),
						tuple("Erik Lund", "Ja. Först budgeten för digitaliseringen."),
						tuple("Anna Berg", "Bra, Erik tar den punkten."));
			assertThat(read.utterances().get(1).start()).isEqualTo(Duration.ofMillis(5100));
			assertThat(read.utterances().get(1).end()).isEqualTo(Duration.ofMillis(9360));
		});
		// The token: account id in the query, client id and secret as Basic auth.
		this.zoom.verify(1,
				postRequestedFor(urlPathEqualTo("/oauth/token"))
					.withQueryParam("grant_type", equalTo("account_credentials"))
					.withQueryParam("account_id", equalTo("lw5hOOdeR5yw1P2VZDR6HA"))
					.withHeader("Authorization", equalTo("Basic " + Base64.getEncoder()
						.encodeToString("zoom-client-id:zoom-client-secret".getBytes(StandardCharsets.UTF_8)))));
		this.zoom.verify(1,
				getRequestedFor(urlPathEqualTo(RECORDINGS)).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
		this.zoom.verify(1, getRequestedFor(urlPathEqualTo(TRANSCRIPT_DOWNLOAD)).withHeader("Authorization",
				equalTo("Bearer " + TOKEN)));
		// Only the transcript was downloaded, and the token stayed with Zoom.
		this.zoom.verify(0, getRequestedFor(urlPathMatching("/rec/download/(ed6c2f27|6f4a9b2e|timeline).*")));
		this.storage.verify(1, getRequestedFor(anyUrl()).withoutHeader("Authorization"));
	}

	@Test
	void asksForOneTokenAcrossFetches() {
		this.zoom.stubFor(get(urlPathEqualTo(RECORDINGS)).willReturn(json(recordings("recordings.json"))));
		stubDownload(TRANSCRIPT_DOWNLOAD, resource("transcript.vtt"));

		assertThat(this.transcripts.fetch(meeting(BOOKED, JOIN_URL))).isPresent();
		assertThat(this.transcripts.fetch(meeting(BOOKED, JOIN_URL))).isPresent();

		this.zoom.verify(1, postRequestedFor(urlPathEqualTo("/oauth/token")));
		this.zoom.verify(2, getRequestedFor(urlPathEqualTo(RECORDINGS)));
	}

	@Test
	void asksForANewTokenAfterZoomRefusedTheOldOne() {
		this.zoom.stubFor(get(urlPathEqualTo(RECORDINGS))
			.willReturn(jsonError(401, "{\"code\": 124, \"message\": \"Invalid access token.\"}")));

		assertThat(this.transcripts.fetch(meeting(BOOKED, JOIN_URL))).isEmpty();
		assertThat(this.transcripts.fetch(meeting(BOOKED, JOIN_URL))).isEmpty();

		this.zoom.verify(2, postRequestedFor(urlPathEqualTo("/oauth/token")));
	}

	@Test
	void noneWhenTheLatestRecordingIsOfAnotherOccurrence() {
		// A weekly meeting keeps its id, and Zoom answers for the latest occurrence:
		// asked about the one a week before, it shows this one's files.
		this.zoom.stubFor(get(urlPathEqualTo(RECORDINGS)).willReturn(json(recordings("recordings.json"))));

		assertThat(this.transcripts.fetch(meeting("2026-11-19T09:00:00Z", JOIN_URL))).isEmpty();
		this.zoom.verify(0, getRequestedFor(urlPathEqualTo(TRANSCRIPT_DOWNLOAD)));
	}

	@Test
	void unavailableWhileTheTranscriptIsStillProcessing() {
		this.zoom.stubFor(get(urlPathEqualTo(RECORDINGS)).willReturn(json(recordings("recordings-processing.json"))));

		assertThatExceptionOfType(TranscriptUnavailableException.class)
			.isThrownBy(() -> this.transcripts.fetch(meeting(BOOKED, JOIN_URL)));
		this.zoom.verify(0, getRequestedFor(urlPathEqualTo(TRANSCRIPT_DOWNLOAD)));
	}

	@Test
	void joinsTheTranscriptsOfARestartedRecordingInOrder() {
		this.zoom.stubFor(get(urlPathEqualTo(RECORDINGS)).willReturn(json(recordings("recordings-restarted.json"))));
		stubDownload(TRANSCRIPT_DOWNLOAD, """
				WEBVTT

				1
				00:00:01.000 --> 00:00:03.000
				Anna Berg: Första delen.
				""");
		stubDownload(TRANSCRIPT_DOWNLOAD + "-2", """
				WEBVTT

				1
				00:00:02.000 --> 00:00:04.000
				Erik Lund: Andra delen.
				""");

		Optional<Transcript> transcript = this.transcripts.fetch(meeting(BOOKED, JOIN_URL));

		// The second stretch was recorded from 09:20:30, 19:26 after the first.
		Duration restart = Duration.ofMinutes(19).plusSeconds(26);
		assertThat(transcript).hasValueSatisfying(
				read -> assertThat(read.utterances()).extracting(Utterance::speaker, Utterance::text, Utterance::start)
					.containsExactly(tuple("Anna Berg", "Första delen.", Duration.ofSeconds(1)),
							tuple("Erik Lund", "Andra delen.", Duration.ofSeconds(2).plus(restart))));
	}

	@Test
	void noneWhenZoomHasNoRecordingOfTheMeeting() {
		this.zoom.stubFor(get(urlPathEqualTo(RECORDINGS))
			.willReturn(jsonError(404, "{\"code\": 3301, \"message\": \"This recording does not exist.\"}")));

		assertThat(this.transcripts.fetch(meeting(BOOKED, JOIN_URL))).isEmpty();
	}

	@Test
	void noneWhenZoomRefusesTheAppsCredentials() {
		// RFC 6749 section 5.2's answer to a wrong client id or secret.
		this.zoom.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(jsonError(401,
				"{\"reason\": \"Invalid client_id or client_secret\", \"error\": " + "\"invalid_client\"}")));

		assertThat(this.transcripts.fetch(meeting(BOOKED, JOIN_URL))).isEmpty();
		this.zoom.verify(0, getRequestedFor(anyUrl()));
	}

	@Test
	void unavailableWhenThrottled() {
		this.zoom.stubFor(get(urlPathEqualTo(RECORDINGS)).willReturn(jsonError(429,
				"{\"code\": 429, \"message\": \"You have reached the maximum per-second rate limit for this API.\"}")
			.withHeader("Retry-After", "1")));

		assertThatExceptionOfType(TranscriptUnavailableException.class)
			.isThrownBy(() -> this.transcripts.fetch(meeting(BOOKED, JOIN_URL)))
			.withMessageContaining("429");
	}

	@Test
	void unavailableWhenZoomIsDown() {
		this.zoom.stubFor(get(urlPathEqualTo(RECORDINGS)).willReturn(json(recordings("recordings.json"))));
		this.zoom.stubFor(get(urlPathEqualTo(TRANSCRIPT_DOWNLOAD))
			.willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));

		assertThatExceptionOfType(TranscriptUnavailableException.class)
			.isThrownBy(() -> this.transcripts.fetch(meeting(BOOKED, JOIN_URL)))
			.withMessageContaining("503");
	}

	@Test
	void unavailableWhenTheConnectionBreaks() {
		this.zoom
			.stubFor(get(urlPathEqualTo(RECORDINGS)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		assertThatExceptionOfType(TranscriptUnavailableException.class)
			.isThrownBy(() -> this.transcripts.fetch(meeting(BOOKED, JOIN_URL)));
	}

	@Test
	void noneWhenTheTranscriptHoldsNoSpeech() {
		this.zoom.stubFor(get(urlPathEqualTo(RECORDINGS)).willReturn(json(recordings("recordings.json"))));
		stubDownload(TRANSCRIPT_DOWNLOAD, "WEBVTT\n\n");

		assertThat(this.transcripts.fetch(meeting(BOOKED, JOIN_URL))).isEmpty();
	}

	@Test
	void sendsTheTokenToNoDownloadOutsideZoom() {
		this.zoom.stubFor(get(urlPathEqualTo(RECORDINGS)).willReturn(
				json(resource("recordings.json").replace("{{api}}", "http://localhost:" + this.storage.port()))));

		assertThat(this.transcripts.fetch(meeting(BOOKED, JOIN_URL))).isEmpty();
		this.storage.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void asksNothingAboutMeetingsOnOtherPlatforms() {
		Meeting teams = meeting(BOOKED, "https://teams.microsoft.com/meet/3927461843287?p=Xp7Rq2Kd9Lm4Nw");

		assertThat(this.transcripts.fetch(teams)).isEmpty();
		this.zoom.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void asksNothingWhenNoAppIsConfigured() {
		ZoomTranscripts unconfigured = transcripts(new ZoomProperties(null, null, null, URI.create(this.api),
				URI.create(this.api), null, null, null, null));

		assertThat(unconfigured.fetch(meeting(BOOKED, JOIN_URL))).isEmpty();
		this.zoom.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void asksNothingForAPersonalLinkWithoutAMeetingId() {
		assertThat(this.transcripts.fetch(meeting(BOOKED, "https://kommun-a.zoom.us/my/anna.berg"))).isEmpty();
		this.zoom.verify(0, anyRequestedFor(anyUrl()));
	}

	private ZoomTranscripts transcripts(ZoomProperties properties) {
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build());
		requests.setReadTimeout(Duration.ofSeconds(5));
		return new ZoomTranscripts(RestClient.builder().requestFactory(requests).build(), properties,
				Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));
	}

	/**
	 * Zoom's download answers with a redirect to a signed address in its storage, which
	 * the signature alone opens.
	 */
	private void stubDownload(String path, String vtt) {
		String stored = "/replay/2026/11/26" + path + ".vtt";
		this.zoom.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(302)
			.withHeader("Location", "http://localhost:" + this.storage.port() + stored
					+ "?Expires=1795000000&Signature=c2lnbmVk&Key-Pair-Id=APKAJFHNSLHYCQN6OJHQ")));
		this.storage.stubFor(get(urlPathEqualTo(stored)).withQueryParam("Signature", equalTo("c2lnbmVk"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "text/vtt")
				.withBody(vtt.getBytes(StandardCharsets.UTF_8))));
	}

	/** A half-hour meeting booked at {@code start}. */
	private Meeting meeting(String start, String joinUrl) {
		ZonedDateTime startsAt = Instant.parse(start).atZone(ZoneOffset.UTC);
		return Meeting.schedule(this.tenantId, "Styrgruppsmöte", null, URI.create(joinUrl), startsAt,
				startsAt.plusMinutes(30), null, List.of(), ExternalIds.NONE, 0, null);
	}

	/** A recordings fixture whose download URLs point at the stand-in for Zoom. */
	private String recordings(String name) {
		return resource(name).replace("{{api}}", this.api);
	}

	private static ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

	private static ResponseDefinitionBuilder jsonError(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

	private static String resource(String name) {
		try (InputStream in = ZoomTranscriptsTests.class.getResourceAsStream("/zoom/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
