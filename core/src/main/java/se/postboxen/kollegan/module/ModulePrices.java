package se.postboxen.kollegan.module;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What each module costs a tenant a month, in whole Swedish kronor: the price shown in
 * the shop and carried by the billing event of each switch. Every module has one.
 */
public record ModulePrices(Map<Module, Integer> sekPerMonth) {

	public ModulePrices {
		Objects.requireNonNull(sekPerMonth, "sekPerMonth");
		Map<Module, Integer> prices = new EnumMap<>(Module.class);
		for (Module module : Module.values()) {
			Integer price = sekPerMonth.get(module);
			if (price == null) {
				throw new IllegalArgumentException("No price for module " + module.wireName());
			}
			if (price < 0) {
				throw new IllegalArgumentException("The price of module " + module.wireName() + " is negative");
			}
			prices.put(module, price);
		}
		sekPerMonth = Collections.unmodifiableMap(prices);
	}

	public int of(Module module) {
		return this.sekPerMonth.get(module);
	}

}
