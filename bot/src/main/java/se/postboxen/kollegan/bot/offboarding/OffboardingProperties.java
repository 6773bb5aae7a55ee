package se.postboxen.kollegan.bot.offboarding;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Offboarding.
 *
 * @param backupRetention how long database backups are kept (the operator's backup
 * policy): the receipt tells when deleted data has left the last of them
 * @param confirmationLifetime how long a tenant offboarding's confirmation token works
 */
@Validated
@ConfigurationProperties("kollegan.offboarding")
public record OffboardingProperties(@NotNull @DefaultValue("35d") Duration backupRetention,
		@NotNull @DefaultValue("10m") Duration confirmationLifetime) {

}
