package se.postboxen.kollegan.bot.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Demo data for a first start.
 *
 * @param enabled seed the demo tenants, users and a week of meetings ({@code --demo} or
 * {@code KOLLEGAN_DEMO}); when unset, on exactly when the database is the embedded one
 */
@Validated
@ConfigurationProperties("kollegan.demo")
public record DemoProperties(@Nullable Boolean enabled) {

}
