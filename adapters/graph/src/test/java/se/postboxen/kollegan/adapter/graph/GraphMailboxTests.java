package se.postboxen.kollegan.adapter.graph;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agent's mailbox over Graph, against WireMock with Microsoft's documented shapes.
 */
class GraphMailboxTests {

	private WireMockServer graph;

	private GraphMailbox mailbox;

	@BeforeEach
	void start() {
		this.graph = new WireMockServer(options().dynamicPort());
		this.graph.start();
		String base = "http://localhost:" + this.graph.port();
		GraphProperties properties = new GraphProperties("app-id", "app-secret-value", null, null,
				URI.create(base + "/v1.0"), URI.create(base), "kollegan@kollegan.example", "agent-directory");
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
		requests.setReadTimeout(Duration.ofSeconds(5));
		this.mailbox = new GraphMailbox(RestClient.builder().requestFactory(requests).build(), properties,
				Clock.systemUTC());
		this.graph.stubFor(post(urlPathEqualTo("/agent-directory/oauth2/v2.0/token"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"eyJ0.eyJ1.c2ln\"}")));
	}

	@AfterEach
	void stop() {
		this.graph.stop();
	}

	@Test
	void listsUnreadFetchesMimeAndMarksRead() {
		this.graph.stubFor(get(urlPathEqualTo("/v1.0/users/kollegan%40kollegan.example/mailFolders/inbox/messages"))
			.withQueryParam("$filter", equalTo("isRead eq false"))
			.withQueryParam("$top", equalTo("25"))
			.withHeader("Authorization", equalTo("Bearer eyJ0.eyJ1.c2ln"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody(
						"""
								{"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('kollegan')/mailFolders('inbox')/messages(id)",
								 "value": [{"@odata.etag": "W/\\"CQAAABYAAAD\\"", "id": "AAMkAGI2THVSAAA="},
								           {"id": "../../evil"}]}
								""")));
		this.graph
			.stubFor(get(urlPathEqualTo("/v1.0/users/kollegan%40kollegan.example/messages/AAMkAGI2THVSAAA%3D/$value"))
				.willReturn(aResponse().withHeader("Content-Type", "text/plain")
					.withBody("From: anna.berg@kommun-a.example\r\nSubject: Hej\r\n\r\nText\r\n")));
		this.graph.stubFor(patch(urlPathEqualTo("/v1.0/users/kollegan%40kollegan.example/messages/AAMkAGI2THVSAAA%3D"))
			.withRequestBody(equalToJson("{\"isRead\": true}"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));

		assertThat(this.mailbox.configured()).isTrue();
		assertThat(this.mailbox.unread(25)).containsExactly("AAMkAGI2THVSAAA=");
		assertThat(new String(this.mailbox.mime("AAMkAGI2THVSAAA="), StandardCharsets.UTF_8))
			.startsWith("From: anna.berg@kommun-a.example");
		this.mailbox.markRead("AAMkAGI2THVSAAA=");
		this.graph.verify(1, patchRequestedFor(
				urlPathEqualTo("/v1.0/users/kollegan%40kollegan.example/messages/AAMkAGI2THVSAAA%3D")));
	}

}
