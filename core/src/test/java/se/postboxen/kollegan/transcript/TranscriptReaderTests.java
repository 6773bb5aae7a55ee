package se.postboxen.kollegan.transcript;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class TranscriptReaderTests {

	private static Transcript vtt(String text) {
		return TranscriptReader.read(TranscriptFormat.WEBVTT, text);
	}

	private static Transcript plain(String text) {
		return TranscriptReader.read(TranscriptFormat.PLAIN_TEXT, text);
	}

	private static Duration at(long seconds, long millis) {
		return Duration.ofSeconds(seconds).plusMillis(millis);
	}

	@Test
	void readsGraphsDocumentedSampleWithItsNonConformantTimestamps() {
		Transcript transcript = vtt("WEBVTT\n\n0:0:0.0 --> 0:0:5.320\n<v User Name>This is a transcript test.</v>\n");

		assertThat(transcript.utterances())
			.containsExactly(new Utterance("User Name", null, Duration.ZERO, at(5, 320), "This is a transcript test."));
	}

	@Test
	void readsTeamsCuesWithGuidIdentifiersAndKeepsConsecutiveCuesOfOneSpeakerApart() {
		Transcript transcript = vtt("""
				WEBVTT

				02b0f0b1-6b8a-4f0d-bc28-5b9a5d0a7e5f/18-1
				00:00:00.000 --> 00:00:04.210
				<v Anna Lind>Välkomna, vi börjar med upphandlingen.</v>

				02b0f0b1-6b8a-4f0d-bc28-5b9a5d0a7e5f/18-2
				00:00:04.210 --> 00:00:07.900
				<v Anna Lind>Erik, du har läst anbuden?</v>

				02b0f0b1-6b8a-4f0d-bc28-5b9a5d0a7e5f/19-0
				00:01:02.050 --> 01:00:03.005
				<v Erik Berg>Ja, alla tre.</v>
				""");

		assertThat(transcript.utterances())
			.extracting(Utterance::speaker, Utterance::start, Utterance::end, Utterance::text)
			.containsExactly(tuple("Anna Lind", Duration.ZERO, at(4, 210), "Välkomna, vi börjar med upphandlingen."),
					tuple("Anna Lind", at(4, 210), at(7, 900), "Erik, du har läst anbuden?"),
					tuple("Erik Berg", at(62, 50), at(3603, 5), "Ja, alla tre."));
		assertThat(transcript.utterances()).allSatisfy(utterance -> assertThat(utterance.speakerEmail()).isNull());
	}

	@Test
	void readsZoomsNumberedCuesWithTheSpeakerAsPrefix() {
		Transcript transcript = vtt("""
				WEBVTT

				1
				00:00:00.000 --> 00:00:05.000
				Anna Lind: Transcript text here

				2
				00:00:05.000 --> 00:00:09.500
				James Taylor: Decision: we keep the current vendor.

				3
				00:00:09.500 --> 00:00:12.000
				J. Taylor (Kommun A): Noted.
				""");

		assertThat(transcript.utterances()).extracting(Utterance::speaker, Utterance::start, Utterance::text)
			.containsExactly(tuple("Anna Lind", Duration.ZERO, "Transcript text here"),
					tuple("James Taylor", at(5, 0), "Decision: we keep the current vendor."),
					tuple("J. Taylor (Kommun A)", at(9, 500), "Noted."));
	}

	@Test
	void joinsTheLinesOfACueWithASpace() {
		Transcript transcript = vtt("""
				WEBVTT

				00:00:01.000 --> 00:00:06.000
				<v Sara Nilsson>Vi behöver
				en dialog med
				  leverantörerna.</v>

				00:00:06.000 --> 00:00:08.000
				Erik Berg: Håller med,
				absolut.
				""");

		assertThat(transcript.utterances()).extracting(Utterance::speaker, Utterance::text)
			.containsExactly(tuple("Sara Nilsson", "Vi behöver en dialog med leverantörerna."),
					tuple("Erik Berg", "Håller med, absolut."));
	}

	@Test
	void stripsTagsAndDecodesEntities() {
		Transcript transcript = vtt("""
				WEBVTT

				00:00:01.000 --> 00:00:03.000 align:start position:10% line:0
				<v.loud Erik &amp; Co>Pris <b>och</b> <i>kvalitet</i>: <c.yellow>60&nbsp;%</c> &amp; 40 &lt;3&gt;</v>

				00:00:03.000 --> 00:00:05.000
				<v Anna Lind><00:00:03.500>Om x < 5 och y > 3&lrm; gäller &#229;&#xE4;</v>
				""");

		assertThat(transcript.utterances()).extracting(Utterance::speaker, Utterance::end, Utterance::text)
			.containsExactly(tuple("Erik & Co", at(3, 0), "Pris och kvalitet: 60 % & 40 <3>"),
					tuple("Anna Lind", at(5, 0), "Om x < 5 och y > 3\u200E gäller åä"));
	}

	@Test
	void givesEachVoiceInACueItsOwnUtterance() {
		Transcript transcript = vtt("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n"
				+ "<v Anna Lind>Klart?</v> <v Erik Berg>Klart.\n\n00:00:03.000 --> 00:00:04.000\n<v>Hallå?</v>\n");

		assertThat(transcript.utterances()).extracting(Utterance::speaker, Utterance::text)
			.containsExactly(tuple("Anna Lind", "Klart?"), tuple("Erik Berg", "Klart."),
					tuple(Utterance.UNKNOWN_SPEAKER, "Hallå?"));
	}

	@Test
	void acceptsCrlfAndCrLineEndsAndAByteOrderMark() {
		String cues = "WEBVTT - Kommun A\n\n1\n00:00:00,000 --> 00:00:02,500\n<v Anna Lind>Hej\nalla\n\n"
				+ "2\n00:02.500 --> 00:04.000\n<v Erik Berg>Hej\n";

		for (String text : List.of("\uFEFF" + cues.replace("\n", "\r\n"), cues.replace("\n", "\r"))) {
			assertThat(vtt(text).utterances()).extracting(Utterance::speaker, Utterance::start, Utterance::text)
				.containsExactly(tuple("Anna Lind", Duration.ZERO, "Hej alla"), tuple("Erik Berg", at(2, 500), "Hej"));
		}
	}

	@Test
	void skipsNoteStyleAndRegionBlocksAndTheHeader() {
		Transcript transcript = vtt("""
				WEBVTT Kind: captions
				Language: sv

				STYLE
				::cue { color: yellow }

				REGION
				id:fred width:40%

				NOTE Exporterad från Teams
				00:00 är mötets början

				00:00:02.000 --> 00:00:03.000
				<v Sara Nilsson>Då kör vi.</v>

				NOTE
				Pausen klipptes bort.
				""");

		assertThat(transcript.utterances()).extracting(Utterance::speaker, Utterance::text)
			.containsExactly(tuple("Sara Nilsson", "Då kör vi."));
	}

	@Test
	void readsCuesWithoutTheWebVttLineOrBlankLinesBetweenThem() {
		Transcript transcript = vtt("""
				1
				00:00:00.000 --> 00:00:02.000
				Anna Lind: Första.
				2
				00:00:02.000 --> 00:00:04.000
				Anna Lind: Andra.
				""");

		assertThat(transcript.utterances()).extracting(Utterance::text).containsExactly("Första.", "Andra.");
	}

	@Test
	void speechWithoutASpeakerIsTheUnknownSpeakersAndEmptyCuesAreDropped() {
		Transcript transcript = vtt("""
				WEBVTT

				00:00:00.000 --> 00:00:02.000
				Välkomna allihop.

				00:00:02.000 --> 00:00:03.000
				<v Anna Lind> </v>

				00:00:03.000 --> 00:00:04.000

				00:00:04.000 --> 00:00:05.000
				Erik Berg:
				""");

		assertThat(transcript.utterances()).extracting(Utterance::speaker, Utterance::text)
			.containsExactly(tuple(Utterance.UNKNOWN_SPEAKER, "Välkomna allihop."));
	}

	@Test
	void timesNotesAndClausesBeforeAColonAreNotSpeakers() {
		Transcript transcript = vtt("""
				WEBVTT

				00:00:00.000 --> 00:00:01.000
				10:30: då börjar vi

				00:00:01.000 --> 00:00:02.000
				Kl. 10:30 börjar vi

				00:00:02.000 --> 00:00:03.000
				Notera: viktigt

				00:00:03.000 --> 00:00:04.000
				Det viktiga är detta: budgeten håller

				00:00:04.000 --> 00:00:05.000
				Ja, jag tar det: senast fredag

				00:00:05.000 --> 00:00:06.000
				Läs mer på https://www.kommun-a.example/upphandling
				""");

		assertThat(transcript.speakers()).containsExactly(Utterance.UNKNOWN_SPEAKER);
		assertThat(transcript.utterances()).extracting(Utterance::text)
			.containsExactly("10:30: då börjar vi", "Kl. 10:30 börjar vi", "Notera: viktigt",
					"Det viktiga är detta: budgeten håller", "Ja, jag tar det: senast fredag",
					"Läs mer på https://www.kommun-a.example/upphandling");
	}

	@Test
	void skipsACueWhoseTimingCannotBeRead() {
		Transcript transcript = vtt("""
				WEBVTT

				00:00:xx --> 00:00:02.000
				<v Anna Lind>Borttappad.</v>

				00:00:02.000 --> 00:00:03.000
				<v Anna Lind>Kvar.</v>
				""");

		assertThat(transcript.utterances()).extracting(Utterance::text).containsExactly("Kvar.");
	}

	@Test
	void cutsOverlongVoiceNamesAndDropsControlCharacters() {
		String longName = "A".repeat(Utterance.MAX_SPEAKER_LENGTH + 50);

		Transcript transcript = vtt("WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n<v " + longName + ">Hej\u0007 där</v>\n");

		Utterance utterance = transcript.utterances().get(0);
		assertThat(utterance.speaker()).hasSize(Utterance.MAX_SPEAKER_LENGTH);
		assertThat(utterance.text()).isEqualTo("Hej där");
	}

	@Test
	void tidiesEveryKindOfWhiteSpaceAsUnicodeDefinesIt() {
		// The reference is what tidy did with a regular expression before it was made
		// fast: every run of Unicode white space is one space, then controls go.
		Pattern whiteSpace = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
		char[] alphabet = { 'a', 'ö', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u0085', '\u00A0', '\u1680',
				'\u2007', '\u200A', '\u200B', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\u001C', '\u001F',
				'\u0007', '\uFEFF', '-' };
		Random random = new Random(8);
		for (int run = 0; run < 20_000; run++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(12); i > 0; i--) {
				text.append(alphabet[random.nextInt(alphabet.length)]);
			}
			String oneLine = whiteSpace.matcher(text).replaceAll(" ").strip();
			StringBuilder expected = new StringBuilder();
			oneLine.codePoints().filter(c -> !Character.isISOControl(c)).forEach(expected::appendCodePoint);

			assertThat(TranscriptReader.tidy(text.toString()))
				.as("%s", text.chars().mapToObj(Integer::toHexString).toList())
				.isEqualTo(expected.toString().strip());
		}
	}

	@Test
	void readsPlainTextTurnsWithContinuationLines() {
		Transcript transcript = plain("""
				Inledning utan namn.
				Anna Lind: Välkomna.
				Erik Berg: Jag har två punkter.
				Den första gäller budgeten.

				Kl. 10:30 har vi nästa möte.
				Anna Lind: Bra.
				""");

		assertThat(transcript.utterances())
			.extracting(Utterance::speaker, Utterance::start, Utterance::end, Utterance::text)
			.containsExactly(tuple(Utterance.UNKNOWN_SPEAKER, Duration.ZERO, Duration.ZERO, "Inledning utan namn."),
					tuple("Anna Lind", Duration.ZERO, Duration.ZERO, "Välkomna."),
					tuple("Erik Berg", Duration.ZERO, Duration.ZERO,
							"Jag har två punkter. Den första gäller budgeten. Kl. 10:30 har vi nästa möte."),
					tuple("Anna Lind", Duration.ZERO, Duration.ZERO, "Bra."));
	}

	@Test
	void plainTextTimestampsSetStartsAndEachTurnEndsWhereTheNextStarts() {
		Transcript transcript = plain("""
				[00:00:05] Anna Lind: Välkomna.
				00:01:23 Erik Berg: Jag har läst anbuden.
				[02:10.5] Och alla tre håller måttet.
				Sara Nilsson: Bra.
				[Paus]
				10:30 börjar nästa möte.
				""");

		assertThat(transcript.utterances())
			.extracting(Utterance::speaker, Utterance::start, Utterance::end, Utterance::text)
			.containsExactly(tuple("Anna Lind", at(5, 0), at(83, 0), "Välkomna."),
					tuple("Erik Berg", at(83, 0), at(130, 500), "Jag har läst anbuden."),
					tuple("Erik Berg", at(130, 500), at(130, 500), "Och alla tre håller måttet."),
					tuple("Sara Nilsson", at(130, 500), at(130, 500), "Bra. [Paus] 10:30 börjar nästa möte."));
	}

	@Test
	void plainTextAcceptsANameOnALineOfItsOwn() {
		Transcript transcript = plain("Anna Lind:\nVälkomna till mötet.\r\nErik Berg:\r\nTack.");

		assertThat(transcript.utterances()).extracting(Utterance::speaker, Utterance::text)
			.containsExactly(tuple("Anna Lind", "Välkomna till mötet."), tuple("Erik Berg", "Tack."));
	}

	@Test
	void refusesTextWithoutSpeech() {
		assertThatExceptionOfType(UnreadableTranscriptException.class).isThrownBy(() -> vtt(""))
			.withMessage("The transcript is empty");
		assertThatExceptionOfType(UnreadableTranscriptException.class).isThrownBy(() -> plain(" \n\r\n\t"))
			.withMessage("The transcript is empty");
		assertThatExceptionOfType(UnreadableTranscriptException.class)
			.isThrownBy(() -> vtt("WEBVTT\n\nNOTE bara en anteckning\n"))
			.withMessage("The WebVTT transcript has no cue with speech");
		assertThatExceptionOfType(UnreadableTranscriptException.class)
			.isThrownBy(() -> vtt("Anna Lind: Hej, det här är ingen VTT-fil.\n"))
			.withMessage("The WebVTT transcript has no cue with speech");
		assertThatExceptionOfType(UnreadableTranscriptException.class)
			.isThrownBy(() -> vtt("WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n<v Anna Lind></v>\n"))
			.withMessage("The WebVTT transcript has no cue with speech");
		assertThatExceptionOfType(UnreadableTranscriptException.class)
			.isThrownBy(() -> plain("Anna Lind:\n[00:00:01]\n"))
			.withMessage("The plain-text transcript has no line of speech");
	}

	@Test
	void refusesGarbageWithoutRepeatingIt() {
		String garbage = "\u0000\u0001PK\u0003\u0004 binary --> stuff \uFFFD\uFFFD";

		assertThatExceptionOfType(UnreadableTranscriptException.class).isThrownBy(() -> vtt(garbage))
			.withMessage("The WebVTT transcript has no cue with speech");
	}

	@Test
	void refusesTranscriptsBeyondTheLimits() {
		assertThatExceptionOfType(UnreadableTranscriptException.class)
			.isThrownBy(() -> plain("a".repeat(TranscriptReader.MAX_CHARACTERS + 1)))
			.withMessageContaining("longer than 5000000 characters");
		String cue = "00:00:00.000 --> 00:00:01.000\nAnna Lind: Ja.\n\n";
		assertThatExceptionOfType(UnreadableTranscriptException.class)
			.isThrownBy(() -> vtt("WEBVTT\n\n" + cue.repeat(TranscriptReader.MAX_CUES + 1)))
			.withMessageContaining("more than 100000 cues");
		assertThatExceptionOfType(UnreadableTranscriptException.class)
			.isThrownBy(() -> plain("Anna Lind: Ja.\n".repeat(TranscriptReader.MAX_CUES + 1)))
			.withMessageContaining("more than 100000 turns");
		assertThat(vtt("WEBVTT\n\n" + cue.repeat(TranscriptReader.MAX_CUES)).utterances())
			.hasSize(TranscriptReader.MAX_CUES);
	}

}
