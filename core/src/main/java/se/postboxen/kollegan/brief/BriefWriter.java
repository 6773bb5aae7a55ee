package se.postboxen.kollegan.brief;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.action.ActionStatus;
import se.postboxen.kollegan.action.ExternalTaskRef;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.consent.ConsentRecord;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.Decision;
import se.postboxen.kollegan.recap.Recap;
import se.postboxen.kollegan.recap.TranscriptSpan;
import se.postboxen.kollegan.regwatch.RegwatchItem;
import se.postboxen.kollegan.stakeholder.StakeholderProfile;

/**
 * Briefs as Markdown, headings Swedish first and English second; what was said stays in
 * the words it was said in. Names, titles and other one-line values are written on one
 * line whatever they hold, so that no value can start a heading of its own. People are
 * written with their address where it is known, so that a data-subject request finds
 * every brief that names them.
 */
final class BriefWriter {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

	/** Topics shown per person: a brief is read in a minute. */
	private static final int TOPICS_PER_PERSON = 5;

	private BriefWriter() {
	}

	/**
	 * Someone expected at the meeting, with what their profile holds that the brief's
	 * reader may see.
	 */
	record Attendee(Person person, @Nullable StakeholderProfile profile) {

	}

	/** An earlier meeting, its decisions and the actions still open from it. */
	record Earlier(Meeting meeting, List<Decision> decisions, List<ActionItem> openActions) {

	}

	/**
	 * @param regwatch items from the regwatch module, or {@code null} when there is none
	 */
	static String pre(Meeting meeting, List<Attendee> attendees, List<Earlier> earlier,
			@Nullable List<RegwatchItem> regwatch, URI link) {
		StringBuilder text = new StringBuilder();
		text.append("# Inför mötet / Before the meeting: ").append(line(meeting.title())).append("\n\n");
		text.append(WHEN.format(meeting.startsAt().atZone(meeting.timeZone())))
			.append(" (")
			.append(meeting.timeZone().getId())
			.append(")\n\n");

		text.append("## Vilka kommer / Who is coming\n\n");
		if (attendees.isEmpty()) {
			text.append("Inga andra deltagare är kända / No other participants are known\n");
		}
		for (Attendee attendee : attendees) {
			text.append("- **").append(person(attendee.person())).append("**");
			StakeholderProfile profile = attendee.profile();
			if (profile == null) {
				text.append("\n  - Ingen profil: inga tidigare möten med samtycke Plus eller Juridik / ")
					.append("No profile: no earlier meetings with consent Plus or Juridik\n");
				continue;
			}
			String organisation = profile.stakeholder().organisation();
			if (organisation != null) {
				text.append(", ").append(line(organisation));
			}
			if (profile.ownOrganisation()) {
				text.append(" (egen organisation / own organisation)");
			}
			text.append("\n  - Möten / Meetings: ").append(profile.meetingsAttended());
			if (profile.lastSeen() != null) {
				text.append(", senast / last ").append(DAY.format(profile.lastSeen().atZone(meeting.timeZone())));
			}
			text.append('\n');
			List<String> topics = profile.topics();
			if (!topics.isEmpty()) {
				text.append("  - Ämnen / Topics: ")
					.append(String.join(", ", topics.stream().limit(TOPICS_PER_PERSON).map(BriefWriter::line).toList()))
					.append('\n');
			}
			if (profile.commitments() > 0) {
				long percent = Math.round(100 * profile.completionRate());
				text.append("  - Åtaganden / Commitments: ")
					.append(profile.commitmentsDone())
					.append(" klara av / done of ")
					.append(profile.commitments())
					.append(" (")
					.append(percent)
					.append(" %)\n");
			}
		}

		text.append("\n## Tidigare möten / Earlier meetings\n\n");
		if (earlier.isEmpty()) {
			text.append("Inga tidigare möten i samma serie eller med samma personer / ")
				.append("No earlier meetings of the same series or with the same people\n");
		}
		for (Earlier before : earlier) {
			text.append("### ")
				.append(line(before.meeting().title()))
				.append(" — ")
				.append(DAY.format(before.meeting().startsAt().atZone(meeting.timeZone())))
				.append("\n\n");
			if (!before.decisions().isEmpty()) {
				text.append("Beslut / Decisions:\n\n");
				before.decisions().forEach(decision -> text.append("- ").append(line(decision.text())).append('\n'));
				text.append('\n');
			}
			text.append("Öppna åtgärder / Open actions:\n\n");
			if (before.openActions().isEmpty()) {
				text.append("- Inga / None\n");
			}
			before.openActions().forEach(action -> text.append("- ").append(action(action)).append('\n'));
			text.append('\n');
		}

		if (regwatch != null) {
			text.append("\n## Omvärldsbevakning / Regwatch\n\n");
			if (regwatch.isEmpty()) {
				text.append("Inget nytt som rör mötet / Nothing new that bears on the meeting\n");
			}
			regwatch.forEach(item -> text.append("- [")
				.append(line(item.title()))
				.append("](")
				.append(item.url())
				.append("), ändrad / changed ")
				.append(DAY.format(item.lastChangedAt().atZone(meeting.timeZone())))
				.append('\n'));
		}

		text.append("\nMötessida / Meeting page: ").append(link).append('\n');
		return bounded(text);
	}

	/**
	 * What the participants get after the meeting, by its consent level: at Bas the
	 * recap, decisions and actions without quotes (Bas keeps no transcript to quote); at
	 * Plus each decision and action with the words it came from; at Juridik those words
	 * with where in the meeting they were said, and every consent answer with its channel
	 * and time, for the file. Whoever declined is left out and only counted.
	 */
	static String post(Meeting meeting, ConsentLevel level, Recap recap, List<Decision> decisions,
			List<ActionItem> actions, List<ConsentRecord> answers, URI link) {
		ZoneId zone = meeting.timeZone();
		StringBuilder text = new StringBuilder();
		text.append("# Efter mötet / After the meeting: ").append(line(meeting.title())).append("\n\n");
		text.append(WHEN.format(meeting.startsAt().atZone(zone)))
			.append(" (")
			.append(zone.getId())
			.append("), samtyckesnivå / consent level: ")
			.append(levelName(level))
			.append("\n\n");

		text.append("## Sammanfattning / Summary\n\n").append(block(recap.summary())).append("\n\n");
		list(text, "## Ämnen / Topics", recap.topics());

		text.append("## Beslut / Decisions\n\n");
		if (decisions.isEmpty()) {
			text.append("Inga / None\n");
		}
		for (Decision decision : decisions) {
			text.append("- ").append(line(decision.text()));
			if (decision.speaker() != null) {
				text.append(" (").append(person(decision.speaker())).append(')');
			}
			text.append('\n');
			quote(text, level, decision.source());
		}

		text.append("\n## Åtgärder / Actions\n\n");
		List<ActionItem> kept = actions.stream().filter(action -> action.status() != ActionStatus.CANCELLED).toList();
		if (kept.isEmpty()) {
			text.append("Inga / None\n");
		}
		for (ActionItem action : kept) {
			text.append("- ").append(action(action));
			if (action.status() == ActionStatus.DONE) {
				text.append(" — klar / done");
			}
			text.append('\n');
			if (action.externalTask() != null) {
				text.append("  - Uppgift / Task (")
					.append(boardName(action.externalTask().board()))
					.append("): ")
					.append(action.externalTask().url())
					.append('\n');
			}
			quote(text, level, action.source());
		}
		text.append('\n');
		list(text, "## Öppna frågor / Open questions", recap.openQuestions());

		text.append("## Samtycke / Consent\n\n");
		long declined = answers.stream().filter(answer -> answer.answer() == ConsentAnswer.DECLINED).count();
		answers.stream().filter(answer -> answer.answer() == ConsentAnswer.ACCEPTED).forEach(answer -> {
			text.append("- ")
				.append(person(answer.participant()))
				.append(": ja / yes (")
				.append(levelName(answer.level()));
			if (level == ConsentLevel.JURIDIK) {
				text.append(", ")
					.append(answer.channel().name().toLowerCase(Locale.ROOT))
					.append(", ")
					.append(WHEN.format(answer.answeredAt().atZone(zone)));
			}
			text.append(")\n");
		});
		if (declined > 0) {
			text.append("- ")
				.append(declined)
				.append(" deltagare avböjde och är utelämnade / ")
				.append(declined)
				.append((declined == 1) ? " participant" : " participants")
				.append(" declined and are left out\n");
		}
		if (answers.isEmpty()) {
			text.append("Inga svar registrerade / No answers recorded\n");
		}

		text.append("\nMötessida / Meeting page: ").append(link).append('\n');
		return bounded(text);
	}

	private static void list(StringBuilder text, String heading, List<String> items) {
		if (items.isEmpty()) {
			return;
		}
		text.append(heading).append("\n\n");
		items.forEach(item -> text.append("- ").append(line(item)).append('\n'));
		text.append('\n');
	}

	private static void quote(StringBuilder text, ConsentLevel level, @Nullable TranscriptSpan span) {
		if (span == null || level == ConsentLevel.BAS) {
			return;
		}
		text.append("  > ");
		if (level == ConsentLevel.JURIDIK) {
			text.append('[').append(offset(span.at())).append("] ");
		}
		text.append('"').append(line(span.quote())).append("\"\n");
	}

	private static String action(ActionItem action) {
		StringBuilder text = new StringBuilder(line(action.text()));
		text.append(" — ").append((action.owner() != null) ? person(action.owner()) : "ingen ansvarig / no owner");
		if (action.due() != null) {
			text.append(", senast / due ").append(action.due());
		}
		return text.toString();
	}

	/** {@code Name <address>}, or whichever of the two is known. */
	private static String person(Person person) {
		if (person.name() == null) {
			return String.valueOf(person.email());
		}
		return (person.email() != null) ? line(person.name()) + " <" + person.email() + ">" : line(person.name());
	}

	private static String boardName(ExternalTaskRef.TaskBoardKind board) {
		return switch (board) {
			case PLANNER -> "Planner";
			case TRELLO -> "Trello";
		};
	}

	private static String levelName(ConsentLevel level) {
		return switch (level) {
			case BAS -> "Bas";
			case PLUS -> "Plus";
			case JURIDIK -> "Juridik";
		};
	}

	/** {@code HH:MM:SS}, as a meeting's player shows an offset. */
	private static String offset(Duration at) {
		return String.format(Locale.ROOT, "%02d:%02d:%02d", at.toHours(), at.toMinutesPart(), at.toSecondsPart());
	}

	private static String line(String value) {
		return value.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
	}

	/**
	 * Prose as written, its lines kept; a stray control character (a carriage return from
	 * a pasted transcript) must not make the brief unstorable.
	 */
	private static String block(String value) {
		return value.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\n\t]]", " ").strip();
	}

	/** A brief longer than a brief may be ends with a note to read the rest online. */
	private static String bounded(StringBuilder text) {
		if (text.length() <= Brief.MAX_CONTENT_LENGTH) {
			return text.toString();
		}
		String note = "\n\n… (förkortad, se mötessidan / shortened, see the meeting page)\n";
		return text.substring(0, Brief.MAX_CONTENT_LENGTH - note.length()) + note;
	}

}
