package se.postboxen.kollegan.bot.web.constraints;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import se.postboxen.kollegan.person.EmailAddress;

/**
 * An e-mail address by the same rule the domain applies, so that what the API accepts the
 * domain accepts too; {@code null} is valid.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EmailAddressValue.Validator.class)
public @interface EmailAddressValue {

	String message() default "måste vara en e-postadress / must be an e-mail address";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<EmailAddressValue, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || EmailAddress.isValid(value);
		}

	}

}
