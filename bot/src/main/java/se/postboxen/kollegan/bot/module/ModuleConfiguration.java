package se.postboxen.kollegan.bot.module;

import java.time.Clock;

import dev.openfeature.sdk.OpenFeatureAPI;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.module.BillModuleChangeJob;
import se.postboxen.kollegan.module.BillingEvents;
import se.postboxen.kollegan.module.ModuleShop;
import se.postboxen.kollegan.module.TenantModules;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.Tenants;

/**
 * The module shop: the catalogue and its prices, switches billed through the job queue to
 * the customer's billing webhook, and each tenant's modules as OpenFeature flags that
 * {@link RequiresModule} enforces on controllers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ModuleProperties.class)
class ModuleConfiguration {

	@Bean
	ModuleShop moduleShop(TenantModules modules, ModuleProperties properties, Tenants tenants, BillingEvents billing,
			JobQueue jobs, AuditLog auditLog, Transactions transactions, Clock clock) {
		return new ModuleShop(modules, properties.prices(), tenants, billing, jobs, auditLog, transactions, clock);
	}

	@Bean
	BillingEvents billingEvents(ModuleProperties properties, Clock clock) {
		return new WebhookBillingEvents(properties.billing(), clock);
	}

	@Bean
	BillModuleChangeJob billModuleChangeJob(ModuleShop shop) {
		return new BillModuleChangeJob(shop);
	}

	/**
	 * An OpenFeature API of this application's own rather than the JVM-wide singleton, so
	 * that two applications in one JVM (the tests' contexts) never read each other's
	 * flags.
	 */
	@Bean(destroyMethod = "shutdown")
	OpenFeatureAPI moduleFeatures(TenantModules modules) {
		OpenFeatureAPI features = OpenFeatureAPI.createIsolated();
		features.setProviderAndWait(new TenantModuleFlags(modules));
		return features;
	}

	@Bean
	ModuleFlags moduleFlags(OpenFeatureAPI moduleFeatures) {
		return new ModuleFlags(moduleFeatures.getClient());
	}

	@Bean
	WebMvcConfigurer moduleGate(ModuleFlags flags, CurrentUser currentUser) {
		ModuleGate gate = new ModuleGate(flags, currentUser);
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(gate);
			}
		};
	}

}
