package se.postboxen.kollegan.bot.meeting.web;

import java.time.Instant;
import java.util.List;

import se.postboxen.kollegan.meeting.MeetingPage;

/** One page of meetings in a window, with what is needed to ask for the next. */
record MeetingPageResponse(List<MeetingResponse> items, int page, int size, long totalItems, long totalPages,
		Instant from, Instant to) {

	static MeetingPageResponse of(MeetingPage page, Instant from, Instant to) {
		return new MeetingPageResponse(page.items().stream().map(MeetingResponse::of).toList(), page.page(),
				page.size(), page.totalItems(), page.totalPages(), from, to);
	}

}
