package se.postboxen.kollegan.bot.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;
import org.springframework.util.AntPathMatcher;
import org.yaml.snakeyaml.Yaml;
import se.postboxen.kollegan.bot.security.EndpointPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Helm chart {@code infra/helm/kollegan} as Helm itself reads it (helm-java runs
 * Helm's Go library; no CLI, no cluster): it lints, its values schema holds, and what it
 * renders with the defaults and with production-like values is what several stateless
 * replicas need. Both renderings are kept in {@code target/helm/} for CI, where
 * {@code .ci/image.sh} checks every object against the Kubernetes schemas.
 */
class HelmChartTests {

	private static final Path CHART = Path.of("..", "infra", "helm", "kollegan");

	private static final Path PRODUCTION_VALUES = CHART.resolve("ci").resolve("production-values.yaml");

	private static final Path RENDERED = Path.of("target", "helm");

	/** The Kubernetes version rendered for; the chart asks for 1.25 or newer. */
	private static final String KUBERNETES = "1.31.0";

	/** What a secret's environment variable looks like; none may carry a value. */
	private static final List<String> SECRET_WORDS = List.of("SECRET", "PASSWORD", "TOKEN", "_KEY", "DSN",
			"DATABASE_URL", "REDIS_URL");

	@Test
	void lintsWithoutWarnings() {
		LintResult lint = new Helm(CHART).lint().strict().call();

		assertThat(lint.isFailed()).as("helm lint --strict: %s", lint.getMessages()).isFalse();
	}

	@Test
	void defaultsRunAtLeastTwoReplicasThroughTheAutoscaler() throws IOException {
		Rendered chart = render("kollegan.yaml", null);

		Map<String, Object> hpa = chart.one("HorizontalPodAutoscaler");
		assertThat((int) at(hpa, "spec", "minReplicas")).isGreaterThanOrEqualTo(2);
		assertThat(at(hpa, "spec", "scaleTargetRef", "name"))
			.isEqualTo(at(chart.one("Deployment"), "metadata", "name"));
		Map<String, Object> spec = map(at(chart.one("Deployment"), "spec"));
		assertThat(spec).as("the autoscaler owns the count").doesNotContainKey("replicas");
		assertThat(chart.kinds())
			.contains("ConfigMap", "Service", "ServiceAccount", "PodDisruptionBudget", "NetworkPolicy")
			.doesNotContain("Secret", "Ingress", "ServiceMonitor", "Job");
	}

	@Test
	void productionValuesRenderTheFixedReplicasIngressAndServiceMonitor() throws IOException {
		Rendered chart = render("kollegan-production.yaml", PRODUCTION_VALUES);

		Map<String, Object> deployment = chart.one("Deployment");
		assertThat(at(deployment, "spec", "replicas")).isEqualTo(3);
		assertThat(at(deployment, "spec", "strategy", "rollingUpdate", "maxUnavailable")).isEqualTo(0);
		assertThat(container(deployment).get("image")).isEqualTo(
				"ghcr.io/postboxen/kollegan@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
		assertThat(chart.kinds()).doesNotContain("HorizontalPodAutoscaler");
		assertThat(at(chart.one("PodDisruptionBudget"), "spec", "minAvailable")).isEqualTo(1);

		Map<String, Object> rule = objects(at(chart.one("Ingress"), "spec", "rules")).get(0);
		assertThat(rule.get("host")).isEqualTo("kollegan.kommun-a.se");
		Map<String, Object> path = objects(at(rule, "http", "paths")).get(0);
		assertThat(at(path, "backend", "service", "name")).isEqualTo(at(chart.one("Service"), "metadata", "name"));
		assertThat(at(path, "backend", "service", "port", "name")).isEqualTo("http");

		Map<String, Object> endpoint = objects(at(chart.one("ServiceMonitor"), "spec", "endpoints")).get(0);
		assertThat(endpoint).containsEntry("port", "http").containsEntry("path", "/actuator/prometheus");
	}

	@Test
	void productionModeTakesDatabaseRedisAndSecretsFromTheExistingSecretOnly() throws IOException {
		Rendered chart = render("kollegan-production.yaml", PRODUCTION_VALUES);

		Map<String, Object> config = chart.one("ConfigMap");
		assertThat(at(config, "data", "KOLLEGAN_MODE")).isEqualTo("production");
		Map<String, Object> container = container(chart.one("Deployment"));
		List<Map<String, Object>> envFrom = objects(container.get("envFrom"));
		assertThat(envFrom).extracting((source) -> at(source, "configMapRef", "name"))
			.contains(at(config, "metadata", "name"));
		assertThat(envFrom).extracting((source) -> at(source, "secretRef", "name")).contains("kollegan-production");

		assertThat(chart.kinds()).doesNotContain("Secret");
		Map<String, Object> data = map(config.get("data"));
		List<String> literals = new ArrayList<>(data.keySet());
		objects(container.get("env")).forEach((variable) -> literals.add((String) variable.get("name")));
		assertThat(literals).noneMatch(HelmChartTests::namesASecret);
	}

	@Test
	void valuesSchemaRefusesASecretInTheConfigMap() {
		assertThatThrownBy(() -> new Helm(CHART).template()
			.withKubeVersion(KUBERNETES)
			.withName("kollegan")
			.set("config.KOLLEGAN_INBOUND_SECRET", "not-here")
			.call()).hasMessageContaining("KOLLEGAN_INBOUND_SECRET");
		assertThatThrownBy(() -> new Helm(CHART).template()
			.withKubeVersion(KUBERNETES)
			.withName("kollegan")
			.set("config.DATABASE_URL", "postgres://kollegan:pw@db:5432/kollegan")
			.call()).hasMessageContaining("DATABASE_URL");
		assertThatThrownBy(() -> new Helm(CHART).template().withKubeVersion(KUBERNETES).set("replicaCount", 1).call())
			.hasMessageContaining("replicaCount");
	}

	@Test
	void probesAskActuatorOnTheServedPortWithoutSigningIn() throws IOException {
		Map<String, Object> container = container(render("kollegan.yaml", null).one("Deployment"));

		Map<String, Object> http = objects(container.get("ports")).get(0);
		assertThat(http).containsEntry("name", "http");
		assertThat(objects(container.get("env"))).as("Actuator answers on the server's port")
			.contains(Map.of("name", "SERVER_PORT", "value", http.get("containerPort").toString()));
		assertThat(at(container, "startupProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
		assertThat(at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
		assertThat(at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
		AntPathMatcher paths = new AntPathMatcher();
		for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
			assertThat(at(container, probe, "httpGet", "port")).isEqualTo("http");
			String path = (String) at(container, probe, "httpGet", "path");
			assertThat(EndpointPolicy.PUBLIC).as("%s is reachable without a token", path)
				.anyMatch((pattern) -> paths.match(pattern, path));
		}
	}

	@Test
	void podsRunAsNonRootOnAReadOnlyRootFilesystemWithAWritableTmp() throws IOException {
		Map<String, Object> deployment = render("kollegan.yaml", null).one("Deployment");
		Map<String, Object> pod = map(at(deployment, "spec", "template", "spec"));
		Map<String, Object> container = container(deployment);

		assertThat(at(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
		assertThat((int) at(pod, "securityContext", "runAsUser")).isPositive();
		assertThat(pod.get("automountServiceAccountToken")).isEqualTo(false);
		assertThat(at(container, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
		assertThat(at(container, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
		assertThat(at(container, "securityContext", "capabilities", "drop")).isEqualTo(List.of("ALL"));
		assertThat(objects(container.get("volumeMounts"))).extracting((mount) -> mount.get("mountPath"))
			.containsExactly("/tmp");
		assertThat(at(container, "resources", "requests")).isNotNull();
		assertThat(at(container, "resources", "limits", "memory")).isNotNull();
	}

	@Test
	void networkPolicyAdmitsTheIngressAndMonitoringAndLetsOutOnlyTheNamedPorts() throws IOException {
		Rendered chart = render("kollegan.yaml", null);
		Map<String, Object> policy = chart.one("NetworkPolicy");

		assertThat(at(policy, "spec", "policyTypes")).isEqualTo(List.of("Ingress", "Egress"));
		assertThat(at(policy, "spec", "podSelector", "matchLabels"))
			.isEqualTo(at(chart.one("Deployment"), "spec", "selector", "matchLabels"));
		Map<String, Object> ingress = objects(at(policy, "spec", "ingress")).get(0);
		assertThat(objects(ingress.get("ports"))).containsExactly(Map.of("port", "http", "protocol", "TCP"));
		assertThat(objects(ingress.get("from"))).hasSize(2);
		List<Object> egressPorts = objects(at(policy, "spec", "egress")).stream()
			.flatMap((rule) -> objects(rule.get("ports")).stream())
			.map((port) -> port.get("port"))
			.toList();
		assertThat(egressPorts).containsExactlyInAnyOrder(53, 53, 5432, 6379, 6380, 587, 465, 443);
	}

	private static boolean namesASecret(String variable) {
		return SECRET_WORDS.stream().anyMatch(variable::contains);
	}

	/**
	 * Renders the chart (with the given values file, or the defaults) and keeps the
	 * result in {@code target/helm/}.
	 */
	private static Rendered render(String name, Path values) throws IOException {
		var template = new Helm(CHART).template()
			.withKubeVersion(KUBERNETES)
			.withName("kollegan")
			.withNamespace("kollegan");
		if (values != null) {
			template.withValuesFile(values);
		}
		String yaml = template.call();
		Files.createDirectories(RENDERED);
		Files.writeString(RENDERED.resolve(name), yaml);
		List<Map<String, Object>> objects = new ArrayList<>();
		for (Object document : new Yaml().loadAll(yaml)) {
			if (document != null) {
				objects.add(map(document));
			}
		}
		return new Rendered(objects);
	}

	private static Map<String, Object> container(Map<String, Object> deployment) {
		return objects(at(deployment, "spec", "template", "spec", "containers")).get(0);
	}

	/** The value at a path of keys, or null where the path ends early. */
	private static Object at(Map<String, Object> object, String... path) {
		Object current = object;
		for (String key : path) {
			current = (current instanceof Map<?, ?> map) ? map.get(key) : null;
		}
		return current;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) Objects.requireNonNull(value, "an object");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> objects(Object value) {
		return (List<Map<String, Object>>) Objects.requireNonNull(value, "a list of objects");
	}

	private record Rendered(List<Map<String, Object>> objects) {

		List<String> kinds() {
			return this.objects.stream().map((object) -> (String) object.get("kind")).toList();
		}

		Map<String, Object> one(String kind) {
			List<Map<String, Object>> found = this.objects.stream()
				.filter((object) -> kind.equals(object.get("kind")))
				.toList();
			assertThat(found).as("one %s", kind).hasSize(1);
			return found.get(0);
		}

	}

}
