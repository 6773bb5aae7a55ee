package se.postboxen.kollegan.adapter.meetingbot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.UnreadableTranscriptException;
import se.postboxen.kollegan.transcript.Utterance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The gateway's transcript file as an organiser uploads it: Recall's recorded shape, its
 * older {@code speaker} form, the nulls the gateway sends, and files that are not what
 * they claim, refused with where.
 */
class RecallTranscriptFileTests {

	private static byte[] bytes(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void readsRecallsTranscriptFileOneUtterancePerSegment() throws IOException {
		byte[] file;
		try (InputStream in = getClass().getResourceAsStream("/recall/transcript.json")) {
			file = in.readAllBytes();
		}

		Transcript transcript = RecallTranscriptFile.read(file);

		assertThat(transcript.utterances()).containsExactly(
				new Utterance("Anna Lind", EmailAddress.of("anna.lind@kommun-a.se"), Duration.ofMillis(9730),
						Duration.ofMillis(12751), "God morgon allihop. Ska vi börja?"),
				new Utterance("Erik Berg", null, Duration.ofMillis(13000), Duration.ofMillis(14900),
						"Ja, budgeten först."));
	}

	@Test
	void readsTheOlderSpeakerFormAndForgivesWhatIsMissing() {
		Transcript transcript = RecallTranscriptFile.read(bytes("""
				[{"speaker": "Sara Nilsson", "words": [
				   {"text": "Jag", "start_timestamp": {"relative": 61.5}, "end_timestamp": null},
				   {"text": " ", "start_timestamp": {"relative": 61.9}},
				   {"text": "bokar lokalen.", "end_timestamp": {"relative": 63.25}}]},
				 {"participant": null, "words": [{"text": "Hallå?"}]},
				 {"participant": {"name": "Erik Berg"}, "words": null},
				 {"participant": {"name": "Erik Berg"}}]"""));

		assertThat(transcript.utterances()).containsExactly(
				new Utterance("Sara Nilsson", null, Duration.ofMillis(61500), Duration.ofMillis(63250),
						"Jag bokar lokalen."),
				new Utterance(Utterance.UNKNOWN_SPEAKER, null, Duration.ZERO, Duration.ZERO, "Hallå?"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					{"words": []}                                                           | body
					[1]                                                                     | [0]
					[{"words": "Hej"}]                                                      | [0].words
					[{"words": [{"text": "Hej"}]}, {"words": ["Hej"]}]                      | [1].words[0]
					[{"words": [{"text": 42}]}]                                             | [0].words[0].text
					[{"words": [{"text": "Hej", "start_timestamp": 1.5}]}]                  | [0].words[0].start_timestamp
					[{"words": [{"text": "Hej", "end_timestamp": {"relative": "2,5"}}]}]    | [0].words[0].end_timestamp.relative
					[{"participant": "Anna", "words": [{"text": "Hej"}]}]                   | [0].participant
					[{"participant": {"name": ["Anna"]}, "words": [{"text": "Hej"}]}]       | [0].participant.name
					""")
	void aFileOfAnotherShapeIsRefusedNamingWhere(String json, String field) {
		assertThatExceptionOfType(UnreadableTranscriptException.class)
			.isThrownBy(() -> RecallTranscriptFile.read(bytes(json)))
			.satisfies(ex -> assertThat((ex.field() != null) ? ex.field() : "body").isEqualTo(field));
	}

	@Test
	void notJsonIsRefusedWithWhereItBroke() {
		assertThatExceptionOfType(UnreadableTranscriptException.class)
			.isThrownBy(() -> RecallTranscriptFile.read(bytes("[{\"words\": [\n{\"text\": \"Hej\"]}]")))
			.satisfies(ex -> {
				assertThat(ex.field()).isNull();
				assertThat(ex.getMessage()).contains("not JSON").contains("line 2");
			});
	}

	@Test
	void aFileWithoutAnyWordsHoldsNoTranscript() {
		assertThatExceptionOfType(UnreadableTranscriptException.class)
			.isThrownBy(
					() -> RecallTranscriptFile.read(bytes("[{\"participant\": {\"name\": \"Anna\"}, \"words\": []}]")))
			.withMessageContaining("no segment with words");
	}

	@Test
	void aDownloadedRecordingIsMovedToWhereItSitsInTheMeetingAndMayBeSilent() {
		assertThat(RecallTranscriptFile.read(bytes("[]"), Duration.ofMinutes(10))).isEmpty();
		assertThat(RecallTranscriptFile.read(bytes("""
				[{"participant": {"name": "Anna Lind", "email": "inte en adress"},
				  "words": [{"text": "Vi fortsätter.", "start_timestamp": {"relative": 2.0},
				             "end_timestamp": {"relative": 3.5}}]}]"""), Duration.ofMinutes(10))).containsExactly(
				new Utterance("Anna Lind", null, Duration.ofSeconds(602), Duration.ofMillis(603500), "Vi fortsätter."));
	}

}
