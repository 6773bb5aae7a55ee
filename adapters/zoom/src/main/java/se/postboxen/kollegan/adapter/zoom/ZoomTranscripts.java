package se.postboxen.kollegan.adapter.zoom;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.Platform;
import se.postboxen.kollegan.transcript.PlatformTranscripts;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.TranscriptFormat;
import se.postboxen.kollegan.transcript.TranscriptReader;
import se.postboxen.kollegan.transcript.TranscriptUnavailableException;
import se.postboxen.kollegan.transcript.UnreadableTranscriptException;
import se.postboxen.kollegan.transcript.Utterance;

/**
 * Zoom's own transcripts from the cloud recording, with the token of Kollegan's
 * Server-to-Server OAuth app: the meeting id is read from the join link, the meeting's
 * recording files are listed and the audio transcripts of this occurrence (file type
 * {@code TRANSCRIPT}, WebVTT with {@code Name: text} cues) downloaded. Needs cloud
 * recording with audio transcripts turned on for the host, and the scope
 * {@code cloud_recording:read:list_recording_files:admin} (classic apps:
 * {@code recording:read:admin}). What Zoom refuses or does not know (401, 403, 404) is a
 * meeting without a transcript; what it cannot answer now (429, 5xx, I/O) or has not
 * finished transcribing is worth asking again. Logs name Kollegan's meeting id only:
 * never transcript text, tokens, addresses or Zoom's meeting id (half of the join link).
 *
 * @see <a href=
 * "https://developers.zoom.us/docs/api/meetings/#tag/cloud-recording/GET/meetings/{meetingId}/recordings">Get
 * meeting recordings</a>
 * @see <a href=
 * "https://developers.zoom.us/blog/meeting-api-querying-tips-part4/">Download
 * recordings</a>
 */
public class ZoomTranscripts implements PlatformTranscripts {

	private static final Logger logger = LoggerFactory.getLogger(ZoomTranscripts.class);

	/**
	 * Recordings started this long before the booked start still belong to the meeting
	 * (people start early). A recurring meeting keeps one meeting id, and Zoom answers
	 * for its latest occurrence only, so the window is what tells this occurrence's
	 * apart.
	 */
	private static final Duration EARLY = Duration.ofHours(1);

	/** … and this long after the booked end (meetings overrun). */
	private static final Duration LATE = Duration.ofHours(4);

	/**
	 * The meeting id in a join link ({@code /j/…}), a webinar link ({@code /w/…}) or a
	 * web client link ({@code /wc/join/…}): 9 to 11 digits. A personal link
	 * ({@code /my/name}) names no id, and Kollegan cannot look one up.
	 */
	private static final Pattern JOIN_PATH = Pattern.compile("^/(?:j|w|wc/join)/(\\d{9,11})/?$");

	/**
	 * Zoom's download redirects to its storage; a longer chain than this is no download.
	 */
	private static final int MAX_REDIRECTS = 5;

	private final RestClient http;

	private final ZoomProperties properties;

	private final ZoomTokens tokens;

	public ZoomTranscripts(RestClient http, ZoomProperties properties, Clock clock) {
		this.http = http;
		this.properties = properties;
		this.tokens = ZoomTokens.accountCredentials(http, properties, clock);
	}

	@Override
	public Optional<Transcript> fetch(Meeting meeting) {
		if (meeting.platform() != Platform.ZOOM || !this.properties.configured()) {
			return Optional.empty();
		}
		String zoomMeetingId = zoomMeetingId(meeting.joinUrl());
		if (zoomMeetingId == null) {
			logger.info("No Zoom transcript for meeting {}: its link names no meeting id", meeting.id());
			return Optional.empty();
		}
		try {
			String token = token(meeting);
			if (token == null) {
				return Optional.empty();
			}
			List<Made> made = transcriptsOf(meeting, recordings(zoomMeetingId, token));
			if (made.isEmpty()) {
				logger.info("No Zoom transcript for meeting {}: none was made of this occurrence", meeting.id());
				return Optional.empty();
			}
			return read(meeting, made, token);
		}
		catch (RestClientResponseException ex) {
			int status = ex.getStatusCode().value();
			if (retryable(status)) {
				throw new TranscriptUnavailableException("Zoom svarade " + status + " / Zoom answered " + status, ex);
			}
			if (status == 401 || status == 403) {
				// The app lost a scope, was deactivated or its secret rotated: a new
				// token next time, and someone should look at the app.
				this.tokens.forget();
				logger.warn("No Zoom transcript for meeting {}: Zoom refused Kollegan's app ({})", meeting.id(),
						status);
			}
			else {
				// 404: no such meeting, no recording of it (Zoom's code 3301) or no
				// longer. Asking again will not change that.
				logger.info("No Zoom transcript for meeting {}: Zoom answered {}", meeting.id(), status);
			}
			return Optional.empty();
		}
		catch (RestClientException ex) {
			throw new TranscriptUnavailableException("Zoom svarade inte / Zoom did not answer", ex);
		}
	}

	private static @Nullable String zoomMeetingId(URI joinUrl) {
		String path = joinUrl.getPath();
		if (path == null) {
			return null;
		}
		Matcher matcher = JOIN_PATH.matcher(path);
		return matcher.matches() ? matcher.group(1) : null;
	}

	/** The app's token, or {@code null} when Zoom refuses the app's credentials. */
	private @Nullable String token(Meeting meeting) {
		try {
			return this.tokens.token();
		}
		catch (RestClientResponseException ex) {
			int status = ex.getStatusCode().value();
			if (retryable(status)) {
				throw ex;
			}
			logger.warn("No Zoom transcript for meeting {}: Zoom refused the app's credentials ({})", meeting.id(),
					status);
			return null;
		}
	}

	private @Nullable JsonNode recordings(String zoomMeetingId, String token) {
		return this.http.get()
			.uri(this.properties.apiUrl() + "/v2/meetings/{meeting}/recordings", zoomMeetingId)
			.headers(headers -> headers.setBearerAuth(token))
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(JsonNode.class);
	}

	/** An audio transcript Zoom made, by when its recording began. */
	private record Made(URI download, Instant recordingStart) {

	}

	/**
	 * The finished transcripts of this occurrence, earliest first.
	 * @throws TranscriptUnavailableException while one of them is still being made
	 */
	private List<Made> transcriptsOf(Meeting meeting, @Nullable JsonNode recordings) {
		if (recordings == null) {
			return List.of();
		}
		Instant from = meeting.startsAt().minus(EARLY);
		Instant to = meeting.endsAt().plus(LATE);
		List<Made> made = new ArrayList<>();
		boolean processing = false;
		for (JsonNode file : recordings.path("recording_files")) {
			Instant recordingStart = instant(file.path("recording_start").asString(""));
			if (!"TRANSCRIPT".equals(file.path("file_type").asString("")) || recordingStart == null
					|| recordingStart.isBefore(from) || recordingStart.isAfter(to)) {
				continue;
			}
			String status = file.path("status").asString("");
			if ("processing".equals(status)) {
				processing = true;
			}
			else if ("completed".equals(status)) {
				URI download = download(file.path("download_url").asString(""));
				if (download != null) {
					made.add(new Made(download, recordingStart));
				}
				else {
					logger.warn("A Zoom transcript of meeting {} was to be downloaded outside Zoom; not fetched",
							meeting.id());
				}
			}
		}
		if (processing) {
			// Half a transcript now would be recapped as the whole meeting.
			throw new TranscriptUnavailableException(
					"Zoom skriver fortfarande ut mötet / Zoom is still transcribing the meeting", null);
		}
		made.sort(Comparator.comparing(Made::recordingStart));
		return made;
	}

	/**
	 * Where the token may be sent: Zoom's own hosts over https (as core tells Zoom
	 * hosts), or wherever the API itself is configured to be (a test, a proxy).
	 */
	private @Nullable URI download(String url) {
		try {
			URI uri = new URI(url);
			boolean zoom = "https".equalsIgnoreCase(uri.getScheme()) && Platform.fromJoinUrl(uri) == Platform.ZOOM;
			return (zoom || sameOrigin(uri, this.properties.apiUrl())) ? uri : null;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	/**
	 * Recording stopped and started again makes one set of files per stretch, each with
	 * its own transcript counting from that stretch's start. They are read in order and
	 * each one's offsets moved on by the time between its {@code recording_start} and the
	 * first one's, so that the whole transcript counts from the first.
	 */
	private Optional<Transcript> read(Meeting meeting, List<Made> made, String token) {
		Instant first = made.get(0).recordingStart();
		List<Utterance> utterances = new ArrayList<>();
		for (Made transcript : made) {
			String vtt = content(meeting, transcript.download(), token);
			if (vtt == null) {
				continue;
			}
			Transcript part;
			try {
				part = TranscriptReader.read(TranscriptFormat.WEBVTT, vtt);
			}
			catch (UnreadableTranscriptException ex) {
				// Not the exception's message: it may quote the file.
				logger.info("A Zoom transcript of meeting {} held no readable speech", meeting.id());
				continue;
			}
			Duration shift = Duration.between(first, transcript.recordingStart());
			for (Utterance utterance : part.utterances()) {
				utterances.add(shift.isZero() ? utterance : new Utterance(utterance.speaker(), utterance.speakerEmail(),
						utterance.start().plus(shift), utterance.end().plus(shift), utterance.text()));
			}
		}
		return utterances.isEmpty() ? Optional.empty() : Optional.of(new Transcript(utterances));
	}

	/**
	 * The transcript file as WebVTT, which is UTF-8 whatever the response's charset says,
	 * or {@code null} when the download goes nowhere. The download URL answers with a
	 * redirect to Zoom's storage (a signed address); redirects are followed here rather
	 * than by the HTTP client, which would carry the token along to any host. Like curl
	 * and Python's requests, the token goes only to the download URL's own origin.
	 */
	private @Nullable String content(Meeting meeting, URI download, String token) {
		URI next = download;
		for (int redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
			boolean withToken = sameOrigin(next, download);
			ResponseEntity<byte[]> response = this.http.get().uri(next).headers(headers -> {
				if (withToken) {
					headers.setBearerAuth(token);
				}
			}).retrieve().toEntity(byte[].class);
			if (!response.getStatusCode().is3xxRedirection()) {
				byte[] body = response.getBody();
				return (body != null) ? new String(body, StandardCharsets.UTF_8) : "";
			}
			URI location = response.getHeaders().getLocation();
			if (location == null) {
				break;
			}
			next = next.resolve(location);
			if (!"https".equalsIgnoreCase(next.getScheme()) && !"http".equalsIgnoreCase(next.getScheme())) {
				break;
			}
		}
		logger.info("A Zoom transcript of meeting {} could not be downloaded: its redirects led nowhere", meeting.id());
		return null;
	}

	private static boolean sameOrigin(URI one, URI other) {
		return origin(one).equals(origin(other));
	}

	private static String origin(URI uri) {
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : "";
		int port = (uri.getPort() != -1) ? uri.getPort() : ("https".equals(scheme) ? 443 : 80);
		return scheme + "://" + host + ":" + port;
	}

	private static boolean retryable(int status) {
		return status == 408 || status == 429 || status >= 500;
	}

	private static @Nullable Instant instant(String value) {
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
