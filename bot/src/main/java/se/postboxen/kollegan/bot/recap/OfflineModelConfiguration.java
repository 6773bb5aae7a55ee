package se.postboxen.kollegan.bot.recap;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import se.postboxen.kollegan.adapter.llm.LlmConfiguration;
import se.postboxen.kollegan.recap.LanguageModel;
import se.postboxen.kollegan.recap.OfflineExtractor;

/**
 * The offline extractor whenever no language model is configured. An auto-configuration
 * ordered after the model adapter's, because a missing-bean condition is only reliable
 * once the adapters have declared theirs (in an ordinary configuration it would be
 * decided first, and both would exist).
 */
@AutoConfiguration(after = LlmConfiguration.class)
public class OfflineModelConfiguration {

	@Bean
	@ConditionalOnMissingBean(LanguageModel.class)
	LanguageModel offlineExtractor() {
		return new OfflineExtractor();
	}

}
