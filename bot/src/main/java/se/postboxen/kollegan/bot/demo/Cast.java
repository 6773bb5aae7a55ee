package se.postboxen.kollegan.bot.demo;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.Person;

/**
 * The people of the demo meetings: each tenant's three users, colleagues of theirs who do
 * not sign in, and people from other organisations. Colleagues have addresses in the
 * tenant's own domain; the others keep theirs whichever tenant they meet.
 */
enum Cast {

	ADMIN(0), MEMBER(1), AUDITOR(2),

	JOHAN("Johan Palm", null), FATIMA("Fatima Ali", null), GUNILLA("Gunilla Öst", null), NILS("Nils Hedlund", null),
	INGRID("Ingrid Malm", null),

	JONAS("Jonas Wik", "leverantor.example"), LENA("Lena Holm", "advokatbyra.example"),
	PER("Per Ahlgren", "lansstyrelsen.example"), NADIA("Nadia Karimi", "konsultbolaget.example"),
	TOM("Tom Baker", "archivesystems.example");

	/**
	 * The user's place in {@link DemoTenant#users()}, or -1 for someone who is not one.
	 */
	private final int user;

	private final @Nullable String name;

	/** Another organisation's domain; {@code null} for the tenant's own people. */
	private final @Nullable String domain;

	Cast(int user) {
		this.user = user;
		this.name = null;
		this.domain = null;
	}

	Cast(String name, @Nullable String domain) {
		this.user = -1;
		this.name = name;
		this.domain = domain;
	}

	Person in(DemoTenant tenant) {
		if (this.user >= 0) {
			DemoTenant.DemoUser user = tenant.users().get(this.user);
			return Person.of(user.name(), tenant.email(user));
		}
		String localPart = this.name.toLowerCase(Locale.ROOT)
			.replace(' ', '.')
			.replace('ö', 'o')
			.replace('å', 'a')
			.replace('ä', 'a');
		return Person.of(this.name, localPart + "@" + ((this.domain != null) ? this.domain : tenant.domain()));
	}

}
