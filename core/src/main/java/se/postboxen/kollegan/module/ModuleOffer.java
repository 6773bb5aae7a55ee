package se.postboxen.kollegan.module;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.audit.Actor;

/**
 * A module as the shop shows it to a tenant: its price, and whether it is on, since when
 * and by whom.
 *
 * @param enabledSince when it was switched on, {@code null} while it is off
 * @param enabledBy who switched it on, {@code null} while it is off
 */
public record ModuleOffer(Module module, int priceSekPerMonth, @Nullable Instant enabledSince,
		@Nullable Actor enabledBy) {

	public ModuleOffer {
		Objects.requireNonNull(module, "module");
		if ((enabledSince == null) != (enabledBy == null)) {
			throw new IllegalArgumentException("a module that is on has both a since and a by");
		}
	}

	public boolean enabled() {
		return this.enabledSince != null;
	}

}
