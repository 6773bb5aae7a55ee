package se.postboxen.kollegan.bot.web.constraints;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.meeting.Meeting;

/**
 * The end comes after the start, within the longest meeting allowed; reported on
 * {@code endsAt}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidMeetingTime.Validator.class)
public @interface ValidMeetingTime {

	String message() default "måste vara efter startsAt och högst 24 timmar senare / must be after startsAt and at most 24 hours later";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** A request that names a meeting's start and end. */
	interface Span {

		@Nullable OffsetDateTime startsAt();

		@Nullable OffsetDateTime endsAt();

	}

	class Validator implements ConstraintValidator<ValidMeetingTime, Span> {

		@Override
		public boolean isValid(Span request, ConstraintValidatorContext context) {
			if (request.startsAt() == null || request.endsAt() == null) {
				return true;
			}
			Duration length = Duration.between(request.startsAt(), request.endsAt());
			if (!length.isNegative() && !length.isZero() && length.compareTo(Meeting.MAX_DURATION) <= 0) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("endsAt")
				.addConstraintViolation();
			return false;
		}

	}

}
