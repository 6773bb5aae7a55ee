package se.postboxen.kollegan.adapter.graph;

import java.net.URI;
import java.net.URLDecoder;
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
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.calendar.CalendarFeedException;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.Platform;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.Tenants;
import se.postboxen.kollegan.transcript.PlatformTranscripts;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.TranscriptFormat;
import se.postboxen.kollegan.transcript.TranscriptReader;
import se.postboxen.kollegan.transcript.TranscriptUnavailableException;
import se.postboxen.kollegan.transcript.UnreadableTranscriptException;
import se.postboxen.kollegan.transcript.Utterance;

/**
 * Teams' own transcripts over Microsoft Graph v1.0, with the app-only token of the
 * meeting's tenant directory: the online meeting is found by its join link under its
 * organiser ({@code /users/{id}/onlineMeetings?$filter=JoinWebUrl eq '…'}), its
 * transcripts are listed and the ones made for this occurrence fetched as WebVTT. Needs
 * the application permissions {@code OnlineMeetings.Read.All} and
 * {@code OnlineMeetingTranscript.Read.All} and an application access policy granted to
 * the organiser; what Graph refuses (403, 404) is a meeting without a transcript, what it
 * cannot answer now (429, 5xx, I/O) is worth asking again. Logs name Kollegan's meeting
 * id only: never transcript text, addresses or Graph's ids (which embed the organiser).
 *
 * @see <a href="https://learn.microsoft.com/en-us/graph/api/onlinemeeting-get">Get
 * onlineMeeting</a>
 * @see <a href=
 * "https://learn.microsoft.com/en-us/graph/api/onlinemeeting-list-transcripts">List
 * transcripts</a>
 * @see <a href="https://learn.microsoft.com/en-us/graph/api/calltranscript-get">Get
 * callTranscript</a>
 */
public class GraphTranscripts implements PlatformTranscripts {

	private static final Logger logger = LoggerFactory.getLogger(GraphTranscripts.class);

	/**
	 * Transcripts created this long before the booked start still belong to the meeting
	 * (people start early). A recurring series is one online meeting whose transcripts
	 * list every occurrence, so the window is what tells this occurrence's apart.
	 */
	private static final Duration EARLY = Duration.ofHours(1);

	/** … and this long after the booked end (meetings overrun). */
	private static final Duration LATE = Duration.ofHours(4);

	/** A transcript list longer than this is a bug somewhere, not a meeting series. */
	private static final int MAX_PAGES = 20;

	/** Graph's meeting and transcript ids; anything else is not put in a URL. */
	private static final Pattern GRAPH_ID = Pattern.compile("^(?=.*[A-Za-z0-9])[A-Za-z0-9_=+:@.-]{1,1024}$");

	/** The {@code "Tid"} and {@code "Oid"} of a classic join link's {@code context}. */
	private static final Pattern CONTEXT_ID = Pattern.compile(
			"\"(Tid|Oid)\"\\s*:\\s*\"([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\"");

	private final RestClient http;

	private final GraphProperties properties;

	private final Tenants tenants;

	private final GraphTokens tokens;

	public GraphTranscripts(RestClient http, GraphProperties properties, Tenants tenants, Clock clock) {
		this(http, properties, tenants, new GraphTokens(http, properties, clock));
	}

	/** With the token cache shared by every Graph client of the application. */
	GraphTranscripts(RestClient http, GraphProperties properties, Tenants tenants, GraphTokens tokens) {
		this.http = http;
		this.properties = properties;
		this.tenants = tenants;
		this.tokens = tokens;
	}

	@Override
	public Optional<Transcript> fetch(Meeting meeting) {
		if (meeting.platform() != Platform.TEAMS || !appConfigured()) {
			return Optional.empty();
		}
		String directoryId = this.tenants.findById(meeting.tenantId()).map(Tenant::directoryId).orElse(null);
		if (directoryId == null) {
			logger.info("No Teams transcript for meeting {}: its tenant has no Microsoft 365 directory", meeting.id());
			return Optional.empty();
		}
		String organizer = organizer(meeting, directoryId);
		if (organizer == null) {
			return Optional.empty();
		}
		try {
			String token = token(meeting, directoryId);
			if (token == null) {
				return Optional.empty();
			}
			String onlineMeetingId = onlineMeeting(organizer, meeting.joinUrl(), token);
			if (onlineMeetingId == null) {
				logger.info("No Teams transcript for meeting {}: Teams knows no meeting by its link", meeting.id());
				return Optional.empty();
			}
			List<Made> made = transcriptsOf(meeting, organizer, onlineMeetingId, token);
			if (made.isEmpty()) {
				logger.info("No Teams transcript for meeting {}: none was made", meeting.id());
				return Optional.empty();
			}
			return read(meeting, organizer, onlineMeetingId, made, token);
		}
		catch (RestClientResponseException ex) {
			int status = ex.getStatusCode().value();
			if (status == 408 || status == 429 || status >= 500) {
				throw new TranscriptUnavailableException(
						"Microsoft 365 svarade " + status + " / Microsoft 365 answered " + status, ex);
			}
			// 403: no application access policy for the organiser, or the tenant turned
			// Graph's access to transcripts off; 404: no such meeting or transcript (or
			// expired). Asking again will not change either.
			logger.info("No Teams transcript for meeting {}: Graph answered {}", meeting.id(), status);
			return Optional.empty();
		}
		catch (RestClientException ex) {
			throw new TranscriptUnavailableException("Microsoft 365 svarade inte / Microsoft 365 did not answer", ex);
		}
	}

	private boolean appConfigured() {
		return notBlank(this.properties.clientId()) && notBlank(this.properties.clientSecret());
	}

	/**
	 * Whose online meetings to look in: the organiser's Entra object id from a classic
	 * join link's {@code context} (the id Graph's documentation puts in the path), else
	 * the organiser's address. Empty when the link names another directory: that
	 * organisation's meetings are not this tenant's to read.
	 */
	private @Nullable String organizer(Meeting meeting, String directoryId) {
		String tid = null;
		String oid = null;
		String context = context(meeting.joinUrl());
		if (context != null) {
			Matcher ids = CONTEXT_ID.matcher(context);
			while (ids.find()) {
				if ("Tid".equals(ids.group(1))) {
					tid = ids.group(2).toLowerCase(Locale.ROOT);
				}
				else {
					oid = ids.group(2).toLowerCase(Locale.ROOT);
				}
			}
		}
		if (tid != null && !tid.equalsIgnoreCase(directoryId)) {
			logger.info("No Teams transcript for meeting {}: it was organised in another directory", meeting.id());
			return null;
		}
		if (oid != null) {
			return oid;
		}
		Person organizer = meeting.organizer();
		if (organizer == null || organizer.email() == null) {
			logger.info("No Teams transcript for meeting {}: its organiser's address is not known", meeting.id());
			return null;
		}
		return organizer.email().value();
	}

	private static @Nullable String context(URI joinUrl) {
		String query = joinUrl.getRawQuery();
		if (query == null) {
			return null;
		}
		for (String parameter : query.split("&")) {
			if (parameter.startsWith("context=")) {
				try {
					return URLDecoder.decode(parameter.substring("context=".length()), StandardCharsets.UTF_8);
				}
				catch (IllegalArgumentException ex) {
					return null;
				}
			}
		}
		return null;
	}

	/** The directory's token, or {@code null} when the directory refuses Kollegan. */
	private @Nullable String token(Meeting meeting, String directoryId) {
		try {
			return this.tokens.token(directoryId);
		}
		catch (CalendarFeedException ex) {
			if (ex.getCause() instanceof RestClientResponseException refused) {
				int status = refused.getStatusCode().value();
				if (status != 408 && status != 429 && status < 500) {
					// The administrator has not consented to Kollegan (or withdrew).
					logger.info("No Teams transcript for meeting {}: the directory refused a token ({})", meeting.id(),
							status);
					return null;
				}
			}
			else if (ex.getCause() == null) {
				logger.info("No Teams transcript for meeting {}: the tenant's directory id is unusable", meeting.id());
				return null;
			}
			throw new TranscriptUnavailableException(
					"Ingen token från Microsoft 365 just nu / No token from Microsoft 365 now", ex);
		}
	}

	/**
	 * Graph's id of the online meeting behind the join link. The filter value is the
	 * exact link as a quoted OData string (single quotes doubled); as a URI variable it
	 * is percent-encoded once, as the documentation asks.
	 */
	private @Nullable String onlineMeeting(String organizer, URI joinUrl, String token) {
		String filter = "JoinWebUrl eq '" + joinUrl.toString().replace("'", "''") + "'";
		JsonNode body = this.http.get()
			.uri(this.properties.baseUrl() + "/users/{organizer}/onlineMeetings?$filter={filter}", organizer, filter)
			.header("Authorization", "Bearer " + token)
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(JsonNode.class);
		if (body == null) {
			return null;
		}
		for (JsonNode onlineMeeting : body.path("value")) {
			String id = onlineMeeting.path("id").asString("");
			if (GRAPH_ID.matcher(id).matches()) {
				return id;
			}
		}
		return null;
	}

	/** A transcript Teams made, by when it began. */
	private record Made(String id, Instant createdAt) {

	}

	/** The meeting's transcripts made around this occurrence, earliest first. */
	private List<Made> transcriptsOf(Meeting meeting, String organizer, String onlineMeetingId, String token) {
		Instant from = meeting.startsAt().minus(EARLY);
		Instant to = meeting.endsAt().plus(LATE);
		List<Made> made = new ArrayList<>();
		JsonNode body = this.http.get()
			.uri(this.properties.baseUrl() + "/users/{organizer}/onlineMeetings/{meeting}/transcripts", organizer,
					onlineMeetingId)
			.header("Authorization", "Bearer " + token)
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(JsonNode.class);
		for (int page = 1; body != null; page++) {
			for (JsonNode transcript : body.path("value")) {
				String id = transcript.path("id").asString("");
				Instant createdAt = instant(transcript.path("createdDateTime").asString(""));
				if (GRAPH_ID.matcher(id).matches() && createdAt != null && !createdAt.isBefore(from)
						&& !createdAt.isAfter(to)) {
					made.add(new Made(id, createdAt));
				}
			}
			String next = body.path("@odata.nextLink").asString(null);
			if (next == null || page == MAX_PAGES) {
				break;
			}
			if (!next.startsWith(this.properties.baseUrl() + "/")) {
				logger.warn("Transcript list of meeting {} pointed outside Graph; not followed", meeting.id());
				break;
			}
			body = this.http.get()
				.uri(URI.create(next))
				.header("Authorization", "Bearer " + token)
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(JsonNode.class);
		}
		made.sort(Comparator.comparing(Made::createdAt));
		return made;
	}

	/**
	 * Several transcripts for one occurrence mean transcription was stopped and started
	 * again: each counts from its own beginning, so they are read in order and each one's
	 * offsets moved on by the time since the first began (Graph's {@code createdDateTime}
	 * is when that transcript started).
	 */
	private Optional<Transcript> read(Meeting meeting, String organizer, String onlineMeetingId, List<Made> made,
			String token) {
		Instant first = made.get(0).createdAt();
		List<Utterance> utterances = new ArrayList<>();
		for (Made transcript : made) {
			Transcript part;
			try {
				part = TranscriptReader.read(TranscriptFormat.WEBVTT,
						content(organizer, onlineMeetingId, transcript.id(), token));
			}
			catch (UnreadableTranscriptException ex) {
				// Not the exception's message: it may quote the file.
				logger.info("A Teams transcript of meeting {} held no readable speech", meeting.id());
				continue;
			}
			Duration shift = Duration.between(first, transcript.createdAt());
			for (Utterance utterance : part.utterances()) {
				utterances.add(shift.isZero() ? utterance : new Utterance(utterance.speaker(), utterance.speakerEmail(),
						utterance.start().plus(shift), utterance.end().plus(shift), utterance.text()));
			}
		}
		return utterances.isEmpty() ? Optional.empty() : Optional.of(new Transcript(utterances));
	}

	/** The transcript as WebVTT, which is UTF-8 whatever the response's charset says. */
	private String content(String organizer, String onlineMeetingId, String transcriptId, String token) {
		byte[] body = this.http.get()
			.uri(this.properties.baseUrl()
					+ "/users/{organizer}/onlineMeetings/{meeting}/transcripts/{transcript}/content?$format=text/vtt",
					organizer, onlineMeetingId, transcriptId)
			.header("Authorization", "Bearer " + token)
			.accept(MediaType.valueOf(TranscriptFormat.WEBVTT.mediaType()))
			.retrieve()
			.body(byte[].class);
		return (body != null) ? new String(body, StandardCharsets.UTF_8) : "";
	}

	private static @Nullable Instant instant(String value) {
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static boolean notBlank(@Nullable String value) {
		return value != null && !value.isBlank();
	}

}
