package se.postboxen.kollegan.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The latest meetings' model costs, with the totals over every meeting of the scope that
 * has one.
 *
 * @param latest newest first
 * @param meetings how many meetings the totals are over
 * @param withModel how many of them a remote model recapped
 */
public record MeetingCosts(List<MeetingCost> latest, long meetings, long withModel, BigDecimal totalSek) {

	public MeetingCosts {
		latest = List.copyOf(latest);
		Objects.requireNonNull(totalSek, "totalSek");
	}

	public static MeetingCosts none() {
		return new MeetingCosts(List.of(), 0, 0, BigDecimal.ZERO);
	}

	/**
	 * The cost per meeting in kronor, to four decimals; {@code null} without meetings.
	 */
	public @Nullable BigDecimal averageSek() {
		return (this.meetings == 0) ? null
				: this.totalSek.divide(BigDecimal.valueOf(this.meetings), 4, RoundingMode.HALF_UP);
	}

}
