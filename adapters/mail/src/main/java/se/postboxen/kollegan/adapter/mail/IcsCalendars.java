package se.postboxen.kollegan.adapter.mail;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.util.CompatibilityHints;
import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.calendar.CalendarEvent;
import se.postboxen.kollegan.calendar.CalendarInvitation;
import se.postboxen.kollegan.meeting.JoinUrls;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;

/**
 * iCalendar text to calendar events with ical4j, leniently, as real Outlook, Google, Zoom
 * and Webex calendars need: folded lines, Windows time-zone names, recurring series with
 * exception dates and moved occurrences.
 */
public final class IcsCalendars {

	/** An event without an end (allowed by RFC 5545) is taken to last this long. */
	static final Duration DEFAULT_LENGTH = Duration.ofHours(1);

	/** A runaway rule (FREQ=MINUTELY) must not become thousands of meetings. */
	static final int MAX_OCCURRENCES = 200;

	static {
		// Global in ical4j; every calendar Kollegan reads comes from somebody else's
		// software.
		CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, true);
		CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, true);
		CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, true);
		CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, true);
	}

	private IcsCalendars() {
	}

	/**
	 * @param from occurrences of series ending before this are left out
	 * @param ahead how far a series is expanded: from {@code from}, or from its first
	 * occurrence when the series has not begun yet
	 * @throws UnreadableCalendarException when the text is not a usable calendar
	 */
	public static CalendarInvitation parse(String ics, Instant from, Duration ahead) {
		Calendar calendar;
		try {
			calendar = new CalendarBuilder().build(new StringReader(ics));
		}
		catch (IOException | ParserException | RuntimeException ex) {
			throw new UnreadableCalendarException("not a calendar: " + ex.getClass().getSimpleName(), ex);
		}
		try {
			return read(calendar, from, ahead);
		}
		catch (DateTimeException | IllegalArgumentException | ClassCastException ex) {
			throw new UnreadableCalendarException("unusable event: " + ex.getClass().getSimpleName(), ex);
		}
	}

	private static CalendarInvitation read(Calendar calendar, Instant from, Duration ahead) {
		CalendarInvitation.Method method = method(calendar);
		List<VEvent> vevents = calendar.getComponents(Component.VEVENT);
		// Moved or changed occurrences, by series UID and original start.
		Map<String, Map<Instant, VEvent>> overrides = new HashMap<>();
		Map<String, VEvent> masters = new LinkedHashMap<>();
		for (VEvent event : vevents) {
			String uid = uid(event);
			Optional<Instant> recurrenceId = recurrenceId(event);
			if (recurrenceId.isPresent()) {
				overrides.computeIfAbsent(uid, u -> new HashMap<>()).put(recurrenceId.get(), event);
			}
			else {
				masters.putIfAbsent(uid, event);
			}
		}
		List<CalendarEvent> events = new ArrayList<>();
		List<String> series = new ArrayList<>();
		for (Map.Entry<String, VEvent> master : masters.entrySet()) {
			String uid = master.getKey();
			VEvent event = master.getValue();
			Map<Instant, VEvent> moved = overrides.getOrDefault(uid, Map.of());
			if (event.getProperty(Property.RRULE).isPresent()) {
				series.add(uid);
				for (ZonedDateTime[] occurrence : occurrences(event, from, ahead)) {
					Instant original = occurrence[0].toInstant();
					VEvent override = moved.get(original);
					events.add((override != null) ? event(uid, override, original)
							: event(uid, event, original, occurrence[0], occurrence[1]));
				}
			}
			else {
				events.add(event(uid, event, null));
			}
		}
		// Occurrence updates or cancellations sent on their own, without their series.
		for (Map.Entry<String, Map<Instant, VEvent>> alone : overrides.entrySet()) {
			if (!masters.containsKey(alone.getKey())) {
				alone.getValue().forEach((original, event) -> events.add(event(alone.getKey(), event, original)));
			}
		}
		return new CalendarInvitation(method, events, series);
	}

	private static CalendarInvitation.Method method(Calendar calendar) {
		String method = (calendar.getMethod() != null) ? calendar.getMethod().getValue().toUpperCase(Locale.ROOT)
				: "PUBLISH";
		return switch (method) {
			case "REQUEST" -> CalendarInvitation.Method.REQUEST;
			case "CANCEL" -> CalendarInvitation.Method.CANCEL;
			case "REPLY" -> CalendarInvitation.Method.REPLY;
			case "PUBLISH" -> CalendarInvitation.Method.PUBLISH;
			default -> CalendarInvitation.Method.OTHER;
		};
	}

	private static String uid(VEvent event) {
		return event.getUid()
			.map(Property::getValue)
			.filter(uid -> !uid.isBlank())
			.orElseThrow(() -> new IllegalArgumentException("an event without UID"));
	}

	private static Optional<Instant> recurrenceId(VEvent event) {
		return Optional.ofNullable(event.getRecurrenceId()).map(id -> zoned(id).toInstant());
	}

	private static CalendarEvent event(String uid, VEvent event, @Nullable Instant occurrence) {
		ZonedDateTime start = zoned(required(event.getDateTimeStart(), "DTSTART"));
		return event(uid, event, occurrence, start, end(event, start));
	}

	private static CalendarEvent event(String uid, VEvent event, @Nullable Instant occurrence, ZonedDateTime start,
			ZonedDateTime end) {
		Person organizer = organizer(event);
		List<Person> participants = new ArrayList<>();
		if (organizer != null) {
			participants.add(organizer);
		}
		for (Attendee attendee : event.<Attendee>getProperties(Property.ATTENDEE)) {
			Person person = attendee(attendee);
			if (person != null && participants.stream().noneMatch(person::isSamePersonAs)) {
				participants.add(person);
			}
		}
		return new CalendarEvent(uid, occurrence, sequence(event), title(event), start, end, joinUrl(event), organizer,
				participants, categories(event), null, cancelled(event));
	}

	private static ZonedDateTime end(VEvent event, ZonedDateTime start) {
		if (event.getDateTimeEnd() != null) {
			ZonedDateTime end = zoned(event.getDateTimeEnd());
			if (end.isAfter(start)) {
				return end;
			}
		}
		net.fortuna.ical4j.model.property.Duration duration = event.getDuration();
		if (duration != null && duration.getDuration() != null) {
			ZonedDateTime end = start.plus(duration.getDuration());
			if (end.isAfter(start)) {
				return end;
			}
		}
		return start.plus(DEFAULT_LENGTH);
	}

	/**
	 * The series' occurrences overlapping [from, horizon], each as start and end; the
	 * horizon is {@code ahead} after the later of {@code from} and the series' start.
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static List<ZonedDateTime[]> occurrences(VEvent event, Instant from, Duration ahead) {
		Temporal first = required(event.getDateTimeStart(), "DTSTART").getDate();
		ZonedDateTime start = zoned(event.getDateTimeStart());
		Instant horizon = (start.toInstant().isAfter(from) ? start.toInstant() : from).plus(ahead);
		Duration length = Duration.between(start, end(event, start));
		Period window = new Period(sameKind(first, from.minus(length)), sameKind(first, horizon));
		Set<Period<Temporal>> set = event.calculateRecurrenceSet(window);
		List<ZonedDateTime[]> result = new ArrayList<>();
		set.stream()
			.map(period -> zoned(period.getStart(), start.getZone()))
			.sorted()
			.limit(MAX_OCCURRENCES)
			.forEach(occurrenceStart -> result
				.add(new ZonedDateTime[] { occurrenceStart, occurrenceStart.plus(length) }));
		return result;
	}

	/**
	 * {@code instant} as the same kind of temporal as {@code like}, for ical4j's periods.
	 */
	private static Temporal sameKind(Temporal like, Instant instant) {
		if (like instanceof ZonedDateTime zoned) {
			return instant.atZone(zoned.getZone());
		}
		if (like instanceof OffsetDateTime offset) {
			return instant.atOffset(offset.getOffset());
		}
		if (like instanceof LocalDateTime) {
			return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
		}
		if (like instanceof LocalDate) {
			return LocalDate.ofInstant(instant, ZoneOffset.UTC);
		}
		return instant;
	}

	private static <T extends DateProperty<?>> T required(@Nullable T property, String name) {
		if (property == null || property.getDate() == null) {
			throw new IllegalArgumentException("an event without " + name);
		}
		return property;
	}

	private static ZonedDateTime zoned(DateProperty<?> property) {
		ZoneId named = property.<net.fortuna.ical4j.model.parameter.TzId>getParameter(Parameter.TZID)
			.map(tzid -> knownZone(tzid.getValue()))
			.orElse(null);
		ZonedDateTime zoned = zoned(property.getDate(), ZoneOffset.UTC);
		return (named != null) ? zoned.withZoneSameInstant(named) : zoned;
	}

	/**
	 * A temporal ical4j produced as a zoned date-time with a zone that can be stored:
	 * ical4j names the zones of a calendar's own VTIMEZONE blocks with ids only it knows
	 * ("ical4j-local-…"), so those become their offset at that instant.
	 */
	private static ZonedDateTime zoned(Temporal temporal, ZoneId fallback) {
		if (temporal instanceof ZonedDateTime zoned) {
			return zoned.getZone().getId().startsWith("ical4j") ? zoned.withZoneSameInstant(zoned.getOffset()) : zoned;
		}
		if (temporal instanceof OffsetDateTime offset) {
			return offset.atZoneSameInstant(ZoneOffset.UTC);
		}
		if (temporal instanceof Instant instant) {
			return instant.atZone(ZoneOffset.UTC);
		}
		if (temporal instanceof LocalDateTime local) {
			// Floating time: the calendar meant "wherever you are"; UTC is as good as
			// any.
			return local.atZone(fallback);
		}
		if (temporal instanceof LocalDate date) {
			return date.atStartOfDay(fallback);
		}
		throw new IllegalArgumentException("unsupported date value");
	}

	private static @Nullable ZoneId knownZone(String tzid) {
		try {
			return ZoneId.of(tzid);
		}
		catch (DateTimeException ex) {
			// A Windows name ("W. Europe Standard Time"): the VTIMEZONE block already
			// gave the right instant; the offset is what can be stored.
			return null;
		}
	}

	/** {@code STATUS:CANCELLED}: how a published calendar shows a cancelled meeting. */
	private static boolean cancelled(VEvent event) {
		return event.getStatus() != null && "CANCELLED".equalsIgnoreCase(event.getStatus().getValue());
	}

	private static int sequence(VEvent event) {
		return (event.getSequence() != null) ? Math.max(0, event.getSequence().getSequenceNo()) : 0;
	}

	private static String title(VEvent event) {
		String summary = (event.getSummary() != null) ? event.getSummary().getValue().strip() : "";
		if (summary.isEmpty()) {
			return "(Utan rubrik)";
		}
		return (summary.length() > Meeting.MAX_TITLE_LENGTH) ? summary.substring(0, Meeting.MAX_TITLE_LENGTH) : summary;
	}

	/**
	 * The join link, by the recommended order: Teams' and Google's own properties, the
	 * event's URL, the location when it is a link (not a placeholder such as "Microsoft
	 * Teams-möte"), then the plain and HTML descriptions.
	 */
	private static @Nullable URI joinUrl(VEvent event) {
		List<@Nullable String> candidates = new ArrayList<>();
		candidates.add(value(event, "X-MICROSOFT-SKYPETEAMSMEETINGURL"));
		candidates.add(value(event, "X-GOOGLE-CONFERENCE"));
		candidates.add(value(event, Property.URL));
		candidates.add(value(event, Property.LOCATION));
		candidates.add(value(event, Property.DESCRIPTION));
		candidates.add(value(event, "X-ALT-DESC"));
		return JoinUrls.find(candidates).orElse(null);
	}

	private static @Nullable String value(VEvent event, String name) {
		return event.getProperty(name).map(property -> ((Property) property).getValue()).orElse(null);
	}

	private static @Nullable Person organizer(VEvent event) {
		Organizer organizer = event.getOrganizer();
		if (organizer == null) {
			return null;
		}
		return person(organizer.getCalAddress(), organizer.<Cn>getParameter(Parameter.CN).map(Cn::getValue));
	}

	private static @Nullable Person attendee(Attendee attendee) {
		Optional<String> type = attendee.<CuType>getParameter(Parameter.CUTYPE)
			.map(cutype -> cutype.getValue().toUpperCase(Locale.ROOT));
		if (type.isPresent() && (type.get().equals("ROOM") || type.get().equals("RESOURCE"))) {
			return null;
		}
		return person(attendee.getCalAddress(), attendee.<Cn>getParameter(Parameter.CN).map(Cn::getValue));
	}

	private static @Nullable Person person(@Nullable URI address, Optional<String> name) {
		String email = null;
		if (address != null && "mailto".equalsIgnoreCase(address.getScheme())) {
			String candidate = address.getSchemeSpecificPart();
			email = (candidate != null && EmailAddress.isValid(candidate)) ? candidate : null;
		}
		String cn = name.map(String::strip)
			.filter(n -> !n.isEmpty() && !n.equalsIgnoreCase(String.valueOf(address)))
			.map(n -> (n.length() > Person.MAX_NAME_LENGTH) ? n.substring(0, Person.MAX_NAME_LENGTH) : n)
			.orElse(null);
		if (email == null && cn == null) {
			return null;
		}
		return Person.of(cn, email);
	}

	private static List<String> categories(VEvent event) {
		List<String> categories = new ArrayList<>();
		for (Property property : event.getProperties(Property.CATEGORIES)) {
			for (String category : property.getValue().split(",")) {
				if (!category.isBlank()) {
					categories.add(category.strip());
				}
			}
		}
		return categories;
	}

}
