package se.postboxen.kollegan.bot.document;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document copilot's API end to end: upload, analysis, question and deletion; the
 * refusals as problem+json naming the field; who sees and deletes which document.
 */
@KolleganIntegrationTest
class DocumentApiIntegrationTests {

	@LocalServerPort
	int port;

	private Api as(String client) {
		return Api.as(this.port, client);
	}

	private static String name(String base) {
		return base + "-" + UUID.randomUUID().toString().substring(0, 8) + ".md";
	}

	@Test
	void uploadsAnalysesAnswersAndDeletes() {
		Api member = as("demo-a-member");
		String fileName = name("avtal-e-arkiv");

		HttpResponse<String> created = Uploads.upload(member, fileName,
				Contracts.E_ARCHIVE.getBytes(StandardCharsets.UTF_8));

		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode document = Api.json(created);
		String id = document.get("id").asString();
		assertThat(created.headers().firstValue("Location")).hasValue("/api/documents/" + id);
		assertThat(document.get("fileName").asString()).isEqualTo(fileName);
		assertThat(document.get("mediaType").asString()).isEqualTo("text/plain");
		assertThat(document.get("uploadedBy").asString()).isNotBlank();
		assertThat(document.has("text")).as("the text is kept, not sent back").isFalse();
		JsonNode analysis = document.get("analysis");
		assertThat(values(analysis.get("parties"), "name")).containsExactly("Kommun A", "Arkivbolaget AB");
		assertThat(values(analysis.get("risks"), "kind")).containsExactly("AUTOMATIC_RENEWAL", "PENALTIES",
				"PERSONAL_DATA_WITHOUT_AGREEMENT");
		assertThat(values(analysis.get("requirements"), "level")).containsExactly("MANDATORY", "DESIRABLE");
		assertThat(analysis.get("amounts").get(0).get("value").asLong()).isEqualTo(1_250_000);
		assertThat(analysis.get("dates").get(0).get("date").asString()).isEqualTo("2026-04-01");
		JsonNode source = analysis.get("risks").get(0).get("source");
		assertThat(source.get("quote").asString()).startsWith("Avtalet förlängs därefter automatiskt");
		assertThat(Contracts.E_ARCHIVE.substring(source.get("start").asInt(), source.get("end").asInt()))
			.startsWith("Avtalet förlängs");

		assertThat(values(Api.json(member.get("/api/documents")), "id")).contains(id);
		assertThat(Api.json(member.get("/api/documents/" + id)).get("mayDelete").asBoolean()).isTrue();

		HttpResponse<String> answered = member.postJson("/api/documents/" + id + "/questions",
				Api.toJson(Map.of("question", "Hur lång är uppsägningstiden?")));
		assertThat(answered.statusCode()).isEqualTo(200);
		JsonNode answer = Api.json(answered);
		assertThat(answer.get("answeredBy").asString()).isEqualTo("retrieval");
		assertThat(answer.get("passages").get(0).get("quote").asString()).contains("tre månaders uppsägningstid");

		assertThat(member.method("DELETE", "/api/documents/" + id).statusCode()).isEqualTo(204);
		assertThat(member.get("/api/documents/" + id).statusCode()).isEqualTo(404);
		assertThat(values(Api.json(member.get("/api/documents")), "id")).doesNotContain(id);
	}

	@Test
	void readsAWordDocument() {
		HttpResponse<String> created = Uploads.upload(as("demo-a-member"), "avtal.docx",
				Uploads.docx(Contracts.E_ARCHIVE));

		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode document = Api.json(created);
		assertThat(document.get("mediaType").asString())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(values(document.get("analysis").get("parties"), "name")).contains("Kommun A");
	}

	@Test
	void refusesWhatItDoesNotReadNamingTheField() {
		Api member = as("demo-a-member");

		HttpResponse<String> html = Uploads.upload(member, "avtal.pdf",
				"<html><body><p>Inte en PDF</p></body></html>".getBytes(StandardCharsets.UTF_8));
		problem(html, 415, "file");
		assertThat(Api.json(html).get("detail").asString()).contains("text/html");

		problem(Uploads.upload(member, "tom.txt", new byte[0]), 400, "file");
		problem(Uploads.multipart(member, "fil", "avtal.txt", "Text".getBytes(StandardCharsets.UTF_8)), 400, "file");

		byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
		java.util.Arrays.fill(tooLarge, (byte) 'a');
		HttpResponse<String> large = Uploads.upload(member, "stor.txt", tooLarge);
		problem(large, 413, "file");
		assertThat(Api.json(large).get("detail").asString()).contains("20 MB");

		HttpResponse<String> created = Uploads.upload(member, name("kort"),
				"Leverantören ska leverera.".getBytes(StandardCharsets.UTF_8));
		String id = Api.json(created).get("id").asString();
		problem(member.postJson("/api/documents/" + id + "/questions", Api.toJson(Map.of("question", " "))), 400,
				"question");
		problem(member.postJson("/api/documents/" + id + "/questions", Api.toJson(Map.of("question", "x".repeat(501)))),
				400, "question");
		problem(member.postJson("/api/documents/" + id + "/questions", Api.toJson(Map.of("question", "a\u0000b"))), 400,
				"question");
	}

	@Test
	void membersSeeTheirOwnAdministratorsAndAuditorsAll() {
		Api member = as("demo-a-member");
		Api admin = as("demo-a-admin");
		Api auditor = as("demo-a-auditor");
		String members = Api
			.json(Uploads.upload(member, name("medlemmens"), Contracts.E_ARCHIVE.getBytes(StandardCharsets.UTF_8)))
			.get("id")
			.asString();
		String admins = Api
			.json(Uploads.upload(admin, name("adminens"), Contracts.E_ARCHIVE.getBytes(StandardCharsets.UTF_8)))
			.get("id")
			.asString();

		assertThat(values(Api.json(member.get("/api/documents")), "id")).contains(members).doesNotContain(admins);
		assertThat(member.get("/api/documents/" + admins).statusCode()).isEqualTo(404);
		assertThat(member.postJson("/api/documents/" + admins + "/questions", Api.toJson(Map.of("question", "pris")))
			.statusCode()).isEqualTo(404);
		assertThat(member.method("DELETE", "/api/documents/" + admins).statusCode()).isEqualTo(404);

		assertThat(values(Api.json(auditor.get("/api/documents")), "id")).contains(members, admins);
		assertThat(Api.json(auditor.get("/api/documents/" + members)).get("mayDelete").asBoolean()).isFalse();
		assertThat(auditor.method("DELETE", "/api/documents/" + members).statusCode()).isEqualTo(403);
		assertThat(Uploads.upload(auditor, "a.txt", "Text".getBytes(StandardCharsets.UTF_8)).statusCode())
			.isEqualTo(403);

		assertThat(Api.json(admin.get("/api/documents/" + members)).get("mayDelete").asBoolean()).isTrue();
		assertThat(admin.method("DELETE", "/api/documents/" + members).statusCode()).isEqualTo(204);

		Api otherTenant = as("demo-b-admin");
		assertThat(otherTenant.get("/api/documents/" + admins).statusCode()).isEqualTo(404);
		assertThat(values(Api.json(otherTenant.get("/api/documents")), "id")).doesNotContain(admins);
		assertThat(otherTenant.method("DELETE", "/api/documents/" + admins).statusCode()).isEqualTo(404);
		assertThat(admin.get("/api/documents/" + admins).statusCode()).isEqualTo(200);
	}

	private static void problem(HttpResponse<String> response, int status, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(values(Api.json(response).get("errors"), "field")).contains(field);
	}

	private static List<String> values(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach(node -> values.add(node.get(field).asString()));
		return values;
	}

}
