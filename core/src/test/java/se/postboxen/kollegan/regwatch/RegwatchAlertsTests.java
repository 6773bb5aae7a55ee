package se.postboxen.kollegan.regwatch;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.action.ActionNudge;
import se.postboxen.kollegan.chat.ChatPlatform;
import se.postboxen.kollegan.chat.LobbyNotice;
import se.postboxen.kollegan.chat.RecapNotice;
import se.postboxen.kollegan.consent.ConsentCard;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.module.InMemoryTenantModules;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.ModuleOffLog;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.Role;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.User;
import se.postboxen.kollegan.tenant.UserId;
import se.postboxen.kollegan.tenant.Users;

import static org.assertj.core.api.Assertions.assertThat;

class RegwatchAlertsTests {

	static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

	final InMemoryRegwatch regwatch = new InMemoryRegwatch();

	final TenantId tenant = TenantId.newId();

	final List<User> people = List.of(user("astrid.ek@kommun.example", Role.ADMIN),
			user("erik.lund@kommun.example", Role.MEMBER), user("sara.berg@kommun.example", Role.ADMIN));

	final List<RegwatchAlertNotice> mailed = new ArrayList<>();

	final List<RegwatchAlertNotice> chatted = new ArrayList<>();

	final InMemoryTenantModules modules = new InMemoryTenantModules().on(this.tenant, Module.REGWATCH);

	private User user(String email, Role role) {
		return new User(UserId.newId(), this.tenant, EmailAddress.of(email), email, role);
	}

	private RegwatchAlerts alerts(List<ChatPlatform> platforms) {
		Users users = new Users() {

			@Override
			public Optional<User> findByEmail(TenantId tenantId, EmailAddress email) {
				return Optional.empty();
			}

			@Override
			public Optional<User> findById(TenantId tenantId, UserId id) {
				return Optional.empty();
			}

			@Override
			public List<User> findAll(TenantId tenantId) {
				return RegwatchAlertsTests.this.people.stream().filter(u -> u.tenantId().equals(tenantId)).toList();
			}

			@Override
			public User save(User user) {
				return user;
			}

		};
		return new RegwatchAlerts(this.regwatch.items, this.regwatch.sources, users, platforms, this.mailed::add,
				URI.create("https://kollegan.kommun.example"), this.modules);
	}

	private RegwatchItem item() {
		RegwatchSource source = this.regwatch.sources.save(new RegwatchSource(RegwatchSourceId.newId(), this.tenant,
				"IMY", SourceKind.WEB_PAGE, URI.create("https://imy.example/"), null, true));
		return this.regwatch.items.save(new RegwatchItem(RegwatchItemId.newId(), this.tenant, source.id(), "k",
				"Nya råd om dataskydd", URI.create("https://imy.example/rad"), NOW, NOW, 75));
	}

	/** A chat platform that reaches only the given address and carries alerts. */
	private ChatPlatform chatReaching(String email) {
		return new ChatPlatform() {

			@Override
			public boolean reaches(Meeting meeting) {
				return false;
			}

			@Override
			public void postConsentCard(ConsentCard card) {
			}

			@Override
			public void postLobbyNotice(LobbyNotice notice) {
			}

			@Override
			public void postRecap(RecapNotice recap) {
			}

			@Override
			public boolean reaches(TenantId tenantId, EmailAddress person) {
				return person.value().equals(email);
			}

			@Override
			public void postNudge(ActionNudge nudge) {
			}

			@Override
			public boolean postRegwatchAlert(RegwatchAlertNotice notice) {
				return RegwatchAlertsTests.this.chatted.add(notice);
			}

		};
	}

	@Test
	void everyAdministratorAndNoOneElseIsMailedWithALinkToTheHistory() {
		RegwatchItem item = item();

		JobOutcome outcome = alerts(List.of()).alert(this.tenant, new JobPayload.RegwatchAlert(item.id(), 2));

		assertThat(outcome).isEqualTo(JobOutcome.done());
		assertThat(this.mailed).extracting(notice -> notice.recipient().value())
			.containsExactlyInAnyOrder("astrid.ek@kommun.example", "sara.berg@kommun.example");
		assertThat(this.mailed.get(0).link().toString())
			.isEqualTo("https://kollegan.kommun.example/regwatch/items/" + item.id());
		assertThat(this.mailed.get(0).sourceName()).isEqualTo("IMY");
		assertThat(this.mailed.get(0).version()).isEqualTo(2);
	}

	@Test
	void chatCarriesTheAlertWhereItReachesTheAdministratorAndMailTheRest() {
		RegwatchItem item = item();

		alerts(List.of(chatReaching("astrid.ek@kommun.example"))).alert(this.tenant,
				new JobPayload.RegwatchAlert(item.id(), 1));

		assertThat(this.chatted).extracting(notice -> notice.recipient().value())
			.containsExactly("astrid.ek@kommun.example");
		assertThat(this.mailed).extracting(notice -> notice.recipient().value())
			.containsExactly("sara.berg@kommun.example");
	}

	@Test
	void aTenantThatSwitchedRegwatchOffSinceIsNotAlertedAndTheJobIsDone() {
		RegwatchItem item = item();
		this.modules.off(this.tenant, Module.REGWATCH);

		try (ModuleOffLog log = new ModuleOffLog()) {
			JobOutcome outcome = alerts(List.of(chatReaching("astrid.ek@kommun.example"))).alert(this.tenant,
					new JobPayload.RegwatchAlert(item.id(), 2));

			assertThat(outcome).isEqualTo(JobOutcome.done());
			assertThat(log.lines()).singleElement()
				.asString()
				.contains("regwatch item " + item.id(), this.tenant.toString(), "the module regwatch is off");
		}
		assertThat(this.mailed).isEmpty();
		assertThat(this.chatted).isEmpty();
	}

	@Test
	void anItemGoneSinceIsNotAlertedLate() {
		assertThat(alerts(List.of()).alert(this.tenant, new JobPayload.RegwatchAlert(RegwatchItemId.newId(), 1)))
			.isEqualTo(JobOutcome.done());
		assertThat(this.mailed).isEmpty();
	}

}
