package se.postboxen.kollegan.bot.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import se.postboxen.kollegan.bot.security.EndpointPolicy;

/**
 * The dashboard's languages and files: Swedish unless the browser prefers English or the
 * user chose a language with the switch (kept in a cookie for a year), texts from
 * {@code messages*.properties}, its stylesheet under {@code /css} and its scripts under
 * {@code /js}. Ordered first so that Boot, which maps {@code /css/**} to the root of
 * {@code static/} ({@code spring.mvc.static-path-pattern}), leaves that path to these
 * folders.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DashboardConfiguration implements WebMvcConfigurer {

	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	static final List<Locale> LANGUAGES = List.of(SWEDISH, Locale.ENGLISH);

	/** The switch's query parameter: {@code ?lang=en}. */
	static final String LANGUAGE_PARAMETER = "lang";

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();
		browser.setSupportedLocales(LANGUAGES);
		browser.setDefaultLocale(SWEDISH);
		CookieLocaleResolver resolver = new CookieLocaleResolver("KOLLEGAN_LANG");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSecure(true);
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(browser::resolveLocale);
		return resolver;
	}

	/**
	 * Not Boot's: that one falls back to the JVM's language, which would show English (or
	 * anything) to a Swedish user on a server set up in another language.
	 */
	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch()).addPathPatterns(EndpointPolicy.PAGES);
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
		// Third-party scripts fetched at build time, not WebJars (TeamsJS is on npm
		// only).
		registry.addResourceHandler("/vendor/**").addResourceLocations("classpath:/static/vendor/");
	}

	/** The switch takes the dashboard's languages only; anything else is ignored. */
	static final class LanguageSwitch extends LocaleChangeInterceptor {

		LanguageSwitch() {
			setParamName(LANGUAGE_PARAMETER);
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws ServletException {
			String language = request.getParameter(LANGUAGE_PARAMETER);
			boolean offered = LANGUAGES.stream().anyMatch(locale -> locale.getLanguage().equals(language));
			return !offered || super.preHandle(request, response, handler);
		}

	}

}
