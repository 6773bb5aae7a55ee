package se.postboxen.kollegan.adapter.persistence.chat;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The cipher for secrets in the database, from {@link CredentialEncryptionProperties}: a
 * malformed key stops the start with the setting's name (never its value).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CredentialEncryptionProperties.class)
class CredentialEncryptionConfiguration {

	@Bean
	CredentialCipher credentialCipher(CredentialEncryptionProperties properties, Environment environment) {
		return new CredentialCipher(properties.currentKey(environment), properties.previousKeys(environment));
	}

}
