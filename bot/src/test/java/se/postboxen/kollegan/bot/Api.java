package se.postboxen.kollegan.bot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Raw HTTP against the running application, so that tests send exactly the bytes and
 * headers a client would (malformed JSON, wrong content types, huge bodies). Signed in as
 * a demo client, it fetches a real token from the development identity provider with the
 * client-credentials grant, as a script would.
 */
public final class Api {

	/** The documented secret of every demo client. */
	public static final String DEMO_SECRET = "demo";

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Map<String, String> tokens = new ConcurrentHashMap<>();

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private final @Nullable String token;

	private Api(String base, @Nullable String token) {
		this.base = base;
		this.token = token;
	}

	/** Without credentials. */
	public static Api anonymous(int port) {
		return new Api("http://localhost:" + port, null);
	}

	/**
	 * As a demo client such as {@code demo-a-member}, with a token fetched once per
	 * server.
	 */
	public static Api as(int port, String clientId) {
		Api anonymous = anonymous(port);
		String token = tokens.computeIfAbsent(port + "/" + clientId, key -> anonymous.fetchToken(clientId));
		return new Api(anonymous.base, token);
	}

	/** As a demo client, with a new token: for a server that restarted with a new key. */
	public static Api signIn(int port, String clientId) {
		Api anonymous = anonymous(port);
		return new Api(anonymous.base, anonymous.fetchToken(clientId));
	}

	/** With a token of the caller's choosing (forged, expired, from elsewhere …). */
	public static Api withToken(int port, String token) {
		return new Api("http://localhost:" + port, token);
	}

	public HttpResponse<String> tokenRequest(String clientId, String secret) {
		String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		return send(request("/oauth2/token", "Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("grant_type=client_credentials")));
	}

	private String fetchToken(String clientId) {
		HttpResponse<String> response = tokenRequest(clientId, DEMO_SECRET);
		if (response.statusCode() != 200) {
			throw new IllegalStateException("No token for " + clientId + ": HTTP " + response.statusCode());
		}
		return json(response).get("access_token").asString();
	}

	public @Nullable String token() {
		return this.token;
	}

	public HttpResponse<String> get(String path, String... headers) {
		return send(request(path, headers).GET());
	}

	public HttpResponse<String> postJson(String path, String body, String... headers) {
		return post(path, "application/json", BodyPublishers.ofString(body, StandardCharsets.UTF_8), headers);
	}

	public HttpResponse<String> putJson(String path, String body, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/json")
			.PUT(BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	public HttpResponse<String> post(String path, String contentType, BodyPublisher body, String... headers) {
		return send(request(path, headers).header("Content-Type", contentType).POST(body));
	}

	public HttpResponse<String> method(String method, String path, String contentType, byte[] body, String... headers) {
		return send(request(path, headers).header("Content-Type", contentType)
			.method(method, BodyPublishers.ofByteArray(body)));
	}

	public HttpResponse<String> method(String method, String path, String... headers) {
		return send(request(path, headers).method(method, BodyPublishers.noBody()));
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30));
		List<String> names = new ArrayList<>();
		for (int i = 0; i + 1 < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
			names.add(headers[i].toLowerCase(java.util.Locale.ROOT));
		}
		if (this.token != null && !names.contains("authorization")) {
			builder.header("Authorization", "Bearer " + this.token);
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest.Builder builder) {
		try {
			return this.client.send(builder.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static JsonNode json(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

	public static String toJson(Map<String, ?> body) {
		return json.writeValueAsString(body);
	}

}
