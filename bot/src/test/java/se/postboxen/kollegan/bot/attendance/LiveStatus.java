package se.postboxen.kollegan.bot.attendance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import se.postboxen.kollegan.bot.Api;

import static org.awaitility.Awaitility.await;

/** A client of the live status stream, collecting its lines as they come. */
final class LiveStatus {

	private LiveStatus() {
	}

	/** Opens the stream as a demo client and returns once it is live. */
	static Queue<String> open(int port, String clientId) {
		Queue<String> lines = new ConcurrentLinkedQueue<>();
		HttpClient.newHttpClient()
			.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/agents/status/stream"))
				.header("Authorization", "Bearer " + Api.as(port, clientId).token())
				.header("Accept", "text/event-stream")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofLines())
			.thenAccept(response -> response.body().forEach(lines::add));
		await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains(":kollegan"));
		return lines;
	}

}
