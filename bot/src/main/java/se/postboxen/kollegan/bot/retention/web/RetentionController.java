package se.postboxen.kollegan.bot.retention.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.tenant.CurrentTenant;
import se.postboxen.kollegan.bot.web.InvalidRequestException;
import se.postboxen.kollegan.bot.web.Problems;
import se.postboxen.kollegan.bot.web.constraints.SingleLine;
import se.postboxen.kollegan.retention.LegalHold;
import se.postboxen.kollegan.retention.RetentionKind;
import se.postboxen.kollegan.retention.RetentionPolicy;
import se.postboxen.kollegan.retention.RetentionSettings;

/**
 * The tenant's retention policy: read by administrators and auditors, replaced by
 * administrators. A PUT is the whole policy: kinds it leaves out go back to their
 * defaults, and no {@code legalHold} lifts the hold.
 */
@RestController
@RequestMapping(path = "/api/admin/retention", produces = MediaType.APPLICATION_JSON_VALUE)
class RetentionController {

	private final RetentionSettings settings;

	private final CurrentTenant currentTenant;

	private final CurrentUser currentUser;

	RetentionController(RetentionSettings settings, CurrentTenant currentTenant, CurrentUser currentUser) {
		this.settings = settings;
		this.currentTenant = currentTenant;
		this.currentUser = currentUser;
	}

	@GetMapping
	Retention get() {
		return Retention.of(this.settings.policy(this.currentTenant.get().id()));
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	Retention replace(@Valid @RequestBody RetentionChange request) {
		Map<RetentionKind, Integer> chosen = new EnumMap<>(RetentionKind.class);
		List<Problems.FieldError> errors = new ArrayList<>();
		Map<String, @Nullable Integer> days = (request.days() != null) ? request.days() : Map.of();
		days.forEach((wireName, value) -> {
			Optional<RetentionKind> kind = RetentionKind.ofWireName(wireName);
			if (kind.isEmpty()) {
				// The name is the caller's input: not echoed.
				errors.add(new Problems.FieldError("days",
						"okänd sort / unknown kind; kinds are " + Arrays.stream(RetentionKind.values())
							.filter(RetentionKind::settable)
							.map(RetentionKind::wireName)
							.toList()));
			}
			else if (!kind.get().settable()) {
				errors.add(new Problems.FieldError("days." + wireName,
						"följer den längsta mötesperioden / follows the longest meeting-based period"));
			}
			else if (value != null && !kind.get().allows(value)) {
				errors.add(new Problems.FieldError("days." + wireName,
						kind.get().minDays() + "–" + kind.get().maxDays() + " dagar / days"));
			}
			else if (value != null) {
				chosen.put(kind.get(), value);
			}
		});
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
		String reason = (request.legalHold() != null) ? request.legalHold().reason() : null;
		return Retention.of(this.settings.change(this.currentTenant.get().id(), chosen, reason,
				Actor.user(this.currentUser.get().subject())));
	}

	/**
	 * @param days days per kind by wire name ({@code transcript-plus}, {@code recap} …);
	 * a kind left out or {@code null} keeps its default
	 * @param legalHold a hold on deletion, or none
	 */
	record RetentionChange(@Nullable Map<String, @Nullable Integer> days, @Valid @Nullable HoldRequest legalHold) {

	}

	/**
	 * @param reason why deletion is held (a dispute, an inquiry), one line
	 */
	record HoldRequest(@NotBlank @Size(max = LegalHold.MAX_REASON) @SingleLine String reason) {

	}

	/**
	 * @param periods every kind: its days now, its default and limits (none for the
	 * meeting itself, which follows the longest meeting-based period)
	 */
	record Retention(List<Period> periods, @Nullable Hold legalHold) {

		static Retention of(RetentionPolicy policy) {
			LegalHold hold = policy.legalHold();
			return new Retention(Arrays.stream(RetentionKind.values()).map(kind -> Period.of(policy, kind)).toList(),
					(hold != null) ? new Hold(hold.reason(), hold.placedAt()) : null);
		}

	}

	/**
	 * @param countsFrom {@code meeting-end} (for meetings that are over) or
	 * {@code own-time} (uploaded, fetched, kept, finished, occurred)
	 * @param setByTenant whether the days are the tenant's choice rather than the default
	 */
	record Period(String kind, int days, boolean settable, @Nullable Integer defaultDays, @Nullable Integer minDays,
			@Nullable Integer maxDays, boolean setByTenant, String countsFrom) {

		static Period of(RetentionPolicy policy, RetentionKind kind) {
			return new Period(kind.wireName(), policy.days(kind), kind.settable(),
					kind.settable() ? kind.defaultDays() : null, kind.settable() ? kind.minDays() : null,
					kind.settable() ? kind.maxDays() : null, policy.setByTenant(kind),
					kind.meetingBased() ? "meeting-end" : "own-time");
		}

	}

	record Hold(String reason, Instant placedAt) {

	}

}
