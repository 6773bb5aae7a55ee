package se.postboxen.kollegan.adapter.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import se.postboxen.kollegan.regwatch.TextDiff;

/**
 * Differences word by word with java-diff-utils (Myers): whitespace is a token of its
 * own, so the text reads as it was, and a changed word shows as that word deleted and its
 * replacement inserted.
 */
public class WordDiff implements TextDiff {

	private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

	@Override
	public List<Change> between(String before, String after) {
		List<String> from = tokens(before);
		List<String> to = tokens(after);
		Patch<String> patch = DiffUtils.diff(from, to);
		List<Change> changes = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			add(changes, Kind.SAME, from.subList(position, delta.getSource().getPosition()));
			add(changes, Kind.DELETED, delta.getSource().getLines());
			add(changes, Kind.INSERTED, delta.getTarget().getLines());
			position = delta.getSource().getPosition() + delta.getSource().size();
		}
		add(changes, Kind.SAME, from.subList(position, from.size()));
		return changes;
	}

	private static void add(List<Change> changes, Kind kind, List<String> tokens) {
		if (tokens.isEmpty()) {
			return;
		}
		String text = String.join("", tokens);
		if (!changes.isEmpty() && changes.get(changes.size() - 1).kind() == kind) {
			Change last = changes.remove(changes.size() - 1);
			text = last.text() + text;
		}
		changes.add(new Change(kind, text));
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

}
