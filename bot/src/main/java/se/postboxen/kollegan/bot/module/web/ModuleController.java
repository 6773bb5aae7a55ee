package se.postboxen.kollegan.bot.module.web;

import java.util.List;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.tenant.CurrentTenant;
import se.postboxen.kollegan.bot.web.InvalidRequestException;
import se.postboxen.kollegan.bot.web.Problems;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.ModuleOffer;
import se.postboxen.kollegan.module.ModuleShop;

/**
 * The module shop of the caller's tenant: every module with its name and description in
 * Swedish and English, its price, and whether it is on, since when and by whom. Read by
 * administrators and auditors; modules are switched by administrators, each switch
 * audited and sent to the customer's billing.
 */
@RestController
@RequestMapping(path = "/api/admin/modules", produces = MediaType.APPLICATION_JSON_VALUE)
class ModuleController {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private final ModuleShop shop;

	private final CurrentTenant currentTenant;

	private final CurrentUser currentUser;

	private final MessageSource messages;

	ModuleController(ModuleShop shop, CurrentTenant currentTenant, CurrentUser currentUser, MessageSource messages) {
		this.shop = shop;
		this.currentTenant = currentTenant;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	@GetMapping
	Catalogue list() {
		return new Catalogue(this.shop.catalogue(this.currentTenant.get().id()).stream().map(this::entry).toList());
	}

	/**
	 * Switches a module on or off; switching it to the state it is in changes nothing.
	 * The module is looked up before the body is read, so an unknown one is a 404
	 * whatever was sent.
	 */
	@PutMapping(path = "/{module}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Entry change(@PathVariable("module") String wireName, @RequestBody Switch request) {
		Module module = Module.ofWireName(wireName).orElseThrow(() -> new UnknownModuleException());
		if (request.enabled() == null) {
			throw new InvalidRequestException(List.of(new Problems.FieldError("enabled",
					"måste anges, true eller false / must be given, true or false")));
		}
		ModuleOffer changed = this.shop.change(this.currentTenant.get().id(), module, request.enabled(),
				Actor.user(this.currentUser.get().subject()));
		return entry(changed);
	}

	/**
	 * A 404 listing the modules there are; what was asked for is not repeated back.
	 * Answered here: the API's handler gives every other 404 its general words.
	 */
	@ExceptionHandler(UnknownModuleException.class)
	ResponseEntity<ProblemDetail> unknown(UnknownModuleException ex) {
		String known = Arrays.stream(Module.values()).map(Module::wireName).collect(Collectors.joining(", "));
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(Problems.NOT_FOUND.detail(HttpStatus.NOT_FOUND,
					"Modulen finns inte; de som finns är / No such module; there are: " + known));
	}

	private Entry entry(ModuleOffer offer) {
		String key = "module." + offer.module().wireName();
		return new Entry(offer.module().wireName(), texts(key + ".name"), texts(key + ".description"),
				offer.priceSekPerMonth(), offer.enabled(),
				(offer.enabledSince() != null) ? offer.enabledSince().toString() : null,
				(offer.enabledBy() != null) ? new By(offer.enabledBy().kind().name(), offer.enabledBy().id()) : null);
	}

	private Texts texts(String key) {
		return new Texts(this.messages.getMessage(key, null, SWEDISH),
				this.messages.getMessage(key, null, Locale.ENGLISH));
	}

	static final class UnknownModuleException extends RuntimeException {

		UnknownModuleException() {
			super("No such module");
		}

	}

	/** The switch: {@code {"enabled": true}} or {@code {"enabled": false}}. */
	record Switch(@Nullable Boolean enabled) {

	}

	record Catalogue(List<Entry> modules) {

	}

	/**
	 * One module of the shop.
	 *
	 * @param module its wire name, as in the path of its switch
	 * @param since when it was switched on, while it is on
	 * @param enabledBy who switched it on, while it is on
	 */
	record Entry(String module, Texts name, Texts description, int priceSekPerMonth, boolean enabled,
			@Nullable String since, @Nullable By enabledBy) {

	}

	record Texts(String sv, String en) {

	}

	record By(String kind, String id) {

	}

}
