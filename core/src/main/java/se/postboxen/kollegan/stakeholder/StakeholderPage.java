package se.postboxen.kollegan.stakeholder;

import java.util.List;

/** One page of a tenant's stakeholders, by name, with the total to page through. */
public record StakeholderPage(List<StakeholderSummary> items, int page, int size, long totalItems) {

	public static final int MAX_PAGE_SIZE = 100;

	public StakeholderPage {
		items = List.copyOf(items);
	}

	public long totalPages() {
		return (this.totalItems + this.size - 1) / this.size;
	}

}
