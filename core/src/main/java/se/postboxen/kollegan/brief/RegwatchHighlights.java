package se.postboxen.kollegan.brief;

import java.util.List;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.regwatch.RegwatchItem;

/**
 * Regwatch items that bear on a meeting, for its pre-brief: where the regwatch module
 * plugs in once it exists. Until an implementation is wired, pre-briefs have no regwatch
 * section at all rather than an empty one that suggests something was looked for.
 */
public interface RegwatchHighlights {

	/**
	 * Newest change first; {@code null} when the tenant watches nothing, so its briefs
	 * have no regwatch section.
	 */
	@Nullable List<RegwatchItem> relevantTo(Meeting meeting);

}
