package se.postboxen.kollegan.bot.observability;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.bot.KolleganIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/**
 * The alerts, recording rules and dashboards under infra/ against the metrics the
 * application really exports: a metric renamed in code must fail here, not silently leave
 * an alert that can never fire or a panel that shows nothing. Also that every dashboard
 * loads (valid JSON, a uid, unique panel ids) and every alert links to a runbook that
 * exists.
 */
@KolleganIntegrationTest
@WithLanguageModel
class MetricNamesIntegrationTests {

	private static final Path INFRA = Path.of("..", "infra");

	private static final Path RULES = INFRA.resolve("prometheus/alerts.yml");

	private static final Path DASHBOARDS = INFRA.resolve("grafana/dashboards");

	private static final Path RUNBOOKS = Path.of("..", "docs", "runbooks");

	/** Series Prometheus makes itself, never in a scrape. */
	private static final Set<String> PROMETHEUS_OWN = Set.of("up");

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	Scrape scrape;

	@BeforeEach
	void scrape() {
		Traffic.through(this.port);
		this.scrape = Scrape.of(this.port);
	}

	@Test
	void everyMetricTheRulesUseIsExported() throws IOException {
		List<Map<String, Object>> rules = rules();
		Set<String> recorded = new TreeSet<>();
		rules.stream()
			.filter(rule -> rule.containsKey("record"))
			.forEach(rule -> recorded.add((String) rule.get("record")));
		assertThat(recorded).as("recording rules").isNotEmpty();
		Map<String, String> expressions = new TreeMap<>();
		rules.forEach(rule -> expressions.put(String.valueOf(rule.getOrDefault("alert", rule.get("record"))),
				(String) rule.get("expr")));

		assertExported(expressions, recorded);
	}

	@Test
	void everyMetricTheDashboardsUseIsExported() throws IOException {
		Set<String> recorded = new TreeSet<>();
		rules().stream()
			.filter(rule -> rule.containsKey("record"))
			.forEach(rule -> recorded.add((String) rule.get("record")));
		Map<String, String> expressions = new TreeMap<>();
		for (Path file : dashboards()) {
			for (JsonNode panel : panels(json.readTree(file.toFile()))) {
				for (JsonNode target : panel.path("targets")) {
					expressions.put(file.getFileName() + " / " + panel.get("title").asString() + " / "
							+ target.get("refId").asString(), target.get("expr").asString());
				}
			}
		}
		assertThat(expressions).as("panel queries").hasSizeGreaterThan(20);

		assertExported(expressions, recorded);
	}

	private void assertExported(Map<String, String> expressions, Set<String> recorded) {
		Set<String> exported = this.scrape.sampleNames();
		List<String> missing = new ArrayList<>();
		expressions.forEach((where, expr) -> {
			Set<String> names = PromQl.metricNames(expr);
			if (names.isEmpty() && !expr.startsWith("vector(")) {
				missing.add(where + ": no metric at all in " + expr);
			}
			for (String name : names) {
				boolean known = name.contains(":") ? recorded.contains(name)
						: exported.contains(name) || PROMETHEUS_OWN.contains(name);
				if (!known) {
					missing.add(where + ": " + name + family(name));
				}
			}
			PromQl.bucketBounds(expr).forEach((bucket, bounds) -> {
				Set<String> published = new HashSet<>();
				this.scrape.find(bucket, Map.of()).forEach(sample -> published.add(sample.labels().get("le")));
				bounds.stream()
					.filter(bound -> !published.contains(bound))
					.forEach(bound -> missing.add(
							where + ": " + bucket + "{le=\"" + bound + "\"}, buckets are " + new TreeSet<>(published)));
			});
		});
		assertThat(missing).as("metrics used but not exported").isEmpty();
	}

	/**
	 * What a missing name's family is exported as, if at all: {@code _bucket} exists for
	 * histograms only, {@code _count} and {@code _sum} for histograms and summaries,
	 * {@code _total} for counters.
	 */
	private String family(String name) {
		for (String suffix : List.of("_bucket", "_count", "_sum", "_max", "_total")) {
			if (name.endsWith(suffix)) {
				String family = name.substring(0, name.length() - suffix.length());
				return " (" + family + " is " + this.scrape.type(family) + ")";
			}
		}
		return " (not exported)";
	}

	@Test
	void everyAlertHasASeveritySummaryDescriptionAndARunbookThatExists() throws IOException {
		List<Map<String, Object>> alerts = rules().stream().filter(rule -> rule.containsKey("alert")).toList();
		assertThat(alerts).as("alerts").hasSizeGreaterThan(10);

		for (Map<String, Object> alert : alerts) {
			String name = (String) alert.get("alert");
			assertThat(name).startsWith("Kollegan");
			@SuppressWarnings("unchecked")
			Map<String, String> labels = (Map<String, String>) alert.get("labels");
			@SuppressWarnings("unchecked")
			Map<String, String> annotations = (Map<String, String>) alert.get("annotations");
			assertThat(labels).as(name).containsKey("severity");
			assertThat(labels.get("severity")).as(name).isIn("critical", "warning");
			assertThat(annotations).as(name).containsKeys("summary", "description", "runbook_url");
			String runbook = annotations.get("runbook_url");
			assertThat(runbook).as(name).matches("https://.+/docs/runbooks/[a-z-]+\\.md");
			assertThat(RUNBOOKS.resolve(runbook.substring(runbook.lastIndexOf('/') + 1))).as(name).isRegularFile();
		}
		assertThat(alerts).extracting(alert -> alert.get("alert"))
			.as("alerts the runbooks name")
			.contains("KolleganDeadLettersGrowing", "KolleganBreakGlassActive")
			.doesNotHaveDuplicates();
	}

	@Test
	void dashboardsAreValidJsonWithAUidAndUniquePanelIds() throws IOException {
		List<Path> files = dashboards();
		assertThat(files).extracting(file -> file.getFileName().toString())
			.containsExactlyInAnyOrder("api.json", "jobs.json", "meetings.json", "llm-cost.json");
		Set<String> uids = new HashSet<>();

		for (Path file : files) {
			JsonNode dashboard = json.readTree(file.toFile());
			String uid = dashboard.path("uid").asString("");
			assertThat(uid).as("%s uid", file).matches("[a-z0-9-]{1,40}");
			assertThat(uids.add(uid)).as("%s uid unique", file).isTrue();
			assertThat(dashboard.path("title").asString("")).as("%s title", file).startsWith("Kollegan");
			List<Integer> ids = new ArrayList<>();
			for (JsonNode panel : panels(dashboard)) {
				ids.add(panel.path("id").asInt(-1));
				assertThat(panel.has("gridPos")).as("%s panel %s placed", file, panel.path("title")).isTrue();
				if (!panel.path("type").asString().equals("row")) {
					assertThat(panel.path("targets")).as("%s panel %s queries", file, panel.path("title")).isNotEmpty();
				}
			}
			assertThat(ids).as("%s panel ids", file).doesNotContain(-1).doesNotHaveDuplicates();
		}
	}

	@Test
	void provisioningLoadsTheDashboardsFromAPrometheusDatasource() throws IOException {
		Map<String, Object> datasources = yaml(INFRA.resolve("grafana/provisioning/datasources/prometheus.yml"));
		assertThat(datasources.get("datasources")).asInstanceOf(LIST)
			.anySatisfy(datasource -> assertThat(datasource).asInstanceOf(MAP).containsEntry("type", "prometheus"));
		Map<String, Object> dashboards = yaml(INFRA.resolve("grafana/provisioning/dashboards/kollegan.yml"));
		assertThat(dashboards.get("providers")).asInstanceOf(LIST)
			.singleElement()
			.asInstanceOf(MAP)
			.containsEntry("type", "file");
	}

	/** Every rule of every group. */
	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> rules() throws IOException {
		List<Map<String, Object>> rules = new ArrayList<>();
		for (Map<String, Object> group : (List<Map<String, Object>>) yaml(RULES).get("groups")) {
			rules.addAll((List<Map<String, Object>>) group.get("rules"));
		}
		return rules;
	}

	private static Map<String, Object> yaml(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file)) {
			return new Yaml().load(reader);
		}
	}

	private static List<Path> dashboards() throws IOException {
		try (Stream<Path> files = Files.list(DASHBOARDS)) {
			return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
		}
	}

	/** The dashboard's panels, and the panels of its collapsed rows. */
	private static List<JsonNode> panels(JsonNode dashboard) {
		List<JsonNode> panels = new ArrayList<>();
		for (JsonNode panel : dashboard.path("panels")) {
			panels.add(panel);
			panel.path("panels").forEach(panels::add);
		}
		return panels;
	}

}
