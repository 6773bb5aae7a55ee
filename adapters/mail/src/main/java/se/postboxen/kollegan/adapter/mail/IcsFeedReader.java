package se.postboxen.kollegan.adapter.mail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

import se.postboxen.kollegan.calendar.CalendarEvent;
import se.postboxen.kollegan.calendar.CalendarFeedException;
import se.postboxen.kollegan.calendar.CalendarFeeds;

/**
 * Fetches a user's ICS feed, safely against server-side request forgery: https only, no
 * credentials in the address, only public addresses (checked on every connection,
 * redirects included, see {@link PublicAddresses}), at most a few redirects each checked
 * again, a size limit and timeouts. Error messages are for the user and never echo the
 * secret address.
 */
public class IcsFeedReader implements CalendarFeeds, AutoCloseable {

	/**
	 * @param allowInternal reach private and loopback addresses over plain http — only
	 * for tests against a local server, never in an application
	 */
	record Policy(long maxBytes, Duration timeout, int maxRedirects, boolean allowInternal) {

		static final Policy DEFAULT = new Policy(5L * 1024 * 1024, Duration.ofSeconds(15), 3, false);

	}

	private final Policy policy;

	private final CloseableHttpClient http;

	public IcsFeedReader() {
		this(Policy.DEFAULT);
	}

	IcsFeedReader(Policy policy) {
		this.policy = policy;
		DnsResolver resolver = policy.allowInternal() ? SystemDefaultDnsResolver.INSTANCE : new PublicAddresses();
		Timeout timeout = Timeout.of(policy.timeout());
		this.http = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDnsResolver(resolver)
				.setDefaultConnectionConfig(
						ConnectionConfig.custom().setConnectTimeout(timeout).setSocketTimeout(timeout).build())
				.build())
			.setDefaultRequestConfig(
					RequestConfig.custom().setResponseTimeout(timeout).setRedirectsEnabled(false).build())
			.disableCookieManagement()
			.disableAuthCaching()
			.setUserAgent("Kollegan calendar sync")
			.build();
	}

	@Override
	public List<CalendarEvent> read(URI feedUrl, Instant from, Duration ahead) {
		String ics = fetch(feedUrl);
		try {
			return IcsCalendars.parse(ics, from, ahead).events();
		}
		catch (UnreadableCalendarException ex) {
			throw new CalendarFeedException(
					"Adressen gav ingen läsbar kalender / The address gave no readable calendar", ex);
		}
	}

	String fetch(URI feedUrl) {
		URI current = feedUrl;
		for (int hop = 0; hop <= this.policy.maxRedirects(); hop++) {
			check(current);
			HttpGet get = new HttpGet(current);
			get.addHeader("Accept", "text/calendar, */*;q=0.5");
			try {
				URI target = current;
				Object result = this.http.execute(get, response -> {
					int status = response.getCode();
					if (status >= 300 && status < 400) {
						Header location = response.getFirstHeader("Location");
						if (location == null) {
							throw new CalendarFeedException(
									"Kalendern svarade med en omdirigering utan mål / The calendar redirected nowhere");
						}
						return target.resolve(location.getValue());
					}
					if (status != 200) {
						throw new CalendarFeedException(
								"Kalendern svarade " + status + " / The calendar answered " + status);
					}
					return body(response.getEntity());
				});
				if (result instanceof String body) {
					return body;
				}
				current = (URI) result;
			}
			catch (PublicAddresses.BlockedAddressException ex) {
				throw blocked(ex);
			}
			catch (IOException ex) {
				throw new CalendarFeedException("Kalendern kunde inte hämtas / The calendar could not be fetched ("
						+ ex.getClass().getSimpleName() + ")", ex);
			}
		}
		throw new CalendarFeedException("För många omdirigeringar / Too many redirects");
	}

	private void check(URI url) {
		String scheme = (url.getScheme() != null) ? url.getScheme().toLowerCase(Locale.ROOT) : "";
		boolean allowed = scheme.equals("https") || (this.policy.allowInternal() && scheme.equals("http"));
		if (!allowed || url.getHost() == null || url.getUserInfo() != null) {
			throw new CalendarFeedException(
					"Kalenderadressen måste vara https utan lösenord / The calendar address must be https without a password");
		}
	}

	private static CalendarFeedException blocked(IOException ex) {
		return new CalendarFeedException(
				"Adressen pekar på ett internt nät och hämtas inte / The address points to an internal network and is not fetched",
				ex);
	}

	private String body(HttpEntity entity) throws IOException {
		if (entity == null) {
			return "";
		}
		if (entity.getContentLength() > this.policy.maxBytes()) {
			throw tooLarge();
		}
		try (InputStream in = entity.getContent()) {
			byte[] bytes = in.readNBytes((int) this.policy.maxBytes() + 1);
			if (bytes.length > this.policy.maxBytes()) {
				throw tooLarge();
			}
			return new String(bytes, StandardCharsets.UTF_8);
		}
	}

	private CalendarFeedException tooLarge() {
		return new CalendarFeedException("Kalendern är större än " + (this.policy.maxBytes() / (1024 * 1024))
				+ " MB / The calendar is larger than the limit");
	}

	@Override
	public void close() throws IOException {
		this.http.close();
	}

}
