package se.postboxen.kollegan.adapter.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * A GET of an address a user gave, safely against server-side request forgery: https
 * only, no credentials in the address, only public addresses (checked on every
 * connection, redirects included, see {@link PublicAddresses}), at most a few redirects
 * each checked again, a size limit read as the body arrives and timeouts. The one guard
 * every fetch of a user's address goes through.
 */
final class GuardedHttp implements AutoCloseable {

	/**
	 * @param allowInternal reach private and loopback addresses (and plain http) — only
	 * for tests against a local server, never in an application
	 * @param tls the TLS context to use, {@code null} for the JVM's (a test trusts its
	 * local server's certificate with it)
	 */
	record Policy(long maxBytes, Duration timeout, int maxRedirects, boolean allowInternal, @Nullable SSLContext tls) {

		Policy(long maxBytes, Duration timeout, int maxRedirects) {
			this(maxBytes, timeout, maxRedirects, false, null);
		}

	}

	/** Why a fetch did not get an answer. */
	enum Failure {

		/** Not https, no host, or a password in the address. */
		NOT_ALLOWED,

		/** The name resolved to an internal address. */
		INTERNAL,

		TOO_LARGE, TOO_MANY_REDIRECTS,

		/** A redirect without a target. */
		REDIRECT_NOWHERE,

		/** No connection, a timeout, a broken answer. */
		UNREACHABLE

	}

	static final class FetchFailedException extends Exception {

		private final Failure failure;

		FetchFailedException(Failure failure, @Nullable Throwable cause) {
			super(failure.name(), cause);
			this.failure = failure;
		}

		Failure failure() {
			return this.failure;
		}

	}

	/**
	 * The final answer after redirects; the body only for a 200.
	 *
	 * @param headers the few response headers callers use, by lower-case name
	 */
	record Answer(int status, URI url, Map<String, String> headers, byte[] body) {

		@Nullable String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

	private static final String[] KEPT_HEADERS = { "etag", "last-modified", "retry-after", "content-type" };

	private final Policy policy;

	private final CloseableHttpClient http;

	GuardedHttp(Policy policy, String userAgent) {
		this.policy = policy;
		DnsResolver resolver = policy.allowInternal() ? SystemDefaultDnsResolver.INSTANCE : new PublicAddresses();
		Timeout timeout = Timeout.of(policy.timeout());
		PoolingHttpClientConnectionManagerBuilder connections = PoolingHttpClientConnectionManagerBuilder.create()
			.setDnsResolver(resolver)
			.setDefaultConnectionConfig(
					ConnectionConfig.custom().setConnectTimeout(timeout).setSocketTimeout(timeout).build());
		if (policy.tls() != null) {
			// A local test server's certificate names no host it answers for; the test
			// policy alone brings its own TLS context.
			connections.setTlsSocketStrategy(
					policy.allowInternal() ? new DefaultClientTlsStrategy(policy.tls(), NoopHostnameVerifier.INSTANCE)
							: new DefaultClientTlsStrategy(policy.tls()));
		}
		this.http = HttpClients.custom()
			.setConnectionManager(connections.build())
			.setDefaultRequestConfig(
					RequestConfig.custom().setResponseTimeout(timeout).setRedirectsEnabled(false).build())
			// The caller decides about trying again: the client's own retry would wait
			// out a
			// Retry-After on a worker thread.
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableAuthCaching()
			.setUserAgent(userAgent)
			.build();
	}

	/** Whether the address may be fetched at all, before any name is resolved. */
	boolean allowed(URI url) {
		String scheme = (url.getScheme() != null) ? url.getScheme().toLowerCase(Locale.ROOT) : "";
		boolean allowedScheme = scheme.equals("https") || (this.policy.allowInternal() && scheme.equals("http"));
		return allowedScheme && url.getHost() != null && url.getUserInfo() == null;
	}

	/** Whether the address's host resolves to public addresses only. */
	boolean resolvesPublicly(URI url) {
		if (this.policy.allowInternal()) {
			return true;
		}
		try {
			new PublicAddresses().resolve(url.getHost());
			return true;
		}
		catch (PublicAddresses.BlockedAddressException ex) {
			return false;
		}
		catch (IOException ex) {
			// A name that does not resolve today may tomorrow; the fetch will say so.
			return true;
		}
	}

	Answer get(URI url, Map<String, String> requestHeaders) throws FetchFailedException {
		URI current = url;
		for (int hop = 0; hop <= this.policy.maxRedirects(); hop++) {
			if (!allowed(current)) {
				throw new FetchFailedException(Failure.NOT_ALLOWED, null);
			}
			HttpGet get = new HttpGet(current);
			requestHeaders.forEach(get::addHeader);
			// Opened rather than handled: closing an answer that was not read to the end
			// drops the connection instead of reading on past the size limit.
			try (ClassicHttpResponse response = this.http.executeOpen(null, get, null)) {
				int status = response.getCode();
				if (status >= 300 && status < 400 && status != 304) {
					Header location = response.getFirstHeader("Location");
					if (location == null) {
						throw new FetchFailedException(Failure.REDIRECT_NOWHERE, null);
					}
					current = current.resolve(location.getValue().strip());
					continue;
				}
				Map<String, String> headers = new HashMap<>();
				for (String name : KEPT_HEADERS) {
					Header header = response.getFirstHeader(name);
					if (header != null) {
						headers.put(name, header.getValue());
					}
				}
				byte[] body = (status == 200) ? body(response.getEntity()) : new byte[0];
				if (body == null) {
					throw new FetchFailedException(Failure.TOO_LARGE, null);
				}
				return new Answer(status, current, Map.copyOf(headers), body);
			}
			catch (PublicAddresses.BlockedAddressException ex) {
				throw new FetchFailedException(Failure.INTERNAL, ex);
			}
			catch (IOException | IllegalArgumentException ex) {
				throw new FetchFailedException(Failure.UNREACHABLE, ex);
			}
		}
		throw new FetchFailedException(Failure.TOO_MANY_REDIRECTS, null);
	}

	long maxBytes() {
		return this.policy.maxBytes();
	}

	/** The body, or {@code null} when it is larger than the limit. */
	private byte @Nullable [] body(@Nullable HttpEntity entity) throws IOException {
		if (entity == null) {
			return new byte[0];
		}
		if (entity.getContentLength() > this.policy.maxBytes()) {
			return null;
		}
		try (InputStream in = entity.getContent()) {
			byte[] bytes = in.readNBytes((int) this.policy.maxBytes() + 1);
			return (bytes.length > this.policy.maxBytes()) ? null : bytes;
		}
	}

	@Override
	public void close() throws IOException {
		this.http.close();
	}

}
