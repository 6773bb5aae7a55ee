package se.postboxen.kollegan.adapter.slack;

import java.util.ArrayList;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.util.http.SlackHttpClient;
import io.micrometer.core.instrument.binder.okhttp3.OkHttpObservationInterceptor;
import io.micrometer.observation.ObservationRegistry;
import okhttp3.OkHttpClient;

/**
 * Slack's Web API client as Kollegan uses it: its root from the settings (so that a test
 * points it at a mock), the settings' timeout, and none of the client's own logging,
 * which writes request and response bodies — bot tokens, the client secret, the tokens
 * {@code oauth.v2.access} returns — at debug level. Every call is observed, as the other
 * adapters' {@code RestClient}s are: a span that carries its traceparent to Slack, and
 * metrics by Web API method.
 */
final class SlackClients {

	private SlackClients() {
	}

	static Slack create(SlackProperties properties, ObservationRegistry observations) {
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
		OkHttpClient http = SlackHttpClient.buildOkHttpClient(config)
			.newBuilder()
			.addInterceptor(OkHttpObservationInterceptor.builder(observations, "kollegan.slack.requests")
				// The Web API method (/api/chat.postMessage): a handful, never an id.
				.uriMapper(request -> request.url().encodedPath())
				.build())
			.build();
		return Slack.getInstance(config, new SlackHttpClient(http));
	}

}
