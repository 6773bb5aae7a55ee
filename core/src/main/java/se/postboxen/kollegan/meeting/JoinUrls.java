package se.postboxen.kollegan.meeting;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finding a meeting's join link in what calendars give (dedicated properties, a location,
 * a plain or HTML description) and naming the meeting behind a link, so that the same
 * meeting arriving by two paths is recognised.
 */
public final class JoinUrls {

	// The platforms' own join-link shapes; a link to anything else is not a meeting.
	private static final List<Pattern> MEETING_LINKS = List.of(
			Pattern.compile("https://teams\\.microsoft\\.(?:com|us)/l/meetup-join/[^\\s\"'<>]+",
					Pattern.CASE_INSENSITIVE),
			Pattern.compile("https://teams\\.microsoft\\.(?:com|us)/meet/[^\\s\"'<>]+", Pattern.CASE_INSENSITIVE),
			Pattern.compile("https://teams\\.live\\.com/meet/[^\\s\"'<>]+", Pattern.CASE_INSENSITIVE),
			Pattern.compile("https://(?:[a-z0-9-]+\\.)*zoom(?:gov)?\\.(?:us|com)/(?:j|my|w)/[^\\s\"'<>]+",
					Pattern.CASE_INSENSITIVE),
			Pattern.compile("https://meet\\.google\\.com/[a-z]{3}-[a-z]{4}-[a-z]{3}(?:\\?[^\\s\"'<>]*)?",
					Pattern.CASE_INSENSITIVE),
			Pattern.compile("https://(?:[a-z0-9-]+\\.)*webex\\.com/(?:meet|join|[a-z0-9-]+/j\\.php|wbxmjs)[^\\s\"'<>]*",
					Pattern.CASE_INSENSITIVE));

	private static final Pattern TRAILING = Pattern.compile("[.,;:!?)\\]>]+$");

	private JoinUrls() {
	}

	/**
	 * The first meeting link among the candidates, in the order given (the caller puts
	 * the most specific source first: a dedicated property, then the location, then the
	 * description).
	 */
	public static Optional<URI> find(List<@Nullable String> candidates) {
		for (String candidate : candidates) {
			if (candidate == null) {
				continue;
			}
			// HTML descriptions escape ampersands; plain ones fold them as-is.
			String text = candidate.replace("&amp;", "&");
			for (Pattern pattern : MEETING_LINKS) {
				Matcher matcher = pattern.matcher(text);
				if (matcher.find()) {
					Optional<URI> uri = parse(TRAILING.matcher(matcher.group()).replaceAll(""));
					if (uri.isPresent()) {
						return uri;
					}
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<URI> parse(String link) {
		try {
			URI uri = new URI(link);
			return (uri.getHost() != null) ? Optional.of(uri) : Optional.empty();
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The meeting a link leads to, independent of how the link was written: no scheme,
	 * query or fragment (they carry passwords and tracking, not identity), the path
	 * decoded and lower-cased, Zoom's regional host names folded into one. For Webex,
	 * whose meeting number lives in the query, the query's {@code MTID} is kept.
	 */
	public static String key(URI joinUrl) {
		String host = (joinUrl.getHost() != null) ? joinUrl.getHost().toLowerCase(Locale.ROOT) : "";
		if (host.endsWith(".zoom.us") || host.equals("zoom.us")) {
			host = "zoom.us";
		}
		String path = (joinUrl.getRawPath() != null) ? joinUrl.getRawPath() : "";
		path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
		if (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		if (host.endsWith("zoom.us")) {
			// /j/123, /my/name and /w/123 all name a meeting by its last segment.
			path = path.replaceFirst("^/(?:j|w)/", "/j/");
		}
		String query = joinUrl.getRawQuery();
		if (host.endsWith("webex.com") && query != null) {
			Matcher mtid = Pattern.compile("(?:^|&)MTID=([^&]+)", Pattern.CASE_INSENSITIVE).matcher(query);
			if (mtid.find()) {
				path = path + "?mtid=" + mtid.group(1).toLowerCase(Locale.ROOT);
			}
		}
		return host + path;
	}

}
