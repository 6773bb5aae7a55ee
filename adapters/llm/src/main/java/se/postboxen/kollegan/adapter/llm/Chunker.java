package se.postboxen.kollegan.adapter.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.Utterance;

/**
 * Cuts a transcript into {@link Chunk}s that each fit one call, at utterance boundaries,
 * every utterance in exactly one chunk, so that every word of the meeting is sent once.
 * Sizes come from an estimate (characters per token from the configuration), not a
 * tokenizer: the models differ in theirs, and the estimate only has to err on the
 * cautious side. Chunks are made about equally large rather than full-then-remainder: a
 * last chunk of three lines would be summarised out of all proportion.
 */
final class Chunker {

	private static final Pattern SPACE = Pattern.compile("\\s+");

	private final double charsPerToken;

	Chunker(double charsPerToken) {
		this.charsPerToken = charsPerToken;
	}

	/** The estimated tokens of {@code text}. */
	int tokens(String text) {
		return (int) Math.ceil(text.length() / this.charsPerToken);
	}

	/**
	 * @param budget the most estimated tokens a chunk may hold
	 */
	List<Chunk> chunks(Transcript transcript, int budget) {
		List<Piece> pieces = pieces(transcript, budget);
		long total = 0;
		String previous = null;
		for (Piece piece : pieces) {
			total += cost(piece, piece.utterance().speaker().equals(previous));
			previous = piece.utterance().speaker();
		}
		long parts = Math.max(1, (total + budget - 1) / budget);
		long target = (total + parts - 1) / parts;
		List<Chunk> chunks = new ArrayList<>();
		Chunk.Builder chunk = new Chunk.Builder();
		long size = 0;
		for (Piece piece : pieces) {
			int cost = cost(piece, chunk.continues(piece.utterance()));
			// Closes the chunk at the boundary nearest the target, never past the budget;
			// the last planned chunk takes the rest rather than leave a sliver for one
			// more.
			boolean last = chunks.size() >= parts - 1;
			if (!chunk.isEmpty() && (size + cost > budget || (!last && size + cost / 2 > target))) {
				chunks.add(chunk.build());
				chunk = new Chunk.Builder();
				size = 0;
				cost = cost(piece, false);
			}
			chunk.add(piece.utterance(), piece.speech());
			size += cost;
		}
		if (!chunk.isEmpty()) {
			chunks.add(chunk.build());
		}
		return chunks;
	}

	/**
	 * What adding the piece costs: its words, and the speaker's name when it starts a
	 * line.
	 */
	private int cost(Piece piece, boolean continuesLine) {
		return continuesLine ? tokens(" " + piece.speech())
				: tokens(piece.utterance().speaker() + ": " + piece.speech() + "\n");
	}

	/**
	 * The utterances with words in them, spacing tidied; one too long for a chunk of its
	 * own (a monologue a platform did not split) is cut between words into pieces that
	 * keep its speaker and offset.
	 */
	private List<Piece> pieces(Transcript transcript, int budget) {
		List<Piece> pieces = new ArrayList<>();
		for (Utterance utterance : transcript.utterances()) {
			String speech = SPACE.matcher(utterance.text().strip()).replaceAll(" ");
			if (speech.isEmpty()) {
				continue;
			}
			int room = (int) ((budget - tokens(utterance.speaker() + ": \n")) * this.charsPerToken);
			while (speech.length() > room) {
				int cut = speech.lastIndexOf(' ', room);
				cut = (cut > 0) ? cut : room;
				pieces.add(new Piece(utterance, speech.substring(0, cut).strip()));
				speech = speech.substring(cut).strip();
			}
			pieces.add(new Piece(utterance, speech));
		}
		return pieces;
	}

	private record Piece(Utterance utterance, String speech) {

	}

}
