package se.postboxen.kollegan.adapter.persistence.regwatch;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.postboxen.kollegan.adapter.persistence.StoreIntegrationTest;
import se.postboxen.kollegan.adapter.persistence.TestTenants;
import se.postboxen.kollegan.regwatch.RegwatchItem;
import se.postboxen.kollegan.regwatch.RegwatchItemId;
import se.postboxen.kollegan.regwatch.RegwatchItemVersion;
import se.postboxen.kollegan.regwatch.RegwatchItems;
import se.postboxen.kollegan.regwatch.RegwatchSource;
import se.postboxen.kollegan.regwatch.RegwatchSourceId;
import se.postboxen.kollegan.regwatch.RegwatchSources;
import se.postboxen.kollegan.regwatch.SourceKind;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@StoreIntegrationTest
class JdbcRegwatchIntegrationTests {

	@Autowired
	RegwatchSources sources;

	@Autowired
	RegwatchItems items;

	@Autowired
	Tenants tenants;

	@Test
	void keepsAnItemsVersionsInOrderAndRefusesAGap() {
		TenantId tenant = TestTenants.create(this.tenants);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		RegwatchSource source = this.sources.save(new RegwatchSource(RegwatchSourceId.newId(), tenant, "IMY nyheter",
				SourceKind.RSS, URI.create("https://www.imy.se/nyheter/rss"), null, true));
		RegwatchItem item = this.items.save(new RegwatchItem(RegwatchItemId.newId(), tenant, source.id(), "guid-1",
				"Ny vägledning", URI.create("https://www.imy.se/nyheter/1"), now, now));

		this.items.addVersion(tenant, new RegwatchItemVersion(item.id(), 1, "h1", "Första lydelsen", now));
		this.items.addVersion(tenant, new RegwatchItemVersion(item.id(), 2, "h2", "Andra lydelsen", now));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.items.addVersion(tenant, new RegwatchItemVersion(item.id(), 4, "h4", "x", now)));
		assertThat(this.items.versions(tenant, item.id())).extracting(RegwatchItemVersion::content)
			.containsExactly("Första lydelsen", "Andra lydelsen");
		assertThat(this.items.findByExternalKey(tenant, source.id(), "guid-1")).contains(item);
		assertThat(this.sources.findAll(tenant)).containsExactly(source);
		TenantId other = TestTenants.create(this.tenants);
		assertThat(this.items.versions(other, item.id())).isEmpty();
		assertThat(this.sources.findById(other, source.id())).isEmpty();
	}

}
