package se.postboxen.kollegan.meeting;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** The meeting platform a join URL leads to. */
public enum Platform {

	TEAMS("teams.microsoft.com", "teams.live.com", "teams.microsoft.us"),

	ZOOM("zoom.us", "zoomgov.com"),

	GOOGLE_MEET("meet.google.com"),

	WEBEX("webex.com"),

	OTHER;

	private final List<String> hosts;

	Platform(String... hosts) {
		this.hosts = List.of(hosts);
	}

	/**
	 * The platform a join URL belongs to, judged by its host (the host itself or any
	 * sub-domain, so {@code kommun.zoom.us} is Zoom but {@code zoom.us.example} is not).
	 */
	public static Platform fromJoinUrl(URI joinUrl) {
		String host = joinUrl.getHost();
		if (host == null) {
			return OTHER;
		}
		String normalised = host.toLowerCase(Locale.ROOT);
		for (Platform platform : values()) {
			for (String known : platform.hosts) {
				if (normalised.equals(known) || normalised.endsWith("." + known)) {
					return platform;
				}
			}
		}
		return OTHER;
	}

}
