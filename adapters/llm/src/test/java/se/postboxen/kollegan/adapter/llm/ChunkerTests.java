package se.postboxen.kollegan.adapter.llm;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.adapter.llm.Chunk.Quoted;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.Utterance;

import static org.assertj.core.api.Assertions.assertThat;

class ChunkerTests {

	private final Chunker chunker = new Chunker(3.0);

	private static Utterance said(String speaker, int second, String text) {
		return new Utterance(speaker, null, Duration.ofSeconds(second), Duration.ofSeconds(second + 3), text);
	}

	@Test
	void keepsEveryUtteranceInExactlyOneChunkInOrderWithinTheBudget() {
		Transcript hour = LongMeeting.transcript("sv", LongMeeting.HOUR_OF_WORDS, 1);

		List<Chunk> chunks = this.chunker.chunks(hour, 3000);

		assertThat(chunks).hasSizeGreaterThan(1);
		assertThat(chunks.stream().flatMap(chunk -> chunk.utterances().stream()).toList()).isEqualTo(hour.utterances());
		assertThat(chunks).allSatisfy(chunk -> assertThat(this.chunker.tokens(chunk.text())).isLessThanOrEqualTo(3000));
	}

	@Test
	void makesChunksAboutEquallyLargeWithoutASliverAtTheEnd() {
		Transcript hour = LongMeeting.transcript("en", LongMeeting.HOUR_OF_WORDS, 2);
		int total = this.chunker.tokens(this.chunker.chunks(hour, Integer.MAX_VALUE).get(0).text());

		List<Chunk> chunks = this.chunker.chunks(hour, total / 3 + 200);

		assertThat(chunks).hasSize(3);
		assertThat(chunks).allSatisfy(
				chunk -> assertThat(this.chunker.tokens(chunk.text())).isBetween(total / 3 - 300, total / 3 + 300));
	}

	@Test
	void putsConsecutiveCuesOfOneSpeakerOnOneLine() {
		Transcript transcript = new Transcript(
				List.of(said("Anna Lind", 0, "Vi börjar"), said("Anna Lind", 3, "med budgeten."),
						said("Erik Berg", 6, "Okej."), said("Anna Lind", 9, " Bra\n  då kör vi. ")));

		Chunk chunk = this.chunker.chunks(transcript, 1000).get(0);

		assertThat(chunk.text()).isEqualTo("""
				Anna Lind: Vi börjar med budgeten.
				Erik Berg: Okej.
				Anna Lind: Bra då kör vi.
				""");
	}

	@Test
	void leavesOutUtterancesWithoutWords() {
		Transcript transcript = new Transcript(List.of(said("Anna Lind", 0, "  "), said("Erik Berg", 3, "Hej.")));

		List<Chunk> chunks = this.chunker.chunks(transcript, 1000);

		assertThat(chunks).singleElement().satisfies(chunk -> assertThat(chunk.text()).isEqualTo("Erik Berg: Hej.\n"));
	}

	@Test
	void cutsAMonologueTooLongForAnyChunkBetweenWords() {
		String monologue = "ord ".repeat(3000).strip();
		Transcript transcript = new Transcript(List.of(said("Anna Lind", 60, monologue)));

		List<Chunk> chunks = this.chunker.chunks(transcript, 1000);

		assertThat(chunks).hasSizeGreaterThan(1);
		assertThat(chunks).allSatisfy(chunk -> {
			assertThat(this.chunker.tokens(chunk.text())).isLessThanOrEqualTo(1000);
			assertThat(chunk.text()).startsWith("Anna Lind: ord").endsWith("ord\n");
		});
		assertThat(chunks.stream().mapToInt(chunk -> chunk.text().split(" ").length - 2).sum()).isEqualTo(3000);
	}

	@Test
	void findsAQuoteWithTheTranscriptsOwnWordsIgnoringCasePunctuationAndSpacing() {
		Transcript transcript = new Transcript(
				List.of(said("Erik Berg", 10, "Okej."), said("Sara Holm", 195, "Jag tar fram underlaget –"),
						said("Sara Holm", 198, "till nämnden, till fredag.")));
		Chunk chunk = this.chunker.chunks(transcript, 1000).get(0);

		Optional<Quoted> quoted = chunk.locate("jag tar fram underlaget till nämnden till  fredag!");

		assertThat(quoted).hasValueSatisfying(found -> {
			assertThat(found.utterance()).isEqualTo(transcript.utterances().get(1));
			assertThat(found.quote()).isEqualTo("Jag tar fram underlaget – till nämnden, till fredag");
		});
		assertThat(chunk.locate("till fredag"))
			.hasValueSatisfying(found -> assertThat(found.utterance().start()).isEqualTo(Duration.ofSeconds(198)));
	}

	@Test
	void findsAQuoteTheModelGaveWithTheSpeakersName() {
		Transcript transcript = new Transcript(List.of(said("Erik Berg", 10, "Vi startar projektet.")));
		Chunk chunk = this.chunker.chunks(transcript, 1000).get(0);

		assertThat(chunk.locate("Erik Berg: Vi startar projektet"))
			.hasValueSatisfying(found -> assertThat(found.quote()).isEqualTo("Vi startar projektet"));
	}

	@Test
	void findsNoQuoteThatNobodySaidAsQuoted() {
		Transcript transcript = new Transcript(
				List.of(said("Erik Berg", 10, "Vi startar projektet."), said("Sara Holm", 20, "Jag tar det.")));
		Chunk chunk = this.chunker.chunks(transcript, 1000).get(0);

		assertThat(chunk.locate("projektet jag tar")).as("across speakers").isEmpty();
		assertThat(chunk.locate("tar projektet")).as("words out of order").isEmpty();
		assertThat(chunk.locate("art")).as("inside a word").isEmpty();
		assertThat(chunk.locate(" ... ")).as("no words at all").isEmpty();
	}

}
