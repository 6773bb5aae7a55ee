package se.postboxen.kollegan.adapter.persistence.tenant;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.Role;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.User;
import se.postboxen.kollegan.tenant.UserId;
import se.postboxen.kollegan.tenant.Users;

@Component
class JdbcUsers implements Users {

	private final UserRows rows;

	JdbcUsers(UserRows rows) {
		this.rows = rows;
	}

	@Override
	public Optional<User> findByEmail(TenantId tenantId, EmailAddress email) {
		return this.rows.findByTenantIdAndEmail(tenantId.value(), email.value()).map(JdbcUsers::toUser);
	}

	@Override
	public Optional<User> findById(TenantId tenantId, UserId id) {
		return this.rows.findById(id.value())
			.filter(row -> row.tenantId().equals(tenantId.value()))
			.map(JdbcUsers::toUser);
	}

	@Override
	public List<User> findAll(TenantId tenantId) {
		return this.rows.findByTenantIdOrderByEmail(tenantId.value()).stream().map(JdbcUsers::toUser).toList();
	}

	@Override
	public User save(User user) {
		long version = this.rows.findById(user.id().value())
			.filter(row -> row.tenantId().equals(user.tenantId().value()))
			.map(UserRow::version)
			.orElse(0L);
		return toUser(this.rows.save(new UserRow(user.id().value(), user.tenantId().value(), user.email().value(),
				user.displayName(), user.role().name(), version, null)));
	}

	private static User toUser(UserRow row) {
		return new User(new UserId(row.id()), new TenantId(row.tenantId()), new EmailAddress(row.email()),
				row.displayName(), Role.valueOf(row.role()));
	}

}
