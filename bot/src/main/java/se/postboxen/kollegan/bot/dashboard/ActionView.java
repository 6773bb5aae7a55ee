package se.postboxen.kollegan.bot.dashboard;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.action.ActionStatus;
import se.postboxen.kollegan.action.ExternalTaskRef.TaskBoardKind;
import se.postboxen.kollegan.action.TaskPush;
import se.postboxen.kollegan.person.Person;

/**
 * An action item as the meeting page shows it.
 *
 * @param owner the owner's name, else their address; absent when nobody took it
 * @param taskUrl the task on the tenant's board, once pushed
 * @param push how pushing it to the board went, when it was tried
 * @param needsConfirmation whether owner or date were inferred rather than said
 * @param mayAnswer whether the viewer may mark it done, re-date or reassign it
 */
record ActionView(UUID id, String text, @Nullable String owner, @Nullable LocalDate due, ActionStatus status,
		@Nullable SaidAt said, @Nullable TaskBoardKind board, @Nullable URI taskUrl, TaskPush.@Nullable State push,
		boolean needsConfirmation, boolean mayAnswer) {

	static ActionView of(ActionItem action, @Nullable TaskPush push, boolean mayAnswer) {
		TaskBoardKind board = (action.externalTask() != null) ? action.externalTask().board()
				: (push != null) ? push.board() : null;
		return new ActionView(action.id().value(), action.text(), nameOf(action.owner()), action.due(), action.status(),
				SaidAt.of(action.source()), board, (action.externalTask() != null) ? action.externalTask().url() : null,
				(push != null) ? push.state() : null, action.needsConfirmation(), mayAnswer);
	}

	/** How the dashboard names a person: by name, else by address. */
	static @Nullable String nameOf(@Nullable Person person) {
		if (person == null) {
			return null;
		}
		return (person.name() != null) ? person.name() : person.email().value();
	}

	public boolean open() {
		return this.status == ActionStatus.OPEN;
	}

}
