package se.postboxen.kollegan.adapter.slack;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.google.gson.Gson;
import com.slack.api.util.json.GsonFactory;
import org.json.JSONException;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import se.postboxen.kollegan.action.ActionItemId;
import se.postboxen.kollegan.action.ActionNudge;
import se.postboxen.kollegan.chat.LobbyNotice;
import se.postboxen.kollegan.chat.RecapNotice;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.regwatch.RegwatchAlertNotice;
import se.postboxen.kollegan.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Block Kit of the lobby notice, the recap, the nudge and the regwatch alert, as
 * Slack's own client serialises it, against the expected JSON under
 * {@code src/test/resources/slack/blocks/} (checked in Slack's Block Kit Builder); and
 * the rules every message keeps: Swedish before English, escaped meeting text, Slack's
 * length limits.
 */
class SlackMessagesTests {

	static final TenantId TENANT = new TenantId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));

	static final MeetingId MEETING = new MeetingId(UUID.fromString("11111111-1111-1111-1111-111111111111"));

	static final ActionItemId ACTION = new ActionItemId(UUID.fromString("22222222-2222-2222-2222-222222222222"));

	static final Gson gson = GsonFactory.createSnakeCase();

	static String json(SlackMessages.Message message) {
		return gson.toJson(message.blocks());
	}

	static void assertBlocks(SlackMessages.Message message, String expected) throws IOException, JSONException {
		JSONAssert.assertEquals(SlackChatTests.recorded("blocks/" + expected), json(message), JSONCompareMode.STRICT);
	}

	static LobbyNotice lobby() {
		return new LobbyNotice(TENANT, MEETING, "Budget <2027> & plan",
				URI.create("https://kommun-a.zoom.us/j/123456789"),
				Person.of("Astrid Ek", "astrid.ek@kommun-a.example"));
	}

	static RecapNotice recap() {
		return new RecapNotice(TENANT, MEETING, "Budget <2027> & plan", "sv",
				"Styrgruppen gick igenom budgeten för 2027 och enades om att prioritera skolan.",
				List.of("Budgeten för 2027 antas", "Skolan prioriteras"),
				List.of(new RecapNotice.Action(ACTION, "Skicka underlaget till nämnden", "Erik Lund",
						LocalDate.of(2026, 12, 1)),
						new RecapNotice.Action(
								new ActionItemId(UUID.fromString("33333333-3333-3333-3333-333333333333")),
								"Boka nästa möte", null, null)),
				URI.create("https://kollegan.kommun-a.se/meetings/11111111-1111-1111-1111-111111111111"));
	}

	static ActionNudge nudge() {
		return new ActionNudge(TENANT, ACTION, MEETING, "Budget <2027> & plan", "Skicka underlaget till nämnden",
				EmailAddress.of("erik.lund@kommun-a.example"), "Erik Lund", LocalDate.of(2026, 12, 1), 2,
				URI.create("https://kollegan.kommun-a.se/meetings/11111111-1111-1111-1111-111111111111"));
	}

	@Test
	void theLobbyNoticeAsksTheOrganiserToAdmitKolleganWithALinkToTheMeeting() throws Exception {
		assertBlocks(SlackMessages.lobby(lobby()), "lobby.json");
		assertThat(SlackMessages.lobby(lobby()).text()).startsWith("Kollegan väntar i lobbyn");
	}

	@Test
	void theRecapListsDecisionsAndOpenActionsWithALinkToTheWholeOfIt() throws Exception {
		assertBlocks(SlackMessages.recap(recap()), "recap.json");
	}

	@Test
	void theNudgeOffersDoneANewDateAndAnotherOwner() throws Exception {
		assertBlocks(SlackMessages.nudge(nudge()), "nudge.json");
	}

	@Test
	void theRegwatchAlertSaysWhatChangedWhereHowRelevantAndLinksToTheSourceAndTheHistory() throws Exception {
		assertBlocks(SlackMessages.regwatchAlert(alert(TENANT, 2)), "regwatch-alert.json");
		String json = json(SlackMessages.regwatchAlert(alert(TENANT, 1)));
		assertThat(json).contains("Något nytt i *IMY", "Something new in *IMY", "1 (ny / new)");
		assertThat(json.indexOf("Något nytt")).isLessThan(json.indexOf("Something new"));
	}

	@Test
	void aRegwatchAlertWithALinkSlackWouldRefuseKeepsTheOther() {
		RegwatchAlertNotice alert = alert(TENANT, 2);
		SlackMessages.Message message = SlackMessages
			.regwatchAlert(new RegwatchAlertNotice(TENANT, alert.recipient(), null, alert.sourceName(),
					"Titel " + "x".repeat(4000), URI.create("ftp://imy.example/kamera"), 2, 100, alert.link()));

		var blocks = gson.toJsonTree(message.blocks()).getAsJsonArray();
		assertThat(blocks.get(0).getAsJsonObject().getAsJsonObject("text").get("text").getAsString().length())
			.isLessThanOrEqualTo(SlackMessages.MAX_SECTION);
		assertThat(json(message)).doesNotContain("ftp://").contains(alert.link().toString());
	}

	static RegwatchAlertNotice alert(TenantId tenant, int version) {
		return new RegwatchAlertNotice(tenant, EmailAddress.of("astrid.ek@kommun-a.example"), "Astrid Ek", "IMY & EDPB",
				"Nya riktlinjer om kameraövervakning", URI.create("https://www.imy.se/nyheter/kamera"), version, 75,
				URI.create("https://kollegan.kommun-a.se/regwatch/items/44444444-4444-4444-4444-444444444444"));
	}

	@Test
	void theNudgesControlsAllNameTheirActionThroughOneCodec() {
		String value = new NudgeButton(ACTION).value();
		assertThat(value).isEqualTo("{\"actionId\":\"22222222-2222-2222-2222-222222222222\"}");
		assertThat(NudgeButton.parse(value)).contains(new NudgeButton(ACTION));
		assertThat(new ConsentButton(MEETING, se.postboxen.kollegan.consent.ConsentLevel.BAS).value())
			.isEqualTo("{\"meetingId\":\"11111111-1111-1111-1111-111111111111\",\"level\":\"BAS\"}");
		assertThat(NudgeButton.parse("{\"actionId\":1}")).isEmpty();
		assertThat(NudgeButton.parse("[\"22222222-2222-2222-2222-222222222222\"]")).isEmpty();
		assertThat(NudgeButton.parse(null)).isEmpty();
		assertThat(ConsentButton.parse("{\"meetingId\":\"11111111-1111-1111-1111-111111111111\",\"level\":\"ALL\"}"))
			.isEmpty();
	}

	@Test
	void everyMessageSaysItInSwedishFirst() {
		for (SlackMessages.Message message : List.of(SlackMessages.lobby(lobby()), SlackMessages.recap(recap()),
				SlackMessages.nudge(nudge()))) {
			String json = json(message);
			assertThat(json).contains(" / ");
			assertThat(json.indexOf("Kollegan väntar") + json.indexOf("Sammanfattning") + json.indexOf("Påminnelse"))
				.isLessThan(json.indexOf("Kollegan is waiting") + json.indexOf("Recap") + json.indexOf("Reminder"));
		}
	}

	@Test
	void longMeetingsStayWithinSlacksLimits() {
		String title = "Budget ".repeat(100);
		List<String> decisions = new ArrayList<>();
		List<RecapNotice.Action> actions = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			decisions.add("Beslut " + i + " " + "x".repeat(300));
			actions
				.add(new RecapNotice.Action(ActionItemId.newId(), "Åtgärd " + i + " " + "y".repeat(300), "Erik", null));
		}
		SlackMessages.Message recap = SlackMessages.recap(new RecapNotice(TENANT, MEETING, title, "sv",
				"z".repeat(5000), decisions, actions, URI.create("https://kollegan.kommun-a.se/meetings/1")));
		var blocks = gson.toJsonTree(recap.blocks()).getAsJsonArray();
		assertThat(blocks.get(0).getAsJsonObject().getAsJsonObject("text").get("text").getAsString().length())
			.isLessThanOrEqualTo(SlackMessages.MAX_HEADER);
		for (int i = 1; i < 4; i++) {
			assertThat(blocks.get(i).getAsJsonObject().getAsJsonObject("text").get("text").getAsString().length())
				.isLessThanOrEqualTo(SlackMessages.MAX_SECTION);
		}
		// The items that do not fit are counted, not lost without a word.
		assertThat(json(recap)).containsPattern("… och 3\\d till / … and 3\\d more\"");
	}

	@Test
	void aLinkSlackWouldRefuseIsLeftOutAndTheRestStillPosts() {
		SlackMessages.Message lobby = SlackMessages.lobby(new LobbyNotice(TENANT, MEETING, "Budget",
				URI.create("msteams://teams.microsoft.com/l/meetup-join/1"), null));
		assertThat(lobby.blocks()).hasSize(1);
		assertThat(json(lobby)).doesNotContain(SlackMessages.OPEN_MEETING);
	}

}
