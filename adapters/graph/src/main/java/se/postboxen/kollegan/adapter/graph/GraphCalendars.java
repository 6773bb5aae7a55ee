package se.postboxen.kollegan.adapter.graph;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.calendar.CalendarEvent;
import se.postboxen.kollegan.calendar.CalendarFeedException;
import se.postboxen.kollegan.calendar.MicrosoftCalendars;
import se.postboxen.kollegan.meeting.JoinUrls;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.ScheduleMeeting;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;

/**
 * Users' calendars over Microsoft Graph v1.0: {@code calendarView/delta} (times in UTC,
 * following {@code @odata.nextLink} to the {@code @odata.deltaLink}) and change
 * notification subscriptions on {@code /users/{id}/events}. Paging links are followed
 * only when they point into Graph, so that a stored or returned link cannot send the
 * token elsewhere.
 */
public class GraphCalendars implements MicrosoftCalendars {

	/** A delta that never ends is a bug somewhere, not a calendar. */
	private static final int MAX_PAGES = 200;

	private final RestClient http;

	private final GraphProperties properties;

	private final GraphTokens tokens;

	public GraphCalendars(RestClient http, GraphProperties properties, Clock clock) {
		this(http, properties, new GraphTokens(http, properties, clock));
	}

	/** With the token cache shared by every Graph client of the application. */
	GraphCalendars(RestClient http, GraphProperties properties, GraphTokens tokens) {
		this.http = http;
		this.properties = properties;
		this.tokens = tokens;
	}

	@Override
	public boolean configured() {
		return this.properties.configured();
	}

	@Override
	public Changes changes(String directoryId, EmailAddress mailbox, @Nullable String deltaLink, Instant from,
			Instant to) {
		String token = this.tokens.token(directoryId);
		URI next = (deltaLink != null) ? graphLink(deltaLink) : URI.create(this.properties.baseUrl() + "/users/"
				+ mailbox.value() + "/calendarView/delta?startDateTime=" + from + "&endDateTime=" + to);
		List<CalendarEvent> events = new ArrayList<>();
		List<CalendarEvent> cancelled = new ArrayList<>();
		List<String> removed = new ArrayList<>();
		for (int page = 0; page < MAX_PAGES; page++) {
			JsonNode body = get(next, token);
			for (JsonNode item : body.path("value")) {
				if (item.has("@removed")) {
					removed.add(item.path("id").asString());
					continue;
				}
				if ("seriesMaster".equals(item.path("type").asString())) {
					// calendarView lists each occurrence on its own.
					continue;
				}
				CalendarEvent event = event(item);
				if (event != null) {
					(item.path("isCancelled").asBoolean(false) ? cancelled : events).add(event);
				}
			}
			if (body.hasNonNull("@odata.nextLink")) {
				next = graphLink(body.get("@odata.nextLink").asString());
				continue;
			}
			if (body.hasNonNull("@odata.deltaLink")) {
				return new Changes(events, cancelled, removed, body.get("@odata.deltaLink").asString());
			}
			throw new CalendarFeedException("Microsoft gav ingen fortsättningslänk / Microsoft gave no delta link");
		}
		throw new CalendarFeedException("Kalendern tog aldrig slut / The calendar never ended");
	}

	@Override
	public Subscription subscribe(String directoryId, EmailAddress mailbox, String clientState, Instant expiresAt) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("changeType", "created,updated,deleted");
		request.put("notificationUrl", String.valueOf(this.properties.notificationUrl()));
		request.put("lifecycleNotificationUrl", String.valueOf(this.properties.lifecycleUrl()));
		request.put("resource", "/users/" + mailbox.value() + "/events");
		request.put("expirationDateTime", expiresAt.toString());
		request.put("clientState", clientState);
		JsonNode body = send(this.http.post().uri(this.properties.baseUrl() + "/subscriptions"), request,
				this.tokens.token(directoryId));
		return new Subscription(body.path("id").asString(), instant(body.path("expirationDateTime").asString()));
	}

	@Override
	public Instant renew(String directoryId, String subscriptionId, Instant expiresAt) {
		JsonNode body = send(this.http.patch().uri(this.properties.baseUrl() + "/subscriptions/{id}", subscriptionId),
				Map.of("expirationDateTime", expiresAt.toString()), this.tokens.token(directoryId));
		return instant(body.path("expirationDateTime").asString());
	}

	private JsonNode get(URI uri, String token) {
		try {
			JsonNode body = this.http.get()
				.uri(uri)
				.header("Authorization", "Bearer " + token)
				.header("Prefer", "outlook.timezone=\"UTC\", odata.maxpagesize=50")
				.accept(MediaType.APPLICATION_JSON)
				.retrieve()
				.body(JsonNode.class);
			if (body == null) {
				throw new CalendarFeedException("Microsoft svarade tomt / Microsoft answered nothing");
			}
			return body;
		}
		catch (RestClientException ex) {
			throw failure(ex);
		}
	}

	private JsonNode send(RestClient.RequestBodySpec request, Object body, String token) {
		try {
			JsonNode answer = request.header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.body(body)
				.retrieve()
				.body(JsonNode.class);
			if (answer == null || !answer.hasNonNull("expirationDateTime")) {
				throw new CalendarFeedException("Microsoft svarade oväntat / Microsoft answered unexpectedly");
			}
			return answer;
		}
		catch (RestClientException ex) {
			throw failure(ex);
		}
	}

	private static CalendarFeedException failure(RestClientException ex) {
		String status = (ex instanceof RestClientResponseException response)
				? Integer.toString(response.getStatusCode().value()) : ex.getClass().getSimpleName();
		return new CalendarFeedException("Microsoft 365 svarade " + status + " / Microsoft 365 answered " + status, ex);
	}

	private URI graphLink(String link) {
		URI uri = URI.create(link);
		if (!link.startsWith(this.properties.baseUrl().toString() + "/")) {
			throw new CalendarFeedException("En länk pekade ut från Microsoft Graph / A link pointed outside Graph");
		}
		return uri;
	}

	private @Nullable CalendarEvent event(JsonNode item) {
		String uid = item.path("iCalUId").asString(null);
		ZonedDateTime start = time(item.path("start"));
		ZonedDateTime end = time(item.path("end"));
		if (uid == null || uid.isBlank() || start == null || end == null || !end.isAfter(start)) {
			return null;
		}
		String type = item.path("type").asString("singleInstance");
		Instant occurrence = null;
		if ("occurrence".equals(type) || "exception".equals(type)) {
			String original = item.path("originalStart").asString(null);
			occurrence = (original != null) ? instant(original) : start.toInstant();
		}
		Person organizer = person(item.path("organizer").path("emailAddress"));
		List<Person> participants = new ArrayList<>();
		if (organizer != null) {
			participants.add(organizer);
		}
		for (JsonNode attendee : item.path("attendees")) {
			if ("resource".equals(attendee.path("type").asString())) {
				continue;
			}
			Person person = person(attendee.path("emailAddress"));
			if (person != null && participants.stream().noneMatch(person::isSamePersonAs)) {
				participants.add(person);
			}
		}
		List<String> categories = new ArrayList<>();
		item.path("categories").forEach(category -> categories.add(category.asString()));
		URI joinUrl = JoinUrls.find(java.util.Arrays.asList(item.path("onlineMeeting").path("joinUrl").asString(null),
				item.path("location").path("displayName").asString(null), item.path("bodyPreview").asString(null),
				item.path("body").path("content").asString(null)))
			.orElse(null);
		String subject = item.path("subject").asString("").strip();
		String title = subject.isEmpty() ? "(Utan rubrik)"
				: subject.substring(0, Math.min(subject.length(), Meeting.MAX_TITLE_LENGTH));
		return new CalendarEvent(uid, occurrence, ScheduleMeeting.CURRENT, title, start, end, joinUrl, organizer,
				participants, categories, item.path("id").asString(null), item.path("isCancelled").asBoolean(false));
	}

	/** {@code {"dateTime": "2027-03-15T09:00:00.0000000", "timeZone": "UTC"}}. */
	private static @Nullable ZonedDateTime time(JsonNode node) {
		String value = node.path("dateTime").asString(null);
		if (value == null) {
			return null;
		}
		try {
			ZoneId zone = zone(node.path("timeZone").asString("UTC"));
			return LocalDateTime.parse(value).atZone(zone).withZoneSameInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static ZoneId zone(String name) {
		try {
			return ZoneId.of(name);
		}
		catch (java.time.DateTimeException ex) {
			// We ask for UTC (Prefer: outlook.timezone); anything else unknown is taken
			// as UTC rather than dropping the event.
			return ZoneOffset.UTC;
		}
	}

	private static Instant instant(String value) {
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			return LocalDateTime.parse(value.replace("Z", "")).toInstant(ZoneOffset.UTC);
		}
	}

	private static @Nullable Person person(JsonNode emailAddress) {
		String address = emailAddress.path("address").asString(null);
		String name = emailAddress.path("name").asString(null);
		String email = (address != null && EmailAddress.isValid(address)) ? address.toLowerCase(Locale.ROOT) : null;
		if (name != null && name.length() > Person.MAX_NAME_LENGTH) {
			name = name.substring(0, Person.MAX_NAME_LENGTH);
		}
		if (email == null && (name == null || name.isBlank())) {
			return null;
		}
		return Person.of((name != null && !name.isBlank()) ? name : null, email);
	}

}
