package se.postboxen.kollegan.bot.web.constraints;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An IANA time-zone id such as {@code Europe/Stockholm}; {@code null} is valid. */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TimeZoneId.Validator.class)
public @interface TimeZoneId {

	String message() default "måste vara en IANA-tidszon, t.ex. Europe/Stockholm / must be an IANA time zone";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<TimeZoneId, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || ZoneId.getAvailableZoneIds().contains(value);
		}

	}

}
