package se.postboxen.kollegan.bot.security.devidp;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import se.postboxen.kollegan.bot.demo.DemoTenant;
import se.postboxen.kollegan.tenant.Role;

/**
 * The people the development identity provider knows: the demo tenants' users, each
 * reachable by e-mail (browser sign-in) and by a script client id such as
 * {@code demo-a-member}.
 */
final class DemoAccounts {

	/** The one documented password and client secret of every demo account. */
	static final String SECRET = "demo";

	record Account(DemoTenant tenant, DemoTenant.DemoUser user) {

		public String email() {
			return this.tenant.email(this.user);
		}

		public String clientId() {
			return this.tenant.clientId(this.user);
		}

		public Role role() {
			return this.user.role();
		}

		/** A stable object id, as Entra ID's {@code oid}. */
		public String objectId() {
			return UUID.nameUUIDFromBytes(email().getBytes(StandardCharsets.UTF_8)).toString();
		}

	}

	static final List<Account> ALL = Arrays.stream(DemoTenant.values())
		.flatMap(tenant -> tenant.signIns().stream().map(user -> new Account(tenant, user)))
		.toList();

	private DemoAccounts() {
	}

	static Optional<Account> byClientId(String clientId) {
		return ALL.stream().filter(account -> account.clientId().equals(clientId)).findFirst();
	}

	static Optional<Account> byEmail(String email) {
		return ALL.stream().filter(account -> account.email().equalsIgnoreCase(email)).findFirst();
	}

}
