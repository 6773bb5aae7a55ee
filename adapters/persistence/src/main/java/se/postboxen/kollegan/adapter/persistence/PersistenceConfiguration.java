package se.postboxen.kollegan.adapter.persistence;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.data.jdbc.repository.config.EnableJdbcAuditing;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/**
 * Postgres for every store port in core. Runs before Boot's DataSource configuration so
 * that the pool is built from {@link DatabaseConnection}, embedded or external.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@EnableConfigurationProperties(PersistenceProperties.class)
@EnableJdbcRepositories
@EnableJdbcAuditing
// Scans the store adapters beside this class but not this class itself, which Boot
// already
// registers as an auto-configuration.
@ComponentScan(excludeFilters = @ComponentScan.Filter(AutoConfiguration.class))
public class PersistenceConfiguration {

	@Bean(destroyMethod = "close")
	DatabaseConnection databaseConnection(PersistenceProperties properties) {
		if (properties.embedded()) {
			return DatabaseConnection.embedded(properties.dataDir());
		}
		return DatabaseConnection
			.external(DatabaseUrl.parse(properties.url(), properties.username(), properties.password()));
	}

}
