package se.postboxen.kollegan.regwatch;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import se.postboxen.kollegan.chat.ChatPlatform;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.ModuleOff;
import se.postboxen.kollegan.module.TenantModules;
import se.postboxen.kollegan.tenant.Role;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Users;

/**
 * Use case: telling a tenant's administrators of a relevant change, each through the
 * first chat platform that reaches them and carries such alerts, else by mail — as nudges
 * go. An item gone since (its source removed) is not alerted late, nor one of a tenant
 * that has switched regwatch off since.
 */
public final class RegwatchAlerts {

	private final RegwatchItems items;

	private final RegwatchSources sources;

	private final Users users;

	private final List<ChatPlatform> platforms;

	private final RegwatchAlertMail mail;

	private final URI dashboard;

	private final TenantModules modules;

	public RegwatchAlerts(RegwatchItems items, RegwatchSources sources, Users users, List<ChatPlatform> platforms,
			RegwatchAlertMail mail, URI dashboard, TenantModules modules) {
		this.items = items;
		this.sources = sources;
		this.users = users;
		this.platforms = List.copyOf(platforms);
		this.mail = mail;
		this.dashboard = dashboard;
		this.modules = modules;
	}

	public JobOutcome alert(TenantId tenantId, JobPayload.RegwatchAlert alert) {
		if (!this.modules.isEnabled(tenantId, Module.REGWATCH)) {
			return ModuleOff.done(Module.REGWATCH, tenantId, "The alert of regwatch item " + alert.itemId());
		}
		Optional<RegwatchItem> found = this.items.findById(tenantId, alert.itemId());
		if (found.isEmpty()) {
			return JobOutcome.done();
		}
		RegwatchItem item = found.get();
		String sourceName = this.sources.findById(tenantId, item.sourceId())
			.map(RegwatchSource::name)
			.orElse("Regwatch");
		URI link = itemPage(this.dashboard, item.id());
		this.users.findAll(tenantId)
			.stream()
			.filter(user -> user.role() == Role.ADMIN)
			.map(admin -> new RegwatchAlertNotice(tenantId, admin.email(), admin.displayName(), sourceName,
					item.title(), item.url(), alert.version(), item.relevance(), link))
			.forEach(this::send);
		return JobOutcome.done();
	}

	private void send(RegwatchAlertNotice notice) {
		boolean posted = this.platforms.stream()
			.filter(chat -> chat.reaches(notice.tenantId(), notice.recipient()))
			.anyMatch(chat -> chat.postRegwatchAlert(notice));
		if (!posted) {
			this.mail.alert(notice);
		}
	}

	/** The dashboard page of an item, with its history. */
	public static URI itemPage(URI dashboard, RegwatchItemId id) {
		String base = dashboard.toString();
		return URI.create((base.endsWith("/") ? base : base + "/") + "regwatch/items/" + id);
	}

}
