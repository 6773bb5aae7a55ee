import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * Slack command acknowledgement against a bare GET, in the same run (issue 7, must show
 * 5). Run by bench/slack-ack.sh against the real jar. Three phases, each SECONDS long:
 * the most bare GETs/s and the most signed /kollegan commands/s with THREADS closed-loop
 * clients, then commands at half that rate, open loop, for the acknowledgement latency
 * measured from when each request was due (so a stall counts, not hides).
 * Answers to the commands go to a local sink standing in for Slack's response URLs.
 */
public class SlackAck {

	static final String SECRET = "kollegan-demo-slack-signing-secret";

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int sinkPort = Integer.parseInt(args[1]);
		int threads = Integer.parseInt(args[2]);
		Duration phase = Duration.ofSeconds(Long.parseLong(args[3]));
		HttpServer sink = HttpServer.create(new InetSocketAddress("127.0.0.1", sinkPort), 100);
		sink.createContext("/", exchange -> {
			exchange.getRequestBody().readAllBytes();
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		sink.setExecutor(Executors.newFixedThreadPool(2));
		sink.start();
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		String sinkUrl = "http://127.0.0.1:" + sinkPort + "/commands/T0DEMO00A/bench";

		// Warm-up: JIT and connection pools, not measured.
		closedLoop(http, () -> get(base), threads, Duration.ofSeconds(5));
		closedLoop(http, () -> command(base, sinkUrl), threads, Duration.ofSeconds(5));

		double getRate = closedLoop(http, () -> get(base), threads, phase);
		double commandRate = closedLoop(http, () -> command(base, sinkUrl), threads, phase);
		List<Long> latencies = openLoop(http, () -> command(base, sinkUrl), commandRate / 2, phase);
		Collections.sort(latencies);
		System.out.printf("bare GET /actuator/health/liveness: %.0f req/s (%d clients)%n", getRate, threads);
		System.out.printf("signed Slack /kollegan help: %.0f acks/s (%d clients)%n", commandRate, threads);
		System.out.printf("ratio: %.2f (goal >= 0.30)%n", commandRate / getRate);
		System.out.printf("at %.0f acks/s (half the maximum), %d requests: p50 %d ms, p99 %d ms (goal <= 300 ms)%n",
				commandRate / 2, latencies.size(), percentile(latencies, 0.50), percentile(latencies, 0.99));
		sink.stop(0);
		System.exit(0);
	}

	interface Request {

		HttpRequest build() throws Exception;

	}

	static HttpRequest get(String base) {
		return HttpRequest.newBuilder(URI.create(base + "/actuator/health/liveness")).GET().build();
	}

	static HttpRequest command(String base, String responseUrl) throws Exception {
		String body = "token=bench&team_id=T0DEMO00A&team_domain=kommun-a&channel_id=C0BENCH&channel_name=bench"
				+ "&user_id=U0BENCH&user_name=bench&command=%2Fkollegan&text=help&api_app_id=A0KOLLEGAN"
				+ "&response_url=" + URLEncoder.encode(responseUrl, StandardCharsets.UTF_8) + "&trigger_id="
				+ UUID.randomUUID();
		String timestamp = Long.toString(System.currentTimeMillis() / 1000);
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		String signature = "v0=" + HexFormat.of()
			.formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
		return HttpRequest.newBuilder(URI.create(base + "/slack/events"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Slack-Request-Timestamp", timestamp)
			.header("X-Slack-Signature", signature)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	/** Completed requests per second with this many clients each waiting for its answer. */
	static double closedLoop(HttpClient http, Request request, int threads, Duration length) throws Exception {
		AtomicLong done = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		AtomicBoolean running = new AtomicBoolean(true);
		List<Thread> clients = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			Thread client = new Thread(() -> {
				while (running.get()) {
					try {
						HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
						(response.statusCode() == 200 ? done : failed).incrementAndGet();
					}
					catch (Exception ex) {
						failed.incrementAndGet();
					}
				}
			});
			client.start();
			clients.add(client);
		}
		long start = System.nanoTime();
		Thread.sleep(length.toMillis());
		running.set(false);
		long elapsed = System.nanoTime() - start;
		for (Thread client : clients) {
			client.join();
		}
		if (failed.get() > 0) {
			System.out.println("  (" + failed.get() + " requests failed or were not 200)");
		}
		return done.get() / (elapsed / 1e9);
	}

	/**
	 * Requests sent at a fixed rate whatever the answers do; each latency is from when the
	 * request was due to when its answer arrived.
	 */
	static List<Long> openLoop(HttpClient http, Request request, double rate, Duration length) throws Exception {
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		List<CompletableFuture<?>> inFlight = new ArrayList<>();
		long interval = (long) (1e9 / rate);
		long start = System.nanoTime();
		long end = start + length.toNanos();
		for (long due = start; due < end; due += interval) {
			long wait = due - System.nanoTime();
			if (wait > 0) {
				Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
			}
			long scheduled = due;
			inFlight.add(http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
				.thenAccept(response -> latencies.add((System.nanoTime() - scheduled) / 1_000_000)));
		}
		CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
		return new ArrayList<>(latencies);
	}

	static long percentile(List<Long> sorted, double p) {
		return sorted.isEmpty() ? -1 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
	}

}
