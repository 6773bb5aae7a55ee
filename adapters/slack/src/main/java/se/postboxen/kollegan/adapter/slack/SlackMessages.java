package se.postboxen.kollegan.adapter.slack;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.action.ActionAnswer;
import se.postboxen.kollegan.action.ActionNudge;
import se.postboxen.kollegan.chat.LobbyNotice;
import se.postboxen.kollegan.chat.RecapNotice;
import se.postboxen.kollegan.consent.ConsentCard;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.regwatch.RegwatchAlertNotice;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.confirmationDialog;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.usersSelect;

/**
 * The Block Kit messages Kollegan posts in Slack: the consent card, the lobby notice, the
 * recap, the nudge and the regwatch alert. Every one says it in Swedish first and English
 * second (a channel has readers of both), and carries a plain {@code text} for
 * notifications and screen readers. Texts from meetings are escaped and cut to Slack's
 * limits (3000 characters a section, 150 a header, 75 a button), so that a long title
 * cannot make Slack refuse the whole message.
 */
final class SlackMessages {

	/** Link buttons in the lobby notice and recap: Slack reports their clicks too. */
	static final String OPEN_MEETING = "lobby_open_meeting";

	static final String OPEN_RECAP = "recap_open";

	/** Decisions and actions listed in a recap before "… and N more". */
	static final int MAX_LISTED = 10;

	static final int MAX_SECTION = 3000;

	static final int MAX_HEADER = 150;

	/** One decision or action in a recap's list. */
	static final int MAX_ITEM = 500;

	/** Kept free in a list's section for its "… and N more" line. */
	private static final int MORE_ROOM = 60;

	private SlackMessages() {
	}

	/** A message: its notification text and its blocks. */
	record Message(String text, List<LayoutBlock> blocks) {

		Message {
			blocks = List.copyOf(blocks);
		}

	}

	static Message consent(ConsentCard card) {
		String title = escape(card.meetingTitle());
		String level = card.level().name().charAt(0) + card.level().name().substring(1).toLowerCase(Locale.ROOT);
		String to = (card.to() != null) ? "*" + escape(name(card.to())) + "*\n" : "";
		String text = to + "*Kollegan* vill anteckna och sammanfatta mötet *" + title + "* på nivån *" + level
				+ "*. Går det bra?\n_Kollegan would like to take notes and summarise the meeting *" + title
				+ "* at the level *" + level + "*. Do you consent?_";
		String value = new ConsentButton(card.meetingId(), card.level()).value();
		return new Message(
				cut("Kollegan ber om samtycke för mötet " + card.meetingTitle() + " / Kollegan asks for consent",
						MAX_SECTION),
				List.of(section(section -> section.text(markdownText(cut(text, MAX_SECTION)))),
						actions(actions -> actions.blockId("consent")
							.elements(List.of(
									button(button -> button.actionId(ConsentButton.ACCEPT)
										.style("primary")
										.value(value)
										.text(plainText("Godkänn / Accept"))),
									button(button -> button.actionId(ConsentButton.DECLINE)
										.style("danger")
										.value(value)
										.text(plainText("Avböj / Decline"))))))));
	}

	/**
	 * "Kollegan is waiting in the lobby": whoever can admit it should, the organiser
	 * named first; the button opens the meeting, where the lobby is.
	 */
	static Message lobby(LobbyNotice notice) {
		String title = escape(notice.meetingTitle());
		String who = (notice.organizer() != null) ? "*" + escape(name(notice.organizer())) + "*, " : "";
		String text = ":hourglass_flowing_sand: *Kollegan väntar i lobbyn* till mötet *" + title + "*. " + who
				+ "släpp in Kollegan så att mötet kan antecknas.\n_Kollegan is waiting in the lobby of *" + title
				+ "*. " + who + "please admit it so that the meeting can be recorded._";
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(section(section -> section.text(markdownText(cut(text, MAX_SECTION)))));
		link(notice.joinUrl(), OPEN_MEETING, "Öppna mötet / Open the meeting").ifPresent(blocks::add);
		return new Message(
				cut("Kollegan väntar i lobbyn: " + notice.meetingTitle() + " / Kollegan is in the lobby", MAX_SECTION),
				blocks);
	}

	/**
	 * The recap: summary (in the meeting's language), decisions, open actions with owner
	 * and due date, and a button to all of it in the dashboard.
	 */
	static Message recap(RecapNotice recap) {
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(header(header -> header
			.text(plainText(cut("Sammanfattning / Recap: " + plain(recap.meetingTitle()), MAX_HEADER)))));
		blocks.add(section(section -> section.text(markdownText(cut(escape(recap.summary()), MAX_SECTION)))));
		if (!recap.decisions().isEmpty()) {
			blocks.add(list("*Beslut / Decisions*", recap.decisions(), SlackMessages::escape));
		}
		if (!recap.actions().isEmpty()) {
			blocks.add(list("*Öppna åtgärder / Open actions*", recap.actions(), SlackMessages::action));
		}
		link(recap.link(), OPEN_RECAP, "Hela sammanfattningen / Full recap").ifPresent(blocks::add);
		return new Message(
				cut("Sammanfattning av " + recap.meetingTitle() + " / Recap of " + recap.meetingTitle(), MAX_SECTION),
				blocks);
	}

	private static String action(RecapNotice.Action action) {
		String owner = (action.owner() != null) ? escape(action.owner()) : "_ingen ansvarig / no owner_";
		String due = (action.due() != null) ? ", senast / due " + action.due() : "";
		return escape(action.text()) + " — " + owner + due;
	}

	/**
	 * A heading and up to {@link #MAX_LISTED} items, each cut to {@link #MAX_ITEM}, as
	 * many as fit in a section; the rest are counted in a last line that is always kept.
	 */
	private static <T> LayoutBlock list(String heading, List<T> items, Function<T, String> line) {
		StringBuilder text = new StringBuilder(heading);
		int listed = 0;
		for (T item : items) {
			String entry = "\n• " + cut(line.apply(item), MAX_ITEM);
			if (listed == MAX_LISTED || text.length() + entry.length() + MORE_ROOM > MAX_SECTION) {
				break;
			}
			text.append(entry);
			listed++;
		}
		int more = items.size() - listed;
		if (more > 0) {
			text.append("\n… och ").append(more).append(" till / … and ").append(more).append(" more");
		}
		return section(section -> section.text(markdownText(text.toString())));
	}

	/**
	 * The nudge, written to the action's owner alone: Done, a date picker for a new date,
	 * and a person picker to hand it over (confirmed first: it takes the action away from
	 * its owner). The actions block's id names the action, for the pickers.
	 */
	static Message nudge(ActionNudge nudge) {
		String value = new NudgeButton(nudge.actionId()).value();
		String count = (nudge.nudge() > 1) ? " (" + nudge.nudge() + ")" : "";
		String due = (nudge.due() != null) ? "\nKlart senast / Due: *" + nudge.due() + "*" : "";
		String text = "*Påminnelse / Reminder*" + count + "\n>" + escape(nudge.text()).replace("\n", "\n>")
				+ "\nMöte / Meeting: *" + escape(nudge.meetingTitle()) + "*" + due
				+ "\nÄr den klar, behövs ett nytt datum eller någon annan?\n_Is it done, does it need a new date or"
				+ " someone else?_";
		List<BlockElement> controls = List.of(
				button(button -> button.actionId(NudgeButton.actionIdOf(ActionAnswer.Kind.DONE))
					.style("primary")
					.value(value)
					.text(plainText("Klar / Done"))),
				datePicker(picker -> picker.actionId(NudgeButton.actionIdOf(ActionAnswer.Kind.NEW_DATE))
					.placeholder(plainText("Nytt datum / New date"))
					.initialDate(isoDate(nudge.due()))),
				usersSelect(select -> select.actionId(NudgeButton.actionIdOf(ActionAnswer.Kind.REASSIGN))
					.placeholder(plainText("Lämna över / Reassign"))
					.confirm(confirmationDialog(confirm -> confirm.title(plainText("Lämna över? / Reassign?"))
						.text(plainText("Åtgärden får en ny ansvarig. / The action gets a new owner."))
						.confirm(plainText("Lämna över / Reassign"))
						.deny(plainText("Avbryt / Cancel"))))));
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(section(section -> section.text(markdownText(cut(text, MAX_SECTION)))));
		blocks.add(actions(actions -> actions.blockId(value).elements(controls)));
		textLinks(new TextLink(nudge.link(), "Mötet i Kollegan / The meeting in Kollegan")).ifPresent(blocks::add);
		return new Message(cut("Påminnelse: " + nudge.text() + " / Reminder", MAX_SECTION), blocks);
	}

	/**
	 * A relevant change in a watched source, written to an administrator alone: what
	 * changed where, how relevant it is and which version, and links to the item at its
	 * source and to its history and differences in the dashboard. Nothing to answer, so
	 * the links are text, as under a nudge.
	 */
	static Message regwatchAlert(RegwatchAlertNotice notice) {
		boolean changed = notice.version() > 1;
		String source = escape(notice.sourceName());
		String text = "*Omvärldsbevakning / Regwatch*\n" + (changed ? "En ändring" : "Något nytt") + " i *" + source
				+ "* rör era bevakade ämnen.\n_" + (changed ? "A change" : "Something new") + " in *" + source
				+ "* bears on your watched topics._\n>" + escape(notice.itemTitle()).replace("\n", "\n>");
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(section(section -> section.text(markdownText(cut(text, MAX_SECTION)))
			.fields(List.of(
					markdownText("*Relevans / Relevance*\n" + notice.relevance() + " av 100 / " + notice.relevance()
							+ " of 100"),
					markdownText(
							"*Version*\n" + notice.version() + (changed ? " (ändrad / changed)" : " (ny / new)"))))));
		textLinks(new TextLink(notice.itemUrl(), "Källan / The source"),
				new TextLink(notice.link(), "Historik och ändringar i Kollegan / History and changes in Kollegan"))
			.ifPresent(blocks::add);
		return new Message(cut("Omvärldsbevakning: " + notice.itemTitle() + " / Regwatch", MAX_SECTION), blocks);
	}

	private static @Nullable String isoDate(@Nullable LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	/** A link button; none for an address Slack would refuse, so the rest still posts. */
	private static Optional<LayoutBlock> link(URI url, String actionId, String label) {
		if (!linkable(url)) {
			return Optional.empty();
		}
		return Optional.of(actions(actions -> actions.blockId(actionId)
			.elements(
					List.of(button(button -> button.actionId(actionId).url(url.toString()).text(plainText(label)))))));
	}

	/** A link written into text, {@code <url|label>}: a click tells Kollegan nothing. */
	private record TextLink(URI url, String label) {

	}

	/**
	 * Links as a line of text under a message, each only if Slack would take it; none at
	 * all when it would take none, so that the rest still posts.
	 */
	private static Optional<LayoutBlock> textLinks(TextLink... links) {
		List<ContextBlockElement> shown = Arrays.stream(links)
			.filter(link -> linkable(link.url()))
			.<ContextBlockElement>map(link -> markdownText("<" + link.url() + "|" + link.label() + ">"))
			.toList();
		return shown.isEmpty() ? Optional.empty() : Optional.of(context(shown));
	}

	private static boolean linkable(URI url) {
		String text = url.toString();
		return (text.startsWith("https://") || text.startsWith("http://")) && text.length() <= 3000
				&& !text.contains("|") && !text.contains(">");
	}

	private static String name(Person person) {
		return (person.name() != null) ? person.name() : String.valueOf(person.email());
	}

	/** Slack's mrkdwn needs only these three escaped. */
	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	/** Plain text fields take text as it is, on one line. */
	private static String plain(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	static String cut(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
