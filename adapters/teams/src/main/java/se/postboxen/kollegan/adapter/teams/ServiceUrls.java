package se.postboxen.kollegan.adapter.teams;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Where the Bot Connector may be: the {@code serviceUrl} of an activity names it, and our
 * token goes there. The URL comes from a token Microsoft signed, but a stored reply
 * address outlives the token, so every call checks the host again: https on a Microsoft
 * Bot Connector domain ({@code smba.trafficmanager.net} in the public cloud,
 * {@code *.botframework.com}, {@code *.teams.microsoft.com}, {@code *.teams.microsoft.us}
 * in US government clouds), or exactly the configured test connector. Anything else is
 * never called.
 */
final class ServiceUrls {

	/**
	 * Only Microsoft's own names: not any {@code *.trafficmanager.net} (anyone can create
	 * one in Azure) or any {@code *.microsoft.com} host.
	 */
	private static final List<String> MICROSOFT = List.of(".botframework.com", ".teams.microsoft.com",
			".teams.microsoft.us");

	/** The public cloud's Bot Connector for Teams. */
	private static final String PUBLIC_CONNECTOR = "smba.trafficmanager.net";

	private ServiceUrls() {
	}

	static boolean allowed(URI serviceUrl, @Nullable URI testServiceUrl) {
		if (testServiceUrl != null && sameOrigin(serviceUrl, testServiceUrl)) {
			return true;
		}
		String host = (serviceUrl.getHost() != null) ? serviceUrl.getHost().toLowerCase(Locale.ROOT) : "";
		return "https".equalsIgnoreCase(serviceUrl.getScheme()) && serviceUrl.getUserInfo() == null
				&& (host.equals(PUBLIC_CONNECTOR) || MICROSOFT.stream().anyMatch(host::endsWith));
	}

	private static boolean sameOrigin(URI a, URI b) {
		return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost() != null
				&& a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b) && a.getUserInfo() == null;
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

}
