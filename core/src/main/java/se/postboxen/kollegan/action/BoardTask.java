package se.postboxen.kollegan.action;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * An action as a task board is asked to hold it: plain text and an address, nothing of
 * any board's own shape.
 *
 * @param title what is to be done (the action's text, which a board may shorten)
 * @param description where the action came from, ending with {@code link}
 * @param link the action on its meeting's page in Kollegan
 * @param marker a string that only this action's task carries in its description, so that
 * a board that has descriptions can find the task an unanswered create made
 * @param due when it is due, or {@code null}
 * @param owner the address of the person to assign, or {@code null}
 */
public record BoardTask(TenantId tenantId, ActionItemId actionId, String title, String description, URI link,
		String marker, @Nullable Instant due, @Nullable EmailAddress owner) {

	public BoardTask {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(actionId, "actionId");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(link, "link");
		Objects.requireNonNull(marker, "marker");
		if (!description.contains(marker)) {
			throw new IllegalArgumentException("the description must carry the marker");
		}
	}

}
