package se.postboxen.kollegan.bot.regwatch.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.regwatch.FetchState;
import se.postboxen.kollegan.regwatch.RegwatchItem;
import se.postboxen.kollegan.regwatch.RegwatchReading;
import se.postboxen.kollegan.regwatch.RegwatchSource;
import se.postboxen.kollegan.regwatch.RegwatchTopic;
import se.postboxen.kollegan.regwatch.TextDiff;

/** What the regwatch API answers. */
final class RegwatchResponses {

	private RegwatchResponses() {
	}

	record Sources(List<Source> sources) {

	}

	/**
	 * A source with how its last fetch went.
	 *
	 * @param lastFetchedAt the last attempt, whatever came of it; {@code null} before the
	 * first
	 * @param lastError what went wrong last time, in words for people; {@code null} after
	 * a success
	 * @param failures failed fetches in a row
	 */
	record Source(String id, String name, String kind, String url, @Nullable String selector, boolean enabled,
			@Nullable Instant lastFetchedAt, @Nullable Instant lastSuccessAt, @Nullable String lastError,
			int failures) {

		static Source of(RegwatchReading.WatchedSource watched) {
			return of(watched.source(), watched.state());
		}

		static Source of(RegwatchSource source, @Nullable FetchState state) {
			return new Source(source.id().toString(), source.name(), source.kind().name(), source.url().toString(),
					source.selector(), source.enabled(), (state != null) ? state.lastFetchedAt() : null,
					(state != null) ? state.lastSuccessAt() : null, (state != null) ? state.lastError() : null,
					(state != null) ? state.failures() : 0);
		}

	}

	record Topics(List<Topic> topics) {

	}

	record Topic(String id, String keyword) {

		static Topic of(RegwatchTopic topic) {
			return new Topic(topic.id().toString(), topic.keyword());
		}

	}

	record Items(List<Item> items) {

	}

	/**
	 * @param relevance 0–100 against the tenant's topics
	 */
	record Item(String id, String sourceId, String title, String url, Instant firstSeenAt, Instant lastChangedAt,
			int relevance) {

		static Item of(RegwatchItem item) {
			return new Item(item.id().toString(), item.sourceId().toString(), item.title(), item.url().toString(),
					item.firstSeenAt(), item.lastChangedAt(), item.relevance());
		}

	}

	/**
	 * @param sourceName {@code null} when the source is gone meanwhile
	 * @param versions newest first
	 */
	record History(Item item, @Nullable String sourceName, List<Version> versions) {

		static History of(RegwatchReading.History history) {
			return new History(Item.of(history.item()), (history.source() != null) ? history.source().name() : null,
					history.versions().stream().map(Version::of).toList());
		}

	}

	/**
	 * @param changes the version's words in order, each {@code SAME}, {@code INSERTED} or
	 * {@code DELETED} against the version before (the first version is all inserted)
	 */
	record Version(int number, Instant fetchedAt, List<Change> changes) {

		static Version of(RegwatchReading.Version version) {
			return new Version(version.version().number(), version.version().fetchedAt(),
					version.changes().stream().map(Change::of).toList());
		}

	}

	record Change(String kind, String text) {

		static Change of(TextDiff.Change change) {
			return new Change(change.kind().name(), change.text());
		}

	}

}
