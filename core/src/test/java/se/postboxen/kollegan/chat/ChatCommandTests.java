package se.postboxen.kollegan.chat;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChatCommandTests {

	@Test
	void joinWithALinkInEitherLanguageAndHoweverKolleganIsAddressed() {
		URI teams = URI.create("https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0");
		assertThat(ChatCommand.parse("join " + teams)).contains(new ChatCommand.Join(teams));
		assertThat(ChatCommand.parse("<at>Kollegan</at> anslut " + teams)).contains(new ChatCommand.Join(teams));
		assertThat(ChatCommand.parse("/kollegan JOIN " + teams)).contains(new ChatCommand.Join(teams));
		assertThat(ChatCommand.parse("@kollegan, delta " + teams)).contains(new ChatCommand.Join(teams));
	}

	@Test
	void slacksLinkMarkupIsRead() {
		assertThat(ChatCommand.parse("join <https://kommun-a.zoom.us/j/123456789|zoom-mötet>"))
			.contains(new ChatCommand.Join(URI.create("https://kommun-a.zoom.us/j/123456789")));
	}

	@Test
	void withoutALinkTheCommandMeansThisMeeting() {
		assertThat(ChatCommand.parse("join")).contains(new ChatCommand.Join(null));
		assertThat(ChatCommand.parse("lämna")).contains(new ChatCommand.Leave(null));
	}

	@Test
	void statusAndHelpInBothLanguagesAndAnEmptyMentionIsHelp() {
		assertThat(ChatCommand.parse("status")).contains(new ChatCommand.Status());
		assertThat(ChatCommand.parse("hjälp")).contains(new ChatCommand.Help());
		assertThat(ChatCommand.parse("help")).contains(new ChatCommand.Help());
		assertThat(ChatCommand.parse("<at>Kollegan</at>")).contains(new ChatCommand.Help());
	}

	@Test
	void theWelcomeIsAskedForInEitherLanguageButNeverForSomeoneNamed() {
		assertThat(ChatCommand.parse(ChatCommand.WELCOME)).contains(new ChatCommand.Welcome());
		assertThat(ChatCommand.parse("<at>Kollegan</at> välkommen")).contains(new ChatCommand.Welcome());
		assertThat(ChatCommand.parse("welcome astrid.ek@kommun-a.example")).isEmpty();
		assertThat(ChatCommand.parse("välkommen <at>Astrid Ek</at>")).isEmpty();
	}

	@Test
	void anythingElseIsNoCommandAndOnlyHttpsLinksAreMeetingLinks() {
		assertThat(ChatCommand.parse("hej på dig")).isEmpty();
		assertThat(ChatCommand.parse("join http://insecure.example/meeting")).isEmpty();
		assertThat(ChatCommand.parse("join javascript:alert(1)")).isEmpty();
		assertThat(ChatCommand.parse("join " + "x".repeat(5000))).isEmpty();
	}

}
