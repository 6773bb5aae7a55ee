package se.postboxen.kollegan.bot;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser for sign-in flows: follows nothing by itself (so each hop can be
 * checked), keeps cookies per name, and remembers every {@code Set-Cookie} it saw. It
 * sends cookies marked Secure over plain HTTP as browsers do for {@code localhost}.
 */
public final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private final List<String> setCookies = new ArrayList<>();

	public Browser(int port) {
		this.base = "http://localhost:" + port;
	}

	public HttpResponse<String> get(String pathOrUrl) {
		return send(HttpRequest.newBuilder(resolve(pathOrUrl)).header("Accept", "text/html").GET());
	}

	public HttpResponse<String> postForm(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(resolve(path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Signs in through the dashboard's OpenID Connect authorization-code flow against the
	 * development identity provider, checking each hop.
	 * @return the page the flow ends on
	 * @throws IllegalStateException when a hop is not what the flow promises
	 */
	public HttpResponse<String> signIn(String email, String password) {
		HttpResponse<String> start = get("/");
		String location = start.headers().firstValue("Location").orElse("");
		if (start.statusCode() != 302 || !location.endsWith("/oauth2/authorization/kollegan")) {
			throw new IllegalStateException("the start page did not send to sign in: " + start.statusCode());
		}
		HttpResponse<String> loginPage = follow(start);
		if (loginPage.statusCode() != 200 || !loginPage.body().contains("Logga in")) {
			throw new IllegalStateException("no sign-in form: " + loginPage.statusCode());
		}
		return follow(
				postForm("/idp/login", Map.of("username", email, "password", password, "_csrf", csrf(loginPage))));
	}

	/**
	 * The CSRF token of the page's form.
	 * @throws IllegalStateException when the page has none
	 */
	public static String csrf(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF field in the page");
		}
		return matcher.group(1);
	}

	/**
	 * Follows redirects from {@code response} until a non-redirect answer, at most ten
	 * hops.
	 */
	public HttpResponse<String> follow(HttpResponse<String> response) {
		HttpResponse<String> current = response;
		for (int hop = 0; hop < 10 && current.statusCode() / 100 == 3; hop++) {
			current = get(current.headers().firstValue("Location").orElseThrow());
		}
		return current;
	}

	public List<String> setCookies() {
		return List.copyOf(this.setCookies);
	}

	private URI resolve(String pathOrUrl) {
		return pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : URI.create(this.base + pathOrUrl);
	}

	private HttpResponse<String> send(HttpRequest.Builder builder) {
		if (!this.cookies.isEmpty()) {
			builder.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map(e -> e.getKey() + "=" + e.getValue())
						.collect(Collectors.joining("; ")));
		}
		try {
			HttpResponse<String> response = this.client.send(builder.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			for (String header : response.headers().allValues("Set-Cookie")) {
				this.setCookies.add(header);
				String pair = header.split(";", 2)[0];
				int eq = pair.indexOf('=');
				this.cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
			}
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
