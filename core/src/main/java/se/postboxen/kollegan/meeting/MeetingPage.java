package se.postboxen.kollegan.meeting;

import java.util.List;

/** One page of a {@link MeetingSearch}, with the total to page through the rest. */
public record MeetingPage(List<Meeting> items, int page, int size, long totalItems) {

	public MeetingPage {
		items = List.copyOf(items);
	}

	public long totalPages() {
		return (this.totalItems + this.size - 1) / this.size;
	}

}
