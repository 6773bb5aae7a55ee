package se.postboxen.kollegan.bot.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

import se.postboxen.kollegan.bot.KolleganIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint the application maps declares who may call it: API endpoints in
 * {@link EndpointPolicy#API}, everything else as public, a signed-in page or the sign-in
 * page. A controller added without a rule fails this test.
 */
@KolleganIntegrationTest
class EndpointPolicyIntegrationTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	record Endpoint(HttpMethod method, String pattern) {

	}

	private List<Endpoint> mapped() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			Collection<RequestMethod> effective = methods.isEmpty() ? List.of(RequestMethod.values()) : methods;
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : effective) {
					endpoints.add(new Endpoint(method.asHttpMethod(), pattern));
				}
			}
		}
		return endpoints;
	}

	/** The endpoints that no rule covers: what this test exists to keep empty. */
	static List<Endpoint> unruled(List<Endpoint> endpoints) {
		PathPatternParser parser = PathPatternParser.defaultInstance;
		List<Endpoint> missing = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			boolean api = endpoint.pattern().startsWith("/api/");
			// Webhooks live where their senders expect them (Slack's /slack/events too).
			boolean ruled = EndpointPolicy.WEBHOOKS.contains(endpoint.pattern()) || (api
					? EndpointPolicy.API.stream()
						.anyMatch(rule -> rule.method().equals(endpoint.method())
								&& rule.pattern().equals(endpoint.pattern()))
					: EndpointPolicy.PUBLIC.stream()
						.anyMatch(open -> parser.parse(open)
							.matches(org.springframework.http.server.PathContainer.parsePath(endpoint.pattern())))
							|| EndpointPolicy.PAGES.contains(endpoint.pattern())
							|| EndpointPolicy.SIGN_IN.contains(endpoint.pattern()));
			if (!ruled) {
				missing.add(endpoint);
			}
		}
		return missing;
	}

	@Test
	void everyMappedEndpointHasAnExplicitRule() {
		List<Endpoint> endpoints = mapped();

		assertThat(endpoints).as("mapped endpoints found").hasSizeGreaterThan(EndpointPolicy.API.size());
		assertThat(unruled(endpoints)).isEmpty();
	}

	@Test
	void everyApiRuleStillHasItsEndpoint() {
		List<Endpoint> endpoints = mapped();

		assertThat(EndpointPolicy.API)
			.allSatisfy(rule -> assertThat(endpoints).contains(new Endpoint(rule.method(), rule.pattern())));
	}

	@Test
	void anEndpointWithoutARuleIsReported() {
		List<Endpoint> withNewcomer = new ArrayList<>(mapped());
		withNewcomer.add(new Endpoint(HttpMethod.DELETE, "/api/agents/meetings/{id}"));
		withNewcomer.add(new Endpoint(HttpMethod.GET, "/admin/secret-page"));

		assertThat(unruled(withNewcomer)).containsExactlyInAnyOrder(
				new Endpoint(HttpMethod.DELETE, "/api/agents/meetings/{id}"),
				new Endpoint(HttpMethod.GET, "/admin/secret-page"));
	}

}
