import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server time of the dashboard overview (issue 9, must show 4). Run by bench/overview.sh
 * against the real jar with a seeded database and signed-in sessions. Each page is asked
 * for by CLIENTS closed-loop clients (each sends its next request when the last answer
 * is in); latency is from sending to the last byte of the answer. After a warm-up of
 * every page, the pages take turns in ROUNDS rounds, so that a burst of load from others
 * on the shared machine falls on all of them alike. The baseline is a server-rendered page
 * that reads nothing, asked for with the same session cookie in the same run.
 */
public class Overview {

	private static final Pattern CAPTION_COUNT = Pattern.compile("<span>([\\d\\s\u00a0]+) möten</span>");

	record Page(String label, String path, String cookie, boolean htmx) {

		HttpRequest request(String base) {
			HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + this.path)).GET();
			if (!this.path.startsWith("/actuator")) {
				builder.header("Accept", "text/html");
			}
			if (!this.cookie.isEmpty()) {
				builder.header("Cookie", "KOLLEGAN_SESSION=" + this.cookie);
			}
			if (this.htmx) {
				builder.header("HX-Request", "true");
			}
			return builder.build();
		}

	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String admin = args[1];
		String member = args[2];
		String smallTenantAdmin = args[3];
		int clients = Integer.parseInt(args[4]);
		int requests = Integer.parseInt(args[5]);
		int rounds = Integer.parseInt(args[6]);
		int warmUp = Integer.parseInt(args[7]);
		Page baseline = new Page("baseline: GET /privacy (signed in, reads nothing)", "/privacy", admin, false);
		List<Page> pages = List.of(new Page("GET /actuator/health/liveness", "/actuator/health/liveness", "", false),
				baseline,
				new Page("overview, small tenant (demo-b admin)", "/", smallTenantAdmin, false),
				new Page("overview, admin (whole tenant)", "/", admin, false),
				new Page("overview, admin, htmx ?status=SCHEDULED", "/?status=SCHEDULED", admin, true),
				new Page("overview, member", "/", member, false),
				new Page("overview, member, htmx ?platform=TEAMS", "/?platform=TEAMS", member, true));
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

		for (Page page : pages) {
			HttpResponse<String> response = http.send(page.request(base),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() != 200) {
				throw new IllegalStateException(page.label() + ": " + response.statusCode() + " (signed out?)");
			}
			if (page.path().startsWith("/?") || page.path().equals("/")) {
				Matcher total = CAPTION_COUNT.matcher(response.body());
				System.out.printf("%-50s %3d rows shown of %s meetings in the week, %,d bytes%n", page.label(),
						count(response.body(), "data-meeting-id="),
						total.find() ? total.group(1).replaceAll("\\s", "") : "0", response.body().length());
			}
		}
		for (Page page : pages) {
			run(http, base, page, clients, warmUp);
		}
		List<List<Long>> latencies = new ArrayList<>();
		pages.forEach(page -> latencies.add(new ArrayList<>()));
		long[] busy = new long[pages.size()];
		long started = System.nanoTime();
		for (int round = 0; round < rounds; round++) {
			for (int i = 0; i < pages.size(); i++) {
				long start = System.nanoTime();
				latencies.get(i).addAll(run(http, base, pages.get(i), clients, requests / rounds));
				busy[i] += System.nanoTime() - start;
			}
		}
		long baselineP95 = percentile(sorted(latencies.get(pages.indexOf(baseline))), 0.95);
		System.out.printf("%n%d clients, %d requests a page in %d rounds after %d to warm up, %.0f s%n", clients,
				requests, rounds, warmUp, (System.nanoTime() - started) / 1e9);
		System.out.printf("%-50s %9s %7s %9s %9s %9s %14s%n", "page", "requests", "req/s", "p50 ms", "p95 ms",
				"p99 ms", "p95/baseline");
		for (int i = 0; i < pages.size(); i++) {
			List<Long> sorted = sorted(latencies.get(i));
			System.out.printf("%-50s %9d %7.0f %9.1f %9.1f %9.1f %14.1f%n", pages.get(i).label(), sorted.size(),
					sorted.size() / (busy[i] / 1e9), percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.95) / 1e6,
					percentile(sorted, 0.99) / 1e6, (double) percentile(sorted, 0.95) / baselineP95);
		}
		System.exit(0);
	}

	/** Latencies in nanoseconds of this many requests shared among the clients. */
	static List<Long> run(HttpClient http, String base, Page page, int clients, int requests) throws Exception {
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicInteger left = new AtomicInteger(requests);
		AtomicLong failed = new AtomicLong();
		HttpRequest request = page.request(base);
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			Thread client = new Thread(() -> {
				while (left.getAndDecrement() > 0) {
					long start = System.nanoTime();
					try {
						HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
						latencies.add(System.nanoTime() - start);
						if (response.statusCode() != 200) {
							failed.incrementAndGet();
						}
					}
					catch (Exception ex) {
						failed.incrementAndGet();
					}
				}
			});
			client.start();
			threads.add(client);
		}
		for (Thread client : threads) {
			client.join();
		}
		if (failed.get() > 0) {
			throw new IllegalStateException(page.label() + ": " + failed.get() + " requests failed or were not 200");
		}
		return new ArrayList<>(latencies);
	}

	static List<Long> sorted(List<Long> values) {
		List<Long> copy = new ArrayList<>(values);
		Collections.sort(copy);
		return copy;
	}

	static long percentile(List<Long> sorted, double p) {
		return sorted.isEmpty() ? -1 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
	}

	static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

}
