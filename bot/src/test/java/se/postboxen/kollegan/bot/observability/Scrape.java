package se.postboxen.kollegan.bot.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.postboxen.kollegan.bot.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One scrape of {@code /actuator/prometheus}, read as Prometheus reads its text format:
 * samples with their labels and value, and the type of each metric family.
 */
final class Scrape {

	/** One line of the scrape. */
	record Sample(String name, Map<String, String> labels, double value) {

	}

	private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})? (\\S+)(?: \\d+)?");

	private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

	private static final Pattern TYPE = Pattern.compile("# TYPE (\\S+) (\\S+)");

	private final List<Sample> samples = new ArrayList<>();

	private final Map<String, String> types = new HashMap<>();

	private Scrape(String text) {
		for (String line : text.lines().toList()) {
			Matcher type = TYPE.matcher(line);
			if (type.matches()) {
				this.types.put(type.group(1), type.group(2));
			}
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			Matcher sample = SAMPLE.matcher(line);
			assertThat(sample.matches()).as("a sample line: %s", line).isTrue();
			Map<String, String> labels = new LinkedHashMap<>();
			if (sample.group(2) != null) {
				Matcher label = LABEL.matcher(sample.group(2));
				int end = 0;
				while (label.find() && label.start() == end) {
					labels.put(label.group(1), label.group(2));
					end = label.end();
				}
				assertThat(end).as("labels read to the end: %s", line).isEqualTo(sample.group(2).length());
			}
			this.samples.add(new Sample(sample.group(1), labels, value(sample.group(3))));
		}
	}

	/** Prometheus writes infinities as {@code +Inf} and {@code -Inf}. */
	private static double value(String text) {
		return Double.parseDouble(text.endsWith("Inf") ? text.replace("Inf", "Infinity") : text);
	}

	/** Scrapes the server, and keeps the text in target/ for a person to read. */
	static Scrape of(int port) {
		String text = Api.anonymous(port).get("/actuator/prometheus").body();
		try {
			Files.writeString(Path.of("target", "prometheus-scrape.txt"), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Scrape(text);
	}

	List<Sample> samples() {
		return this.samples;
	}

	/**
	 * The names of every sample line: {@code _bucket}, {@code _count}, {@code _total} …
	 */
	Set<String> sampleNames() {
		Set<String> names = new TreeSet<>();
		this.samples.forEach(sample -> names.add(sample.name()));
		return names;
	}

	/** The family's type ({@code counter}, {@code gauge}, {@code histogram} …). */
	String type(String family) {
		return this.types.getOrDefault(family, "absent");
	}

	/** The samples of a name whose labels include all of {@code labels}. */
	List<Sample> find(String name, Map<String, String> labels) {
		return this.samples.stream()
			.filter(sample -> sample.name().equals(name))
			.filter(sample -> sample.labels().entrySet().containsAll(labels.entrySet()))
			.toList();
	}

	/** The sum of the values of those samples. */
	double sum(String name, Map<String, String> labels) {
		return find(name, labels).stream().mapToDouble(Sample::value).sum();
	}

}
