package se.postboxen.kollegan.bot.chat.slack;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.chat.ChatContacts;
import se.postboxen.kollegan.chat.ChatInstallations;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.module.EnabledModule;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.TenantModules;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.regwatch.RegwatchItem;
import se.postboxen.kollegan.regwatch.RegwatchItemId;
import se.postboxen.kollegan.regwatch.RegwatchItems;
import se.postboxen.kollegan.regwatch.RegwatchSource;
import se.postboxen.kollegan.regwatch.RegwatchSourceId;
import se.postboxen.kollegan.regwatch.RegwatchSources;
import se.postboxen.kollegan.regwatch.SourceKind;
import se.postboxen.kollegan.tenant.Role;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;
import se.postboxen.kollegan.tenant.User;
import se.postboxen.kollegan.tenant.UserId;
import se.postboxen.kollegan.tenant.Users;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A regwatch alert through the job queue, for a tenant with two administrators: the one
 * who has written to Kollegan in the tenant's Slack workspace is told in their direct
 * message there and not by mail, the other by mail.
 */
class SlackRegwatchAlertIntegrationTests extends SlackSupport {

	@Autowired
	Tenants tenants;

	@Autowired
	Users users;

	@Autowired
	TenantModules modules;

	@Autowired
	ChatInstallations installations;

	@Autowired
	ChatContacts contacts;

	@Autowired
	RegwatchSources sources;

	@Autowired
	RegwatchItems items;

	@Autowired
	JobQueue jobs;

	@Test
	void theAdministratorKolleganReachesInSlackIsToldThereAndTheOtherByMail() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		Tenant tenant = this.tenants.save(new Tenant(TenantId.newId(), "regwatch-chat-" + run, "Kommun C",
				ZoneId.of("Europe/Stockholm"), ConsentLevel.BAS, null));
		EmailAddress inSlack = admin(tenant, "astrid.ek." + run + "@kommun-c.example", "Astrid Ek");
		EmailAddress byMail = admin(tenant, "karin.sjo." + run + "@kommun-c.example", "Karin Sjö");
		String team = "T0C" + run.toUpperCase();
		String member = "U0ASTRID" + run.toUpperCase();
		this.installations.install(ChatPlatformKind.SLACK, team, tenant.id());
		this.contacts.remember(tenant.id(), inSlack, ChatPlatformKind.SLACK, team + "/" + member);
		this.modules.enable(new EnabledModule(tenant.id(), Module.REGWATCH,
				Instant.now().truncatedTo(ChronoUnit.MICROS), Actor.system("test")));
		String title = "Nya riktlinjer om kameraövervakning " + run;
		RegwatchItem item = item(tenant, title);

		this.jobs.enqueue(new JobRequest(new JobKey("regwatch-alert-test:" + item.id()),
				new JobPayload.RegwatchAlert(item.id(), 2), tenant.id(), null, Instant.now()));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> mailedAbout(title, byMail) == 1 && !postedTo(member).isEmpty());
		assertThat(postedTo(member)).singleElement()
			.asString()
			.contains(title, "Omvärldsbevakning / Regwatch", "https://www.imy.se/nyheter/kamera",
					"/regwatch/items/" + item.id());
		assertThat(mailedAbout(title, inSlack)).isZero();
	}

	private EmailAddress admin(Tenant tenant, String email, String name) {
		EmailAddress address = EmailAddress.of(email);
		this.users.save(new User(UserId.newId(), tenant.id(), address, name, Role.ADMIN));
		return address;
	}

	/** An item changed in a source nobody fetches: the alert is all this test needs. */
	private RegwatchItem item(Tenant tenant, String title) {
		RegwatchSource source = this.sources.save(new RegwatchSource(RegwatchSourceId.newId(), tenant.id(), "IMY",
				SourceKind.WEB_PAGE, URI.create("https://www.imy.se/nyheter"), "main", false));
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		return this.items.save(new RegwatchItem(RegwatchItemId.newId(), tenant.id(), source.id(), "kamera", title,
				URI.create("https://www.imy.se/nyheter/kamera"), now, now, 75));
	}

	private long mailedAbout(String title, EmailAddress to) {
		return this.jdbc
			.sql("SELECT count(*) FROM mail_outbox WHERE kind = 'regwatch' AND to_address = :to AND body LIKE :title")
			.param("to", to.value())
			.param("title", "%" + title + "%")
			.query(Long.class)
			.single();
	}

	private List<String> postedTo(String member) {
		return slack.findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage")))
			.stream()
			.map(request -> URLDecoder.decode(request.getBodyAsString(), StandardCharsets.UTF_8))
			.filter(body -> body.contains("channel=" + member))
			.toList();
	}

}
