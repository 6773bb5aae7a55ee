package se.postboxen.kollegan.bot.dashboard;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A horizontal bar chart drawn as inline SVG, its geometry worked out here so that the
 * template only places what it is given. The chart is as wide as the page allows and its
 * text keeps its size (no {@code viewBox} to scale it down on a phone): lengths across
 * are shares of the width, heights are pixels. Each bar has its label on a line of its
 * own above it, so that long labels (meeting titles) fit a narrow screen; the value is
 * written after the bar, in the same words as the table beside the chart.
 *
 * @param id the {@code id} of the {@code <svg>}, and the prefix of its title's and
 * description's
 */
record BarChart(String id, List<Bar> bars) {

	/** The longest bar, in percent of the width, leaving room for the value after it. */
	static final double BAR_SHARE = 65;

	static final int ROW = 44;

	static final int BAR_HEIGHT = 16;

	/**
	 * A label with its note longer than this is cut, so that it fits the Teams side panel
	 * (320 px): the table has it whole.
	 */
	static final int MAX_LABEL = 36;

	BarChart {
		bars = List.copyOf(bars);
	}

	/**
	 * @param values each bar's label, value in words and length from 0 to 1, in order
	 */
	static BarChart of(String id, List<Value> values) {
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			Value value = values.get(i);
			double fraction = Math.max(0, Math.min(1, value.fraction()));
			int top = i * ROW;
			bars.add(new Bar(label(value), value.text(), top + 14, top + 20,
					Math.round(fraction * BAR_SHARE * 10) / 10.0, top + 33));
		}
		return new BarChart(id, bars);
	}

	/** The label, cut if need be, and its note whole. */
	private static String label(Value value) {
		String note = (value.note() != null) ? " – " + value.note() : "";
		int room = Math.max(MAX_LABEL - note.length(), 8);
		String label = (value.label().length() <= room) ? value.label()
				: value.label().substring(0, room - 1).strip() + "…";
		return label + note;
	}

	/** In pixels. */
	public int height() {
		return Math.max(this.bars.size(), 1) * ROW + 4;
	}

	public int barHeight() {
		return BAR_HEIGHT;
	}

	/**
	 * What one bar shows.
	 *
	 * @param note said after the label, never cut
	 * @param text the value as the table writes it
	 * @param fraction the bar's length, from 0 (none) to 1 (the longest)
	 */
	record Value(String label, @Nullable String note, String text, double fraction) {

	}

	/**
	 * A bar placed: its label's baseline, its top and its value's baseline in pixels, its
	 * length in percent of the chart's width (where its value begins too).
	 */
	record Bar(String label, String value, int labelY, int barY, double length, int valueY) {

	}

}
