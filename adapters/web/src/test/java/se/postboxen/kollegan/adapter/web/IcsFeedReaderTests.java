package se.postboxen.kollegan.adapter.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.calendar.CalendarEvent;
import se.postboxen.kollegan.calendar.CalendarFeedException;
import se.postboxen.kollegan.calendar.CalendarInvitation;
import se.postboxen.kollegan.calendar.CalendarParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * ICS feeds fetched from a real local HTTP server (with the test-only policy that may
 * reach it), and the SSRF guard of the real policy against internal targets.
 */
class IcsFeedReaderTests {

	private static final Instant FROM = Instant.parse("2027-03-01T00:00:00Z");

	private static final String CALENDAR = """
			BEGIN:VCALENDAR\r
			VERSION:2.0\r
			BEGIN:VEVENT\r
			UID:weekly-1\r
			SUMMARY:Avstämning\r
			DTSTART:20270405T080000Z\r
			DTEND:20270405T090000Z\r
			END:VEVENT\r
			END:VCALENDAR\r
			""";

	private static final CalendarEvent EVENT = new CalendarEvent("weekly-1", null, 0, "Avstämning",
			ZonedDateTime.parse("2027-04-05T08:00:00Z"), ZonedDateTime.parse("2027-04-05T09:00:00Z"), null, null,
			List.of(), List.of(), null, false);

	private HttpServer server;

	private final AtomicInteger requests = new AtomicInteger();

	private String base;

	@BeforeEach
	void localServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/feed.ics", exchange -> {
			this.requests.incrementAndGet();
			byte[] body = fixtureCalendar();
			exchange.getResponseHeaders().add("Content-Type", "text/calendar; charset=utf-8");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.createContext("/moved", exchange -> {
			exchange.getResponseHeaders().add("Location", "/feed.ics");
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		});
		this.server.createContext("/to-file", exchange -> {
			exchange.getResponseHeaders().add("Location", "file:///etc/passwd");
			exchange.sendResponseHeaders(301, -1);
			exchange.close();
		});
		this.server.createContext("/loop", exchange -> {
			exchange.getResponseHeaders().add("Location", "/loop");
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		});
		this.server.createContext("/huge", exchange -> {
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream out = exchange.getResponseBody()) {
				byte[] chunk = new byte[64 * 1024];
				for (int i = 0; i < 40; i++) {
					out.write(chunk);
				}
			}
			catch (IOException ex) {
				// The reader stopped reading at its limit.
			}
		});
		this.server.createContext("/gone", exchange -> {
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
		});
		this.server.start();
		this.base = "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	private static byte[] fixtureCalendar() {
		return CALENDAR.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Stands in for the mail adapter's iCalendar parser (not a dependency of this
	 * adapter): the feed's text must arrive whole.
	 */
	private static final CalendarParser PARSER = (ics, from, ahead) -> {
		if (!ics.equals(CALENDAR)) {
			throw new IllegalArgumentException("not the calendar served");
		}
		return new CalendarInvitation(CalendarInvitation.Method.PUBLISH, List.of(EVENT), List.of());
	};

	private IcsFeedReader local(long maxBytes) {
		return new IcsFeedReader(new GuardedHttp.Policy(maxBytes, Duration.ofSeconds(5), 3, true, null), PARSER);
	}

	@Test
	void readsAFeedAndFollowsARedirect() throws IOException {
		try (IcsFeedReader reader = local(1024 * 1024)) {
			List<CalendarEvent> direct = reader.read(URI.create(this.base + "/feed.ics"), FROM, Duration.ofDays(90));
			List<CalendarEvent> moved = reader.read(URI.create(this.base + "/moved"), FROM, Duration.ofDays(90));

			assertThat(direct).containsExactly(EVENT);
			assertThat(moved).containsExactly(EVENT);
			assertThat(this.requests).hasValue(2);
		}
	}

	@Test
	void refusesWhatIsNotAFeedWithAMessageForTheUser() throws IOException {
		try (IcsFeedReader reader = local(512 * 1024)) {
			assertThatExceptionOfType(CalendarFeedException.class)
				.isThrownBy(() -> reader.read(URI.create(this.base + "/huge"), FROM, Duration.ofDays(90)))
				.withMessageContaining("större än");
			assertThatExceptionOfType(CalendarFeedException.class)
				.isThrownBy(() -> reader.read(URI.create(this.base + "/gone"), FROM, Duration.ofDays(90)))
				.withMessageContaining("404");
			assertThatExceptionOfType(CalendarFeedException.class)
				.isThrownBy(() -> reader.read(URI.create(this.base + "/loop"), FROM, Duration.ofDays(90)))
				.withMessageContaining("omdirigeringar");
			assertThatExceptionOfType(CalendarFeedException.class)
				.isThrownBy(() -> reader.read(URI.create(this.base + "/to-file"), FROM, Duration.ofDays(90)))
				.withMessageContaining("https");
		}
	}

	@Test
	void theRealPolicyReachesNoInternalAddress() throws IOException {
		try (IcsFeedReader reader = new IcsFeedReader(PARSER)) {
			for (String target : List.of("https://127.0.0.1:" + this.server.getAddress().getPort() + "/feed.ics",
					"https://localhost:" + this.server.getAddress().getPort() + "/feed.ics",
					"https://10.0.0.1/feed.ics", "https://192.168.1.10/feed.ics", "https://172.16.5.4/feed.ics",
					"https://169.254.169.254/latest/meta-data/", "https://100.64.0.1/feed.ics",
					"https://[::1]/feed.ics", "https://[fd00:ec2::254]/feed.ics", "https://[::ffff:127.0.0.1]/x",
					"https://0.0.0.0/feed.ics")) {
				assertThatExceptionOfType(CalendarFeedException.class).as(target)
					.isThrownBy(() -> reader.read(URI.create(target), FROM, Duration.ofDays(90)))
					.withMessageContaining("internt nät");
			}
			assertThatExceptionOfType(CalendarFeedException.class)
				.isThrownBy(() -> reader.read(URI.create(this.base + "/feed.ics"), FROM, Duration.ofDays(90)))
				.withMessageContaining("https");
			assertThatExceptionOfType(CalendarFeedException.class)
				.isThrownBy(
						() -> reader.read(URI.create("https://user:pw@example.com/x.ics"), FROM, Duration.ofDays(90)))
				.withMessageContaining("lösenord");
		}
		assertThat(this.requests).hasValue(0);
	}

	@Test
	void publicAddressesAreTheOnlyOnesAllowed() throws IOException {
		assertThat(PublicAddresses.isPublic(InetAddress.getByName("93.184.215.14"))).isTrue();
		assertThat(PublicAddresses.isPublic(InetAddress.getByName("2606:4700::6810:84e5"))).isTrue();
		for (String internal : List.of("127.0.0.1", "10.1.2.3", "172.31.255.255", "192.168.0.1", "169.254.169.254",
				"100.100.100.200", "0.0.0.0", "224.0.0.1", "255.255.255.255", "198.18.0.1", "::1", "fe80::1",
				"fd00:ec2::254", "::ffff:10.0.0.1", "64:ff9b::a00:1")) {
			assertThat(PublicAddresses.isPublic(InetAddress.getByName(internal))).as(internal).isFalse();
		}
	}

}
