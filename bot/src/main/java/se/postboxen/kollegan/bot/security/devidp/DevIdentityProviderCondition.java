package se.postboxen.kollegan.bot.security.devidp;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import se.postboxen.kollegan.bot.DeploymentMode;

/**
 * Matches when the development identity provider is to run (see {@link DeploymentMode}).
 */
class DevIdentityProviderCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return DeploymentMode.devIdentityProvider(context.getEnvironment())
				? ConditionOutcome.match("development identity provider enabled")
				: ConditionOutcome.noMatch("development identity provider disabled");
	}

}
