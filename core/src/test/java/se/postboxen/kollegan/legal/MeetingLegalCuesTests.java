package se.postboxen.kollegan.legal;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.legal.LegalFinding.Kind;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.recap.TranscriptSpan;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.TranscriptFormat;
import se.postboxen.kollegan.transcript.TranscriptReader;
import se.postboxen.kollegan.transcript.Utterance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Juridik-Gunnar's reading of meetings written for these tests, a Swedish school board
 * buying a pupil register and an English HR system meeting: each finding names the rule,
 * the speaker, when it was said and the words.
 */
class MeetingLegalCuesTests {

	static final String SCHOOL_BOARD = """
			WEBVTT

			00:00:05.000 --> 00:00:09.000
			<v Anna Lind>Vi behöver köpa in ett nytt elevregister före höstterminen.

			00:00:10.000 --> 00:00:13.000
			<v Erik Berg>Kan vi inte direktupphandla det?

			00:00:13.500 --> 00:00:16.000
			<v Erik Berg>Då slipper vi annonsera.

			00:00:20.000 --> 00:00:26.000
			<v Anna Lind>Beloppet är för stort, men vi kan dela upp beställningen på två budgetår.

			00:01:02.000 --> 00:01:06.000
			<v Erik Berg>Registret kommer att innehålla elevernas personnummer

			00:01:06.000 --> 00:01:10.000
			<v Erik Berg>och uppgifter om diagnoser.

			00:01:30.000 --> 00:01:34.000
			<v Anna Lind>Det här om leverantören ska inte protokollföras.

			00:02:00.000 --> 00:02:06.000
			<v Sara Nilsson>Vi garanterar leverantören att vi står för alla kostnader om projektet stoppas.

			00:02:30.000 --> 00:02:36.000
			<v Anna Lind>Tilldelningsbeslutet skickas i dag och vi tecknar avtalet direkt i morgon.

			00:03:00.000 --> 00:03:04.000
			<v Erik Berg>Beslutet kan överklagas inom tre veckor.
			""";

	@Test
	void aSwedishMeetingIsReadForEveryRuleItTouchesWithSpeakerTimeAndWords() {
		List<LegalFinding> findings = MeetingLegalCues.in(TranscriptReader.read(TranscriptFormat.WEBVTT, SCHOOL_BOARD));

		assertThat(findings).extracting(LegalFinding::kind, LegalFinding::speaker, finding -> finding.source().at())
			.containsExactly(tuple(Kind.DIRECT_AWARD, "Erik Berg", Duration.ofSeconds(10)),
					tuple(Kind.SPLIT_PURCHASE, "Anna Lind", Duration.ofSeconds(20)),
					tuple(Kind.SPECIAL_CATEGORIES, "Erik Berg", Duration.ofSeconds(62)),
					tuple(Kind.IDENTITY_NUMBERS, "Erik Berg", Duration.ofSeconds(62)),
					tuple(Kind.PUBLIC_ACCESS, "Anna Lind", Duration.ofSeconds(90)),
					tuple(Kind.COMMITMENT, "Sara Nilsson", Duration.ofSeconds(120)),
					tuple(Kind.STANDSTILL, "Anna Lind", Duration.ofSeconds(150)),
					tuple(Kind.APPEAL, "Erik Berg", Duration.ofSeconds(180)));
		assertThat(findings).extracting(finding -> finding.source().quote())
			.contains("Kan vi inte direktupphandla det?",
					"Registret kommer att innehålla elevernas personnummer och uppgifter om diagnoser.",
					"Vi garanterar leverantören att vi står för alla kostnader om projektet stoppas.");
		assertThat(findings).extracting(LegalFinding::rule)
			.contains("LOU (2016:1145) 19 a kap.", "GDPR art. 9", "Dataskyddslagen (2018:218) 3 kap. 10 §",
					"Förvaltningslagen (2017:900) 44 §", "LOU (2016:1145) 20 kap. 1–2 §§");
	}

	@Test
	void anEnglishMeetingIsReadTooWithTheSpeakersAddressWhenTheTranscriptKnowsIt() {
		EmailAddress tom = EmailAddress.of("tom.reed@vendor.example");
		Transcript transcript = new Transcript(List.of(
				new Utterance("Maria Svensson", null, Duration.ofSeconds(3), Duration.ofSeconds(6),
						"We need the new HR system live before summer."),
				new Utterance("Tom Reed", tom, Duration.ofSeconds(8), Duration.ofSeconds(14),
						"We will store the health data of your employees, including sick leave."),
				new Utterance("Maria Svensson", null, Duration.ofSeconds(15), Duration.ofSeconds(19),
						"Then let's sign the contract now and skip the standstill."),
				new Utterance("Tom Reed", tom, Duration.ofSeconds(20), Duration.ofSeconds(22),
						"Please keep this off the record.")));

		List<LegalFinding> findings = MeetingLegalCues.in(transcript);

		assertThat(findings).extracting(LegalFinding::kind, LegalFinding::speaker, LegalFinding::speakerEmail)
			.containsExactly(tuple(Kind.SPECIAL_CATEGORIES, "Tom Reed", tom),
					tuple(Kind.STANDSTILL, "Maria Svensson", null), tuple(Kind.PUBLIC_ACCESS, "Tom Reed", tom));
		assertThat(findings.get(1).source()).isEqualTo(new TranscriptSpan(Duration.ofSeconds(15),
				"Then let's sign the contract now and skip the " + "standstill."));
	}

	@Test
	void aMeetingThatTouchesNoRuleHasNoFindings() {
		Transcript transcript = TranscriptReader.read(TranscriptFormat.PLAIN_TEXT, """
				Anna Lind: Välkomna till styrgruppen.
				Erik Berg: Jag tar fram en tidplan till fredag.
				Anna Lind: We agreed on the new intranet design.
				""");

		assertThat(MeetingLegalCues.in(transcript)).isEmpty();
	}

	@Test
	void aLongStatementWithoutPunctuationIsQuotedAroundItsCue() {
		String words = "och sedan pratade vi om budgeten ".repeat(20);
		String said = words + "men vi kan direktupphandla konsulterna " + words;

		String quote = MeetingLegalCues.quote(said, said.indexOf("direktupphandla"),
				said.indexOf("direktupphandla") + "direktupphandla".length());

		assertThat(quote).startsWith("…").endsWith("…").contains("vi kan direktupphandla konsulterna");
		assertThat(quote.length()).isLessThanOrEqualTo(MeetingLegalCues.MAX_QUOTE_LENGTH + 2);
	}

}
