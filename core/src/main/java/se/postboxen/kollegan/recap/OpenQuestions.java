package se.postboxen.kollegan.recap;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What the meeting left open: a question nobody could answer ("Vet vi om …?" — "Ingen
 * aning"), one asked last with no reply, or an issue said to be open ("vi måste ta reda
 * på …", "open question: …", "TBD").
 */
final class OpenQuestions {

	private static final Pattern MARKER = Phrases.compile("\\b(?:öppen\\s+fråga|open\\s+question|tbd|to\\s+be\\s+"
			+ "(?:decided|determined|confirmed)|oklart|inte\\s+bestämt|ta\\s+reda\\s+på|reda\\s+ut|find\\s+out|"
			+ "figure\\s+out|får\\s+återkomma|let's\\s+park|parkera|keep\\s+(?:that|it|this)\\s+(?:open|as\\s+an\\s+open)|"
			+ "vet\\s+inte|vet\\s+vi\\s+inte|don't\\s+know|not\\s+sure|inte\\s+säker)\\b");

	/** Questions that run the meeting rather than ask about its matter. */
	private static final Pattern PROCEDURAL = Phrases.compile("\\b(?:eller\\s+hur|visst|right|något\\s+mer|anything\\s+"
			+ "else|några\\s+frågor|any\\s+questions|är\\s+alla\\s+(?:med|överens)|hör\\s+ni|can\\s+you\\s+hear|"
			+ "är\\s+vi\\s+överens|does\\s+everyone\\s+agree|are\\s+we\\s+agreed|kan\\s+vi\\s+besluta|"
			+ "can\\s+we\\s+decide)\\b");

	private static final Pattern WONDERING = Phrases
		.compile("\\b(?:behöver|vill|måste)\\s+veta\\s+(?:om|hur|vem|när|vad)\\b"
				+ "|\\bundrar\\s+(?:om|hur|vem|när|vad)\\b|\\bneed\\s+to\\s+know\\s+(?:whether|if|who|when|how)\\b"
				+ "|\\bwonder(?:ing)?\\s+(?:whether|if|who|when|how)\\b");

	/** Fewer content words than this and a marker only points at a question before it. */
	private static final int SELF_CONTAINED = 4;

	/** Turns within which a second marker is the same open question. */
	private static final int SAME_ISSUE = 2;

	private static final int MIN_QUESTION_WORDS = 3;

	private OpenQuestions() {
	}

	static List<Sentence> in(Conversation conversation) {
		List<Sentence> open = new ArrayList<>();
		int lastTurn = -SAME_ISSUE - 1;
		for (Sentence sentence : conversation.sentences()) {
			Sentence question = null;
			if (isRealQuestion(sentence) && isLastQuestionOfTurn(conversation, sentence)
					&& unanswered(conversation, sentence)) {
				question = sentence;
			}
			else if (MARKER.matcher(sentence.lower()).find() && sentence.turn() - lastTurn > SAME_ISSUE) {
				question = (sentence.content().size() >= SELF_CONTAINED) ? sentence
						: questionBefore(conversation, sentence);
			}
			if (question != null && !open.contains(question)) {
				open.add(question);
				lastTurn = sentence.turn();
			}
		}
		return open;
	}

	/** Asked with a question mark, or put as a need to know ("Vi behöver veta om …"). */
	private static boolean isRealQuestion(Sentence sentence) {
		return (sentence.isQuestion() || WONDERING.matcher(sentence.lower()).find())
				&& sentence.words().size() >= MIN_QUESTION_WORDS && !PROCEDURAL.matcher(sentence.lower()).find();
	}

	private static boolean isLastQuestionOfTurn(Conversation conversation, Sentence sentence) {
		for (int later = sentence.position() + 1; later < conversation.turnEnd(sentence); later++) {
			if (conversation.get(later).isQuestion()) {
				return false;
			}
		}
		return true;
	}

	/** Nobody spoke after it, or the reply admits not knowing. */
	private static boolean unanswered(Conversation conversation, Sentence question) {
		int reply = conversation.nextTurnStart(question);
		if (reply < 0) {
			return question.position() == conversation.size() - 1;
		}
		Sentence answer = conversation.get(reply);
		for (int i = reply; i < Math.min(reply + 2, conversation.turnEnd(answer)); i++) {
			if (Phrases.UNKNOWING.matcher(conversation.get(i).lower()).find()) {
				return true;
			}
		}
		return false;
	}

	/** The real question in this turn or the one before that a short marker refers to. */
	private static @Nullable Sentence questionBefore(Conversation conversation, Sentence marker) {
		for (int earlier = marker.position() - 1; earlier >= 0; earlier--) {
			Sentence candidate = conversation.get(earlier);
			if (marker.turn() - candidate.turn() > 1) {
				break;
			}
			if (isRealQuestion(candidate)) {
				return candidate;
			}
		}
		return null;
	}

}
