package se.postboxen.kollegan.bench;

import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.recap.OfflineExtractor;
import se.postboxen.kollegan.recap.RecapDraft;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.TranscriptFormat;
import se.postboxen.kollegan.transcript.TranscriptReader;
import se.postboxen.kollegan.transcript.Utterance;

/**
 * The offline recap of a one-hour meeting ({@link HourLongMeeting}, about 9,000 words),
 * after warm-up (issue 8: at most 50 ms), with two baselines measured in the same run on
 * the same transcript: reading the WebVTT file, and cutting the utterances into sentences
 * with one regular expression — the least any recap must do.
 * <ul>
 * <li>{@code recap}: {@link OfflineExtractor#draft} on the read transcript — what the
 * analysis job spends after it has the transcript;</li>
 * <li>{@code readAndRecap}: from the file's text to the recap;</li>
 * <li>{@code readTranscript} and {@code splitSentences}: the baselines.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 2, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class OfflineRecapBenchmark {

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

	@Param({ "sv", "en" })
	String language;

	private String vtt;

	private Transcript transcript;

	private Meeting meeting;

	private final OfflineExtractor extractor = new OfflineExtractor();

	@Setup(Level.Trial)
	public void meeting() {
		this.vtt = HourLongMeeting.webVtt(this.language, HourLongMeeting.HOUR_OF_WORDS, HourLongMeeting.SEED);
		this.transcript = TranscriptReader.read(TranscriptFormat.WEBVTT, this.vtt);
		this.meeting = HourLongMeeting.meeting();
		int words = this.transcript.utterances()
			.stream()
			.mapToInt(utterance -> utterance.text().split(" ").length)
			.sum();
		RecapDraft draft = this.extractor.draft(this.meeting, this.transcript);
		System.out.printf(
				"%n%s: %,d words, %,d cues, %,d characters of WebVTT; recap: %d decisions, %d actions, "
						+ "%d open questions, language %s%n",
				this.language, words, this.transcript.utterances().size(), this.vtt.length(), draft.decisions().size(),
				draft.actions().size(), draft.openQuestions().size(), draft.language());
	}

	@Benchmark
	public RecapDraft recap() {
		return this.extractor.draft(this.meeting, this.transcript);
	}

	@Benchmark
	public RecapDraft readAndRecap() {
		return this.extractor.draft(this.meeting, TranscriptReader.read(TranscriptFormat.WEBVTT, this.vtt));
	}

	@Benchmark
	public Transcript readTranscript() {
		return TranscriptReader.read(TranscriptFormat.WEBVTT, this.vtt);
	}

	@Benchmark
	public void splitSentences(Blackhole sentences) {
		for (Utterance utterance : this.transcript.utterances()) {
			for (String sentence : SENTENCE_END.split(utterance.text())) {
				sentences.consume(sentence);
			}
		}
	}

}
