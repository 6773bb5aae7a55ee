package se.postboxen.kollegan.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * A one-hour meeting of about 9,000 words (people say about 150 a minute) as Teams writes
 * its WebVTT transcript: {@code <v Name>} voice spans, cues of six to fourteen words, a
 * speaker's turn running over several cues. The sentences are a steering group's —
 * decisions, commitments with names and dates, questions, and talk around them — drawn
 * reproducibly from a fixed seed, so every run reads the same text.
 */
final class HourLongMeeting {

	static final int HOUR_OF_WORDS = 9_000;

	static final long SEED = 20261126L;

	/** Wednesday 2 December 2026, 10:00 in Stockholm. */
	static final ZonedDateTime START = ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneId.of("Europe/Stockholm"));

	/** Five invited, and one who speaks without being on the invitation. */
	private static final List<Person> INVITED = List.of(Person.of("Anna Lind", "anna.lind@kommun-a.example"),
			Person.of("Erik Berg", "erik.berg@kommun-a.example"), Person.of("Sara Holm", "sara.holm@kommun-a.example"),
			Person.of("Mohammed Al-Hassan", "mohammed.al-hassan@kommun-a.example"),
			Person.of("Karin Sjöberg", "karin.sjoberg@kommun-a.example"));

	private static final List<String> SPEAKERS = List.of("Anna Lind", "Erik Berg", "Sara Holm", "Mohammed Al-Hassan",
			"Karin Sjöberg", "Per Olof Nyström");

	private static final List<String> SWEDISH = List.of(
			"Vi behöver titta på hur budgeten för skolskjutsarna ser ut inför hösten.",
			"Jag har pratat med förvaltningen och de räknar med att kostnaderna ökar med ungefär åtta procent.",
			"Det beror framför allt på de nya avtalen med taxibolagen och på att fler elever har rätt till skolskjuts.",
			"Kan vi få en sammanställning av vilka linjer som har lägst beläggning?",
			"Jag tror att vi kan samordna några av turerna i norra delen av kommunen.",
			"Vi beslutar att gå vidare med en ny upphandling från och med augusti.",
			"Jag tar fram ett underlag till nämnden till nästa fredag.",
			"Erik, kan du kontakta leverantören och fråga om de kan förlänga avtalet med tre månader?",
			"Ja, det fixar jag senast den 15 januari.",
			"Det vet vi inte än, vi får återkomma när vi har pratat med juristerna.",
			"Vi måste också tänka på tillgängligheten för elever med funktionsnedsättning.",
			"Enligt den senaste mätningen är föräldrarna i stort sett nöjda med restiderna.",
			"Men det finns klagomål på att bussarna ibland kommer tio minuter för sent på morgonen.",
			"Jag föreslår att vi bjuder in trafikplaneraren till nästa möte.",
			"Har vi något underlag om hur många elever som åker mer än fyrtio minuter enkel väg?",
			"Det ska jag kolla upp, jag tror att regionen har statistik på det.",
			"Beslut: vi kör på det förslaget och stämmer av igen om två veckor.",
			"Sara skickar protokollet till alla deltagare senast på onsdag.",
			"Jag håller med, men vi får inte glömma kostnaden för den administrativa hanteringen.",
			"Ekonomienheten har flaggat för att prognosen för helåret är osäker.",
			"Vi har också fått en skrivelse från elevrådet om säkerheten vid hållplatserna.",
			"Det är en viktig fråga som vi bör lyfta med samhällsbyggnadsförvaltningen.",
			"Per Olof, hur ser det ut med belysningen vid hållplatsen vid skolan i Västerby?",
			"Där har vi beställt nya armaturer, de ska vara på plats före årsskiftet.",
			"Bra, då noterar vi det och går vidare till nästa punkt på dagordningen.",
			"Nästa punkt handlar om digitaliseringen av ansökningarna om skolskjuts.",
			"Idag kommer ungefär hälften av ansökningarna fortfarande in på papper.",
			"Om vi inför en e-tjänst kan handläggningstiden kortas från tre veckor till några dagar.",
			"Jag är lite orolig för de vårdnadshavare som inte har e-legitimation.",
			"Vi beslutar att behålla pappersblanketten parallellt under en övergångsperiod på ett år.",
			"Karin tar kontakt med IT-avdelningen och ber om en tidsplan för e-tjänsten till vecka 3.",
			"Mohammed, kan du ta fram en kostnadsberäkning för e-tjänsten om tre veckor?",
			"Finns det några frågor innan vi går vidare?",
			"Ja, en sak till: hur kommunicerar vi förändringarna till skolorna?",
			"Vi skickar ut ett informationsbrev till rektorerna i början av juni.",
			"Och så lägger vi en nyhet på kommunens webbplats samtidigt.",
			"Anna-Karin på kommunikationsavdelningen brukar hjälpa till med sådant.",
			"Kl. 10:30 har vi en kort paus, sedan fortsätter vi med tidplanen.",
			"Vem ansvarar egentligen för avtalsuppföljningen i dag?",
			"Det är oklart, och det är en öppen fråga som vi tar med till styrgruppen.");

	private static final List<String> ENGLISH = List.of(
			"We need to look at the school transport budget before the autumn term starts.",
			"I spoke to the finance team and they expect costs to rise by about eight percent.",
			"That is mostly because of the new taxi contracts and more pupils being eligible.",
			"Could we get an overview of which routes have the lowest occupancy?",
			"I think we can merge some of the runs in the northern part of the municipality.",
			"We agreed to go ahead with a new procurement from August.",
			"I'll prepare a briefing paper for the committee by next Friday.",
			"Erik, could you contact the supplier and ask whether they can extend the contract by three months?",
			"Yes, I'll sort that out by 15 January at the latest.",
			"We don't know yet, we will come back once we have talked to the lawyers.",
			"We also have to think about accessibility for pupils with disabilities.",
			"According to the latest survey, parents are broadly happy with travel times.",
			"But there are complaints that buses are sometimes ten minutes late in the morning.",
			"I suggest we invite the transport planner to the next meeting.",
			"Do we have any figures on how many pupils travel more than forty minutes each way?",
			"I'll check that, I believe the region keeps statistics on it.",
			"Decision: let's go with that proposal and check in again in two weeks.",
			"Sara will send the minutes to everyone by Wednesday at the latest.",
			"I agree, but we must not forget the administrative cost of handling it.",
			"The finance unit has flagged that the full-year forecast is uncertain.",
			"We have also received a letter from the student council about safety at the bus stops.",
			"That is an important question we should raise with the planning department.",
			"Per Olof, how is the lighting at the bus stop by the school in Westby coming along?",
			"We have ordered new fittings, they should be in place before the end of the year.",
			"Good, then we note that and move on to the next item on the agenda.",
			"The next item is about digitising the applications for school transport.",
			"Today about half of the applications still arrive on paper.",
			"With an online service the handling time could drop from three weeks to a few days.",
			"I am a little worried about parents who do not have an electronic ID.",
			"We decided to keep the paper form alongside it for a transition period of one year.",
			"Action: Karin contacts the IT department and asks for a timeline for the online service by end of next week.",
			"Mohammed, can you put together a cost estimate for the online service in three weeks?",
			"Are there any questions before we move on?",
			"Yes, one more thing: how do we tell the schools about the changes?",
			"We send an information letter to the head teachers at the beginning of June.",
			"And we put a news item on the municipality's website at the same time.",
			"Anna-Karin in the communications team usually helps with that.",
			"At 10:30 we take a short break, then we continue with the timeline.",
			"Who is actually responsible for following up the contract today?",
			"That is unclear, and it is an open question for the steering group.");

	private HourLongMeeting() {
	}

	/** The meeting the transcript belongs to, with its invitation's people. */
	static Meeting meeting() {
		return Meeting.schedule(new TenantId(UUID.nameUUIDFromBytes("bench".getBytes(StandardCharsets.UTF_8))),
				"Styrgrupp skolskjuts", null,
				URI.create("https://teams.microsoft.com/l/meetup-join/19%3ameeting_bench%40thread.v2/0"), START,
				START.plusHours(1), INVITED.get(0), INVITED.subList(1, INVITED.size()), ExternalIds.NONE, 0, null);
	}

	/**
	 * The WebVTT file.
	 * @param language {@code sv} or {@code en}
	 */
	static String webVtt(String language, int words, long seed) {
		List<String> sentences = "en".equals(language) ? ENGLISH : SWEDISH;
		Random random = new Random(seed);
		StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
		String recording = new UUID(random.nextLong(), random.nextLong()).toString();
		int said = 0;
		int cue = 0;
		long millis = 3_000;
		while (said < words) {
			String speaker = SPEAKERS.get(random.nextInt(SPEAKERS.size()));
			List<String> turn = new ArrayList<>();
			for (int sentence = 1 + random.nextInt(4); sentence > 0; sentence--) {
				turn.addAll(Arrays.asList(sentences.get(random.nextInt(sentences.size())).split(" ")));
			}
			for (int from = 0; from < turn.size();) {
				int to = Math.min(turn.size(), from + 6 + random.nextInt(9));
				long length = 400L * (to - from) + random.nextInt(300);
				vtt.append(recording)
					.append('/')
					.append(++cue)
					.append("-0\n")
					.append(timestamp(millis))
					.append(" --> ")
					.append(timestamp(millis + length))
					.append("\n<v ")
					.append(speaker)
					.append('>')
					.append(String.join(" ", turn.subList(from, to)))
					.append("</v>\n\n");
				millis += length;
				said += to - from;
				from = to;
			}
			millis += 200 + random.nextInt(800);
		}
		return vtt.toString();
	}

	private static String timestamp(long millis) {
		Duration at = Duration.ofMillis(millis);
		return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", at.toHours(), at.toMinutesPart(), at.toSecondsPart(),
				at.toMillisPart());
	}

}
