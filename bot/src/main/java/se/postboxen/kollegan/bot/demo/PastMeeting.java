package se.postboxen.kollegan.bot.demo;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.consent.ConsentLevel;

/**
 * A demo meeting that is over, as it went: who organised it and was there, the level its
 * organiser chose, whether Kollegan recorded it or got the words some other way, and what
 * was said.
 *
 * @param participants everyone invited, the organiser too
 * @param level {@link ConsentLevel#PLUS} (the demo tenants' default) or
 * {@link ConsentLevel#BAS} when the organiser chose less
 * @param declined who answered no to the consent question: their words are never kept
 * @param transcript the file under {@code demo/transcripts/}, {@code null} when there
 * were no words to have
 * @param model whether a remote language model wrote the recap (and so cost money); the
 * others were written by the offline extractor
 */
record PastMeeting(String title, LocalDate day, LocalTime start, int minutes, JoinLink link, Cast organiser,
		List<Cast> participants, ConsentLevel level, Set<Cast> declined, Recording recording,
		@Nullable String transcript, boolean model) {

	PastMeeting {
		participants = List.copyOf(participants);
		declined = Set.copyOf(declined);
		if ((transcript == null) != (recording == Recording.NONE)) {
			throw new IllegalArgumentException("a meeting has words exactly when something recorded them");
		}
	}

	/** How the words of the meeting reached Kollegan. */
	enum Recording {

		/** Kollegan was in the meeting and recorded it. */
		AGENT,
		/** Kollegan could not join; the platform's own transcript came instead. */
		PLATFORM,
		/** Kollegan could not join; the organiser uploaded a transcript afterwards. */
		UPLOAD,
		/** Kollegan could not join and no transcript came. */
		NONE

	}

	/** Where the meeting was held: a platform and the meeting's code on it. */
	record JoinLink(Kind kind, String code) {

		static JoinLink teams(String code) {
			return new JoinLink(Kind.TEAMS, code);
		}

		static JoinLink zoom(String code) {
			return new JoinLink(Kind.ZOOM, code);
		}

		static JoinLink meet(String code) {
			return new JoinLink(Kind.MEET, code);
		}

		static JoinLink webex(String code) {
			return new JoinLink(Kind.WEBEX, code);
		}

		/** The join link as the tenant's invitations would carry it. */
		URI uri(DemoTenant tenant) {
			String host = tenant.domain().substring(0, tenant.domain().indexOf('.'));
			return URI.create(switch (this.kind) {
				case TEAMS ->
					"https://teams.microsoft.com/l/meetup-join/19%3ameeting_demo-" + this.code + "%40thread.v2/0";
				case ZOOM -> "https://" + host + ".zoom.us/j/" + this.code;
				case MEET -> "https://meet.google.com/" + this.code;
				case WEBEX -> "https://" + host + ".webex.com/meet/" + this.code;
			});
		}

		enum Kind {

			TEAMS, ZOOM, MEET, WEBEX

		}

	}

}
