package se.postboxen.kollegan.module;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import se.postboxen.kollegan.tenant.TenantId;

/**
 * What the customer's billing is told of one switch in the module shop. The id is the
 * same however often the event is sent, so that billing counts each switch once.
 *
 * @param at when the module was switched
 */
public record BillingEvent(UUID id, Kind kind, TenantId tenantId, String tenantSlug, Module module,
		int priceSekPerMonth, Instant at) {

	public BillingEvent {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(tenantSlug, "tenantSlug");
		Objects.requireNonNull(module, "module");
		Objects.requireNonNull(at, "at");
	}

	/** Which way the module was switched. */
	public enum Kind {

		ENABLED("module.enabled"), DISABLED("module.disabled");

		private final String wireName;

		Kind(String wireName) {
			this.wireName = wireName;
		}

		/**
		 * The event's {@code type}: {@code module.enabled} or {@code module.disabled}.
		 */
		public String wireName() {
			return this.wireName;
		}

	}

}
