package se.postboxen.kollegan.adapter.slack;

import java.util.ArrayList;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;

/**
 * Slack's Web API client as Kollegan uses it: its root from the settings (so that a test
 * points it at a mock), the settings' timeout, and none of the client's own logging,
 * which writes request and response bodies — bot tokens, the client secret, the tokens
 * {@code oauth.v2.access} returns — at debug level.
 */
final class SlackClients {

	private SlackClients() {
	}

	static Slack create(SlackProperties properties) {
		SlackConfig config = new SlackConfig();
		config.setMethodsEndpointUrlPrefix(properties.apiUrl().toString());
		int timeout = Math.toIntExact(properties.timeout().toMillis());
		config.setHttpClientReadTimeoutMillis(timeout);
		config.setHttpClientWriteTimeoutMillis(timeout);
		config.setHttpClientCallTimeoutMillis(timeout);
		// Its statistics feed the async client's rate limiter, which is not used here.
		config.setStatsEnabled(false);
		config.setPrettyResponseLoggingEnabled(false);
		config.setHttpClientResponseHandlers(new ArrayList<>());
		return Slack.getInstance(config);
	}

}
