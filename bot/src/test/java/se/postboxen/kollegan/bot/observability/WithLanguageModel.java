package se.postboxen.kollegan.bot.observability;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * The application with a language model configured, so that the model's metrics exist as
 * they do in production. The model cannot be reached (nothing listens on port 9): every
 * recap falls back to the offline extractor, which is counted too. The test classes with
 * this annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = { "kollegan.llm.base-url=http://127.0.0.1:9/v1", "kollegan.llm.model=unreachable",
		"kollegan.llm.prices.unreachable.input=1.60", "kollegan.llm.prices.unreachable.output=6.40" })
@interface WithLanguageModel {

}
