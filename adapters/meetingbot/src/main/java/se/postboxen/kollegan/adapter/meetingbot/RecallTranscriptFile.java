package se.postboxen.kollegan.adapter.meetingbot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.TranscriptReader;
import se.postboxen.kollegan.transcript.UnreadableTranscriptException;
import se.postboxen.kollegan.transcript.Utterance;

/**
 * The transcript file of a Recall.ai-compatible gateway: a list of segments, one per
 * stretch of one speaker, each {@code {participant: {name, email}, words: [{text,
 * start_timestamp: {relative}, end_timestamp: {relative}}]}} with times in seconds from
 * the start of the recording. Older gateways name the speaker as {@code speaker: "Name"};
 * that is read too.
 * <p>
 * One reader for both ways such a file arrives: downloaded by {@link RecallMeetingBots},
 * and uploaded by an organiser who saved it ({@code POST
 * /api/agents/meetings/{id}/transcript} as {@code application/json}). Absent and
 * {@code null} values are forgiven as the gateway sends them (no name: an unknown
 * speaker; no words: nothing said; no time: the previous one), but a value of the wrong
 * kind means the file is not what it claims to be and is refused, naming where:
 * {@code [2].words[0].text}.
 */
public final class RecallTranscriptFile {

	private static final JsonMapper json = JsonMapper.builder().build();

	private RecallTranscriptFile() {
	}

	/**
	 * Reads an uploaded file.
	 * @throws UnreadableTranscriptException when the file is not JSON, not of this shape
	 * (its {@link UnreadableTranscriptException#field() field} says where), has more than
	 * {@value TranscriptReader#MAX_CUES} segments, or holds no words at all
	 */
	public static Transcript read(byte[] file) {
		List<Utterance> utterances = read(file, Duration.ZERO);
		if (utterances.isEmpty()) {
			throw new UnreadableTranscriptException("The transcript has no segment with words", null);
		}
		return new Transcript(utterances);
	}

	/**
	 * The utterances of one recording's file, moved by {@code offset} to where the
	 * recording sits in the meeting; empty when nothing was said.
	 * @throws UnreadableTranscriptException as {@link #read(byte[])}, except for a file
	 * without words
	 */
	static List<Utterance> read(byte[] file, Duration offset) {
		JsonNode segments;
		try {
			segments = json.readTree(file);
		}
		catch (JacksonException ex) {
			String where = (ex.getLocation() != null)
					? " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")"
					: "";
			throw new UnreadableTranscriptException("The transcript is not JSON" + where, null);
		}
		if (segments == null || !segments.isArray()) {
			throw new UnreadableTranscriptException("The transcript must be a list of segments", null);
		}
		if (segments.size() > TranscriptReader.MAX_CUES) {
			throw new UnreadableTranscriptException(
					"The transcript has more than " + TranscriptReader.MAX_CUES + " segments", null);
		}
		List<Utterance> utterances = new ArrayList<>();
		for (int i = 0; i < segments.size(); i++) {
			Utterance utterance = segment(segments.get(i), "[" + i + "]", offset);
			if (utterance != null) {
				utterances.add(utterance);
			}
		}
		return utterances;
	}

	private static @Nullable Utterance segment(JsonNode segment, String path, Duration offset) {
		if (!segment.isObject()) {
			throw wrong(path, "a segment object");
		}
		JsonNode words = optional(segment, "words", path, JsonNode::isArray, "a list of words");
		if (words == null) {
			return null;
		}
		StringJoiner text = new StringJoiner(" ");
		Duration start = null;
		Duration end = null;
		for (int j = 0; j < words.size(); j++) {
			String wordPath = path + ".words[" + j + "]";
			JsonNode word = words.get(j);
			if (!word.isObject()) {
				throw wrong(wordPath, "a word object");
			}
			JsonNode spoken = optional(word, "text", wordPath, JsonNode::isString, "text");
			Duration wordStart = seconds(word, "start_timestamp", wordPath);
			Duration wordEnd = seconds(word, "end_timestamp", wordPath);
			if (spoken == null || spoken.stringValue().isBlank()) {
				continue;
			}
			text.add(spoken.stringValue().strip());
			start = (start != null) ? start : (wordStart != null) ? wordStart : end;
			end = (wordEnd != null) ? wordEnd : (wordStart != null) ? wordStart : end;
		}
		if (text.length() == 0) {
			return null;
		}
		start = (start != null) ? start : Duration.ZERO;
		end = (end != null) ? end : start;
		String name;
		String email = null;
		JsonNode participant = optional(segment, "participant", path, JsonNode::isObject, "a participant object");
		if (participant != null) {
			name = text(participant, "name", path + ".participant");
			email = text(participant, "email", path + ".participant");
		}
		else {
			name = text(segment, "speaker", path);
		}
		return Utterances.of(name, email, offset.plus(start), offset.plus(end), text.toString());
	}

	/** The value of a time such as {@code start_timestamp: {relative: 9.73}}. */
	private static @Nullable Duration seconds(JsonNode word, String name, String path) {
		JsonNode timestamp = optional(word, name, path, JsonNode::isObject, "an object with relative seconds");
		if (timestamp == null) {
			return null;
		}
		JsonNode relative = optional(timestamp, "relative", path + "." + name, JsonNode::isNumber, "seconds");
		return (relative != null) ? Duration.ofMillis(Math.round(relative.doubleValue() * 1000)) : null;
	}

	private static @Nullable String text(JsonNode parent, String name, String path) {
		JsonNode value = optional(parent, name, path, JsonNode::isString, "text");
		return (value != null) ? value.stringValue() : null;
	}

	/**
	 * The named value, {@code null} when absent or JSON {@code null}.
	 * @throws UnreadableTranscriptException when present but not of the expected kind
	 */
	private static @Nullable JsonNode optional(JsonNode parent, String name, String path, Predicate<JsonNode> expected,
			String what) {
		JsonNode value = parent.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!expected.test(value)) {
			throw wrong(path + "." + name, what);
		}
		return value;
	}

	private static UnreadableTranscriptException wrong(String path, String expected) {
		String field = path.startsWith(".") ? path.substring(1) : path;
		return new UnreadableTranscriptException("Expected " + expected + " at " + field, field);
	}

}
