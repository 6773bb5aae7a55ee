package se.postboxen.kollegan.adapter.teams;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import se.postboxen.kollegan.action.ActionAnswer;
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
 * The lobby, recap, nudge and regwatch alert cards as Teams renders them (schema 1.5 at
 * most), and the nudge's answers read back from what Teams sends.
 */
class TeamsCardsTests {

	static final JsonMapper json = JsonMapper.builder().build();

	static final ActionItemId ACTION = new ActionItemId(
			java.util.UUID.fromString("0e6f4f3a-5b7c-4d2e-9a1b-3c4d5e6f7a8b"));

	@Test
	void nudgeCardAnswersDoneAtOnceAndANewDateOrOwnerThroughTheirInputs() {
		JsonNode card = json.valueToTree(TeamsCards.nudge(nudge(LocalDate.parse("2026-11-27"), 1)));

		assertThat(card.get("type").asString()).isEqualTo("AdaptiveCard");
		assertThat(version(card)).isLessThanOrEqualTo(1.5);
		String body = card.get("body").toString();
		assertThat(body).contains("Ta fram en tidplan för plattform B", "Styrgruppsmöte digitalisering", "2026-11-27",
				"Erik Lund");
		assertThat(body.indexOf("I mötet")).isLessThan(body.indexOf("In the meeting"));

		JsonNode done = card.get("actions").get(0);
		assertThat(done.get("type").asString()).isEqualTo("Action.Execute");
		assertThat(done.get("verb").asString()).isEqualTo("nudge");
		assertThat(done.get("data").get("actionId").asString()).isEqualTo(ACTION.toString());
		assertThat(done.get("data").get("answer").asString()).isEqualTo("done");
		assertThat(done.get("associatedInputs").asString()).isEqualTo("none");
		assertThat(done.get("fallback").get("type").asString()).isEqualTo("Action.Submit");
		assertThat(done.get("fallback").get("data").get("verb").asString()).isEqualTo("nudge");
		assertThat(TeamsCards.NudgeAction.from(done.get("fallback").get("data")))
			.contains(new TeamsCards.NudgeAction(ACTION, ActionAnswer.Kind.DONE, null, null));

		JsonNode newDate = card.get("actions").get(1);
		assertThat(newDate.get("type").asString()).isEqualTo("Action.ShowCard");
		JsonNode dateInput = newDate.get("card").get("body").get(0);
		assertThat(dateInput.get("type").asString()).isEqualTo("Input.Date");
		assertThat(dateInput.get("id").asString()).isEqualTo("newDue");
		assertThat(dateInput.get("value").asString()).isEqualTo("2026-11-27");
		JsonNode saveDate = newDate.get("card").get("actions").get(0);
		assertThat(saveDate.get("type").asString()).isEqualTo("Action.Execute");
		assertThat(saveDate.get("verb").asString()).isEqualTo("nudge");
		assertThat(saveDate.get("data").get("answer").asString()).isEqualTo("new-date");
		assertThat(saveDate.get("fallback").get("type").asString()).isEqualTo("Action.Submit");
		// Teams merges the inputs into the button's data: that is the answer.
		ObjectNode picked = ((ObjectNode) saveDate.get("data").deepCopy()).put("newDue", "2026-12-04");
		assertThat(TeamsCards.NudgeAction.from(picked)).contains(
				new TeamsCards.NudgeAction(ACTION, ActionAnswer.Kind.NEW_DATE, LocalDate.parse("2026-12-04"), null));

		JsonNode handOver = card.get("actions").get(2);
		JsonNode ownerInput = handOver.get("card").get("body").get(0);
		assertThat(ownerInput.get("type").asString()).isEqualTo("Input.Text");
		assertThat(ownerInput.get("id").asString()).isEqualTo("newOwner");
		assertThat(ownerInput.get("style").asString()).isEqualTo("email");
		JsonNode reassign = handOver.get("card").get("actions").get(0);
		assertThat(reassign.get("data").get("answer").asString()).isEqualTo("reassign");
		ObjectNode typed = ((ObjectNode) reassign.get("fallback").get("data").deepCopy()).put("newOwner",
				" Maja.Berg@kommun-a.example");
		assertThat(TeamsCards.NudgeAction.from(typed)).contains(new TeamsCards.NudgeAction(ACTION,
				ActionAnswer.Kind.REASSIGN, null, EmailAddress.of("maja.berg@kommun-a.example")));

		JsonNode open = card.get("actions").get(3);
		assertThat(open.get("type").asString()).isEqualTo("Action.OpenUrl");
		assertThat(open.get("url").asString()).isEqualTo("https://kollegan.kommun-a.example/meetings/1");
	}

	@Test
	void aSecondNudgeSaysSoAndAnActionWithoutADateHasNoDateToPreselect() {
		JsonNode card = json.valueToTree(TeamsCards.nudge(nudge(null, 2)));

		assertThat(card.get("body").get(0).get("text").asString()).startsWith("Påminnelse igen");
		assertThat(card.get("body").toString()).contains("inget datum / no date");
		assertThat(card.get("actions").get(1).get("card").get("body").get(0).has("value")).isFalse();
	}

	@Test
	void readsTheNudgeAnswerTeamsSendsWithTheDatePicked() throws IOException {
		JsonNode invoke = json.readTree(ConnectorAuthenticationTests.resource("invoke-nudge.json"));

		assertThat(TeamsCards.NudgeAction.from(invoke.get("value").get("action").get("data"))).contains(
				new TeamsCards.NudgeAction(ACTION, ActionAnswer.Kind.NEW_DATE, LocalDate.parse("2026-12-04"), null));
	}

	@Test
	void anIncompleteOrMadeUpNudgeAnswerIsNoAnswer() {
		assertThat(TeamsCards.NudgeAction.from(data(Map.of("actionId", ACTION.toString(), "answer", "new-date"))))
			.isEmpty();
		assertThat(TeamsCards.NudgeAction
			.from(data(Map.of("actionId", ACTION.toString(), "answer", "new-date", "newDue", "next friday"))))
			.isEmpty();
		assertThat(TeamsCards.NudgeAction
			.from(data(Map.of("actionId", ACTION.toString(), "answer", "reassign", "newOwner", "Maja")))).isEmpty();
		assertThat(TeamsCards.NudgeAction.from(data(Map.of("actionId", ACTION.toString(), "answer", "delete"))))
			.isEmpty();
		assertThat(TeamsCards.NudgeAction.from(data(Map.of("actionId", "1 OR 1=1", "answer", "done")))).isEmpty();
		assertThat(TeamsCards.NudgeAction.from(json.readTree("[]"))).isEmpty();
		assertThat(TeamsCards.NudgeAction.from(null)).isEmpty();
	}

	@Test
	void theClickerSeesTheirAnswerWasReceivedInBothLanguages() {
		JsonNode response = json.valueToTree(TeamsCards.cardResponse(TeamsCards.received(
				new TeamsCards.NudgeAction(ACTION, ActionAnswer.Kind.NEW_DATE, LocalDate.parse("2026-12-04"), null))));

		assertThat(response.get("statusCode").asInt()).isEqualTo(200);
		assertThat(response.get("type").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
		assertThat(version(response.get("value"))).isLessThanOrEqualTo(1.5);
		String body = response.get("value").get("body").toString();
		assertThat(body).contains("nytt datum 2026-12-04", "new date 2026-12-04");
		assertThat(body.indexOf("mottaget")).isLessThan(body.indexOf("received"));
	}

	@Test
	void lobbyCardAsksToBeLetInSwedishFirstWithTheMeetingsLink() {
		JsonNode card = json.valueToTree(TeamsCards
			.lobby(new LobbyNotice(TenantId.newId(), MeetingId.newId(), "Veckomöte socialförvaltningen",
					URI.create("https://teams.microsoft.com/l/meetup-join/19%3ameeting_demo-veckomote%40thread.v2/0"),
					Person.of("Astrid Ek", "astrid.ek@kommun-a.example"))));

		assertThat(version(card)).isLessThanOrEqualTo(1.5);
		String body = card.get("body").toString();
		assertThat(body).contains("Astrid Ek", "Veckomöte socialförvaltningen", "Släpp in mig", "Admit me");
		assertThat(body.indexOf("Släpp in mig")).isLessThan(body.indexOf("Admit me"));
		JsonNode open = card.get("actions").get(0);
		assertThat(open.get("type").asString()).isEqualTo("Action.OpenUrl");
		assertThat(open.get("url").asString())
			.isEqualTo("https://teams.microsoft.com/l/meetup-join/19%3ameeting_demo-veckomote%40thread.v2/0");
	}

	@Test
	void recapCardListsDecisionsAndOpenActionsWithOwnerAndDueAndLinksToTheWhole() {
		List<RecapNotice.Action> actions = new ArrayList<>();
		actions.add(new RecapNotice.Action(ACTION, "Ta fram en tidplan", "Erik Lund", LocalDate.parse("2026-12-04")));
		IntStream.range(0, 11)
			.forEach(i -> actions.add(new RecapNotice.Action(ActionItemId.newId(), "Uppgift " + i, null, null)));
		JsonNode card = json.valueToTree(
				TeamsCards.recap(new RecapNotice(TenantId.newId(), MeetingId.newId(), "Styrgruppsmöte digitalisering",
						"sv", "Styrgruppen valde plattform B.", List.of("Vi kör på e-tjänstplattform B för bygglov."),
						actions, URI.create("https://kollegan.kommun-a.example/meetings/1"))));

		assertThat(version(card)).isLessThanOrEqualTo(1.5);
		String body = card.get("body").toString();
		assertThat(body).contains("Styrgruppen valde plattform B.", "Beslut / Decisions",
				"Vi kör på e-tjänstplattform B för bygglov.", "Öppna åtgärder / Open actions",
				"Ta fram en tidplan — Erik Lund, 2026-12-04", "Uppgift 0 — ingen ansvarig / no owner, inget datum",
				"och 2 till i Kollegan / and 2 more in Kollegan");
		assertThat(body).doesNotContain("Uppgift 9");
		JsonNode open = card.get("actions").get(0);
		assertThat(open.get("type").asString()).isEqualTo("Action.OpenUrl");
		assertThat(open.get("url").asString()).isEqualTo("https://kollegan.kommun-a.example/meetings/1");
	}

	@Test
	void theRegwatchAlertSaysWhatChangedWhereHowRelevantAndLinksToTheSourceAndTheHistory() {
		JsonNode card = json.valueToTree(TeamsCards.regwatchAlert(alert(TenantId.newId(), 3)));

		assertThat(card.get("type").asString()).isEqualTo("AdaptiveCard");
		assertThat(version(card)).isLessThanOrEqualTo(1.5);
		String body = card.get("body").toString();
		assertThat(card.get("body").get(0).get("text").asString()).isEqualTo("Omvärldsbevakning / Regwatch");
		assertThat(body).contains("Hej Astrid Ek! En ändring i **IMY** rör era bevakade ämnen",
				"Hi Astrid Ek! A change in **IMY** bears on your watched topics", "Nya riktlinjer om kameraövervakning",
				"75 av 100 / 75 of 100", "3 (ändrad / changed)");
		assertThat(body.indexOf("En ändring")).isLessThan(body.indexOf("A change"));
		JsonNode actions = card.get("actions");
		assertThat(actions).hasSize(2)
			.allSatisfy(link -> assertThat(link.get("type").asString()).isEqualTo("Action.OpenUrl"));
		assertThat(actions.get(0).get("title").asString()).startsWith("Öppna källan");
		assertThat(actions.get(0).get("url").asString()).isEqualTo("https://www.imy.se/nyheter/kamera");
		assertThat(actions.get(1).get("url").asString())
			.isEqualTo("https://kollegan.kommun-a.example/regwatch/items/5d8e2f1a-7b3c-4e6d-8f9a-0b1c2d3e4f5a");
		// Nothing to answer: no button that comes back to Kollegan.
		assertThat(card.toString()).doesNotContain("Action.Execute", "Action.Submit");
	}

	@Test
	void somethingNewIsSaidToBeNew() {
		JsonNode card = json.valueToTree(TeamsCards.regwatchAlert(alert(TenantId.newId(), 1)));

		assertThat(card.get("body").toString()).contains("Något nytt i **IMY**", "Something new in **IMY**",
				"1 (ny / new)");
	}

	static RegwatchAlertNotice alert(TenantId tenant, int version) {
		return new RegwatchAlertNotice(tenant, EmailAddress.of("astrid.ek@kommun-a.example"), "Astrid Ek", "IMY",
				"Nya riktlinjer om kameraövervakning", URI.create("https://www.imy.se/nyheter/kamera"), version, 75,
				URI.create("https://kollegan.kommun-a.example/regwatch/items/5d8e2f1a-7b3c-4e6d-8f9a-0b1c2d3e4f5a"));
	}

	static ActionNudge nudge(LocalDate due, int number) {
		return new ActionNudge(TenantId.newId(), ACTION, MeetingId.newId(), "Styrgruppsmöte digitalisering",
				"Ta fram en tidplan för plattform B", EmailAddress.of("erik.lund@kommun-a.example"), "Erik Lund", due,
				number, URI.create("https://kollegan.kommun-a.example/meetings/1"));
	}

	private static JsonNode data(Map<String, String> data) {
		return json.valueToTree(data);
	}

	private static double version(JsonNode card) {
		return Double.parseDouble(card.get("version").asString());
	}

}
