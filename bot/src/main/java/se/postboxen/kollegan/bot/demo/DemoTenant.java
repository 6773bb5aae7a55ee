package se.postboxen.kollegan.bot.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import se.postboxen.kollegan.tenant.Role;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * The two demo organisations. Ids are derived from the slug so that they are the same on
 * every machine and every restart.
 */
public enum DemoTenant {

	A("demo-a", "Kommun A (demo)", "kommun-a.example", List.of(new DemoUser("astrid.ek", "Astrid Ek", Role.ADMIN),
			new DemoUser("erik.lund", "Erik Lund", Role.MEMBER), new DemoUser("maja.berg", "Maja Berg", Role.AUDITOR))),

	B("demo-b", "Kommun B (demo)", "kommun-b.example",
			List.of(new DemoUser("karin.sjo", "Karin Sjö", Role.ADMIN),
					new DemoUser("olof.strand", "Olof Strand", Role.MEMBER),
					new DemoUser("sara.nord", "Sara Nord", Role.AUDITOR)));

	private final String slug;

	private final String displayName;

	private final String domain;

	private final List<DemoUser> users;

	DemoTenant(String slug, String displayName, String domain, List<DemoUser> users) {
		this.slug = slug;
		this.displayName = displayName;
		this.domain = domain;
		this.users = users;
	}

	public String slug() {
		return this.slug;
	}

	public String displayName() {
		return this.displayName;
	}

	String domain() {
		return this.domain;
	}

	public List<DemoUser> users() {
		return this.users;
	}

	public TenantId id() {
		return new TenantId(UUID.nameUUIDFromBytes(("kollegan-demo:" + this.slug).getBytes(StandardCharsets.UTF_8)));
	}

	/** The demo Slack team linked to this tenant ({@code T0DEMO00A} for demo-a). */
	public String slackTeamId() {
		return "T0DEMO00" + this.slug.substring(this.slug.length() - 1).toUpperCase(Locale.ROOT);
	}

	/** The demo Zoom account linked to this tenant. */
	public String zoomAccountId() {
		return "demo-zoom-" + this.slug;
	}

	/** The demo directory's id, as Entra ID's {@code tid} would be. */
	public String directoryId() {
		return UUID.nameUUIDFromBytes(("kollegan-demo-directory:" + this.slug).getBytes(StandardCharsets.UTF_8))
			.toString();
	}

	public String email(DemoUser user) {
		return user.localPart() + "@" + this.domain;
	}

	/**
	 * Who can sign in: the users, and the tenant's on-call engineer, whom the identity
	 * provider makes eligible for break-glass access and nothing else. The on-call
	 * account is no user of the tenant (the identity provider alone says who is on call).
	 */
	public List<DemoUser> signIns() {
		return java.util.stream.Stream
			.concat(this.users.stream(),
					java.util.stream.Stream.of(new DemoUser("jour", "Jouren (demo)", Role.BREAK_GLASS)))
			.toList();
	}

	/**
	 * The script client bound to a user: {@code demo-a-member},
	 * {@code demo-a-break-glass} and so on.
	 */
	public String clientId(DemoUser user) {
		return this.slug + "-" + user.role().name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public record DemoUser(String localPart, String name, Role role) {

	}

}
