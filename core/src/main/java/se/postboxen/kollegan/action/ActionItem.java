package se.postboxen.kollegan.action;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.Confidence;
import se.postboxen.kollegan.recap.TranscriptSpan;
import se.postboxen.kollegan.shared.Text;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * A commitment made in a meeting: what, by whom, by when. It stays open until done or
 * cancelled, here or on the task board it was pushed to.
 */
public final class ActionItem {

	public static final int MAX_TEXT_LENGTH = 2000;

	private final ActionItemId id;

	private final TenantId tenantId;

	private final MeetingId meetingId;

	private final String text;

	private @Nullable Person owner;

	private @Nullable LocalDate due;

	private ActionStatus status;

	private @Nullable ExternalTaskRef externalTask;

	private final @Nullable TranscriptSpan source;

	private final Confidence confidence;

	private boolean needsConfirmation;

	private final long version;

	private ActionItem(ActionItemId id, TenantId tenantId, MeetingId meetingId, String text, @Nullable Person owner,
			@Nullable LocalDate due, ActionStatus status, @Nullable ExternalTaskRef externalTask,
			@Nullable TranscriptSpan source, Confidence confidence, boolean needsConfirmation, long version) {
		this.id = Objects.requireNonNull(id, "id");
		this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
		this.meetingId = Objects.requireNonNull(meetingId, "meetingId");
		this.text = Text.required(text, "text", MAX_TEXT_LENGTH);
		this.owner = owner;
		this.due = due;
		this.status = Objects.requireNonNull(status, "status");
		this.externalTask = externalTask;
		this.source = source;
		this.confidence = Objects.requireNonNull(confidence, "confidence");
		this.needsConfirmation = needsConfirmation;
		this.version = version;
	}

	/**
	 * A new open action.
	 * @param needsConfirmation whether owner or due date were inferred rather than said
	 */
	public static ActionItem open(TenantId tenantId, MeetingId meetingId, String text, @Nullable Person owner,
			@Nullable LocalDate due, @Nullable TranscriptSpan source, Confidence confidence,
			boolean needsConfirmation) {
		return new ActionItem(ActionItemId.newId(), tenantId, meetingId, text, owner, due, ActionStatus.OPEN, null,
				source, confidence, needsConfirmation, 0);
	}

	/** Rebuilds a stored action; only storage adapters call this. */
	public static ActionItem restore(ActionItemId id, TenantId tenantId, MeetingId meetingId, String text,
			@Nullable Person owner, @Nullable LocalDate due, ActionStatus status,
			@Nullable ExternalTaskRef externalTask, @Nullable TranscriptSpan source, Confidence confidence,
			boolean needsConfirmation, long version) {
		return new ActionItem(id, tenantId, meetingId, text, owner, due, status, externalTask, source, confidence,
				needsConfirmation, version);
	}

	public void markDone() {
		requireOpen("mark done");
		this.status = ActionStatus.DONE;
	}

	public void cancel() {
		requireOpen("cancel");
		this.status = ActionStatus.CANCELLED;
	}

	/** A person confirmed or changed the date: it is no longer a guess. */
	public void redate(LocalDate newDue) {
		requireOpen("re-date");
		this.due = Objects.requireNonNull(newDue, "newDue");
		this.needsConfirmation = false;
	}

	public void reassign(Person newOwner) {
		requireOpen("reassign");
		this.owner = Objects.requireNonNull(newOwner, "newOwner");
		this.needsConfirmation = false;
	}

	public void linkExternalTask(ExternalTaskRef task) {
		this.externalTask = Objects.requireNonNull(task, "task");
	}

	private void requireOpen(String what) {
		if (this.status != ActionStatus.OPEN) {
			throw new IllegalStateException("Cannot " + what + " an action that is " + this.status);
		}
	}

	public ActionItemId id() {
		return this.id;
	}

	public TenantId tenantId() {
		return this.tenantId;
	}

	public MeetingId meetingId() {
		return this.meetingId;
	}

	public String text() {
		return this.text;
	}

	public @Nullable Person owner() {
		return this.owner;
	}

	public @Nullable LocalDate due() {
		return this.due;
	}

	public ActionStatus status() {
		return this.status;
	}

	public @Nullable ExternalTaskRef externalTask() {
		return this.externalTask;
	}

	public @Nullable TranscriptSpan source() {
		return this.source;
	}

	public Confidence confidence() {
		return this.confidence;
	}

	public boolean needsConfirmation() {
		return this.needsConfirmation;
	}

	public long version() {
		return this.version;
	}

	@Override
	public String toString() {
		return "ActionItem[" + this.id + ", " + this.status + "]";
	}

}
