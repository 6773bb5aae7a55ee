package se.postboxen.kollegan.bot.module;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;

import se.postboxen.kollegan.module.Module;

/**
 * The modules the viewer's tenant has on, for the dashboard's layout to hide what is off
 * ({@code th:if="${modules.on('stakeholder-insights')}"}). Each module's flag is asked
 * the first time a page asks for it, once per page.
 */
public final class EnabledModules {

	/** For a page nobody is signed in to: everything is off. */
	static final EnabledModules NONE = new EnabledModules(module -> false);

	private final Predicate<Module> flag;

	private final Map<Module, Boolean> asked = new EnumMap<>(Module.class);

	EnabledModules(Predicate<Module> flag) {
		this.flag = flag;
	}

	/**
	 * @param wireName a module's wire name, such as {@code stakeholder-insights}
	 * @throws IllegalArgumentException for a name no module has (a typo in a template)
	 */
	public boolean on(String wireName) {
		Module module = Module.ofWireName(wireName)
			.orElseThrow(() -> new IllegalArgumentException("No module is called " + wireName));
		return this.asked.computeIfAbsent(module, this.flag::test);
	}

}
