package se.postboxen.kollegan.regwatch;

import java.util.List;
import java.util.Locale;

/**
 * How much an item bears on a tenant's topics, 0–100, by its keywords: a keyword in the
 * title counts {@value #IN_TITLE}, one only in the text {@value #IN_TEXT} and a little
 * more for each further mention, all of it capped at 100. Plain and explainable: the
 * dashboard can say which topics matched.
 */
public final class RegwatchRelevance {

	static final int IN_TITLE = 50;

	static final int IN_TEXT = 25;

	static final int PER_MENTION = 5;

	static final int MENTIONS_COUNTED = 3;

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private final int alertAt;

	/**
	 * @param alertAt the score from which administrators are alerted
	 */
	public RegwatchRelevance(int alertAt) {
		if (alertAt < 1 || alertAt > 100) {
			throw new IllegalArgumentException("the alert threshold is from 1 to 100");
		}
		this.alertAt = alertAt;
	}

	public int score(List<RegwatchTopic> topics, String title, String content) {
		String inTitle = title.toLowerCase(SWEDISH);
		String inText = content.toLowerCase(SWEDISH);
		int score = 0;
		for (RegwatchTopic topic : topics) {
			String keyword = topic.keyword().toLowerCase(SWEDISH);
			if (inTitle.contains(keyword)) {
				score += IN_TITLE;
			}
			else {
				int mentions = mentions(inText, keyword);
				if (mentions > 0) {
					score += IN_TEXT + PER_MENTION * (Math.min(mentions, MENTIONS_COUNTED + 1) - 1);
				}
			}
		}
		return Math.min(score, 100);
	}

	public boolean alerts(int score) {
		return score >= this.alertAt;
	}

	public int alertAt() {
		return this.alertAt;
	}

	private static int mentions(String text, String keyword) {
		int count = 0;
		for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + keyword.length())) {
			count++;
		}
		return count;
	}

}
