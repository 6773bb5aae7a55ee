package se.postboxen.kollegan.adapter.persistence.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.document.Document;
import se.postboxen.kollegan.document.DocumentAnalysis;
import se.postboxen.kollegan.document.DocumentId;
import se.postboxen.kollegan.document.DocumentSummary;
import se.postboxen.kollegan.document.Documents;
import se.postboxen.kollegan.document.Uploader;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Documents as one row each: the text, and the analysis as one JSON value, read and
 * written whole; the counts a list shows are columns of their own, so that a list never
 * reads a document's text.
 */
@Component
class JdbcDocuments implements Documents {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	JdbcDocuments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void save(Document document) {
		this.jdbc.sql("""
				INSERT INTO document (id, tenant_id, file_name, media_type, pages, uploaded_by_subject,
				    uploaded_by_email, uploaded_by_name, uploaded_at, text, analysis, requirement_count, risk_count)
				VALUES (:id, :tenantId, :fileName, :mediaType, :pages, :subject, :email, :name, :uploadedAt, :text,
				    CAST(:analysis AS jsonb), :requirements, :risks)
				""")
			.param("id", document.id().value())
			.param("tenantId", document.tenantId().value())
			.param("fileName", document.fileName())
			.param("mediaType", document.mediaType())
			.param("pages", document.pages(), java.sql.Types.INTEGER)
			.param("subject", document.uploader().subject())
			.param("email", (document.uploader().email() != null) ? document.uploader().email().value() : null,
					java.sql.Types.VARCHAR)
			.param("name", document.uploader().name())
			.param("uploadedAt", Timestamp.from(document.uploadedAt()))
			.param("text", document.text())
			.param("analysis", json.writeValueAsString(document.analysis()))
			.param("requirements", document.analysis().requirements().size())
			.param("risks", document.analysis().risks().size())
			.update();
	}

	@Override
	public Optional<Document> findById(TenantId tenantId, DocumentId id) {
		return this.jdbc.sql("""
				SELECT id, file_name, media_type, pages, uploaded_by_subject, uploaded_by_email, uploaded_by_name,
				    uploaded_at, text, analysis::text AS analysis
				FROM document WHERE tenant_id = :tenantId AND id = :id
				""")
			.param("tenantId", tenantId.value())
			.param("id", id.value())
			.query((rs, row) -> new Document(id, tenantId, rs.getString("file_name"), rs.getString("media_type"),
					pages(rs), uploader(rs), rs.getTimestamp("uploaded_at").toInstant(), rs.getString("text"),
					json.readValue(rs.getString("analysis"), DocumentAnalysis.class)))
			.optional();
	}

	@Override
	public List<DocumentSummary> list(TenantId tenantId, @Nullable Uploader uploadedBy, int limit) {
		String whose = (uploadedBy == null) ? "" : (uploadedBy.email() == null) ? " AND uploaded_by_subject = :subject"
				: " AND (uploaded_by_subject = :subject OR uploaded_by_email = :email)";
		JdbcClient.StatementSpec statement = this.jdbc.sql("""
				SELECT id, file_name, media_type, pages, length(text) AS characters, uploaded_by_subject,
				    uploaded_by_email, uploaded_by_name, uploaded_at, requirement_count, risk_count
				FROM document WHERE tenant_id = :tenantId""" + whose + """

				ORDER BY uploaded_at DESC, id LIMIT :limit
				""").param("tenantId", tenantId.value()).param("limit", limit);
		if (uploadedBy != null) {
			statement = statement.param("subject", uploadedBy.subject());
			if (uploadedBy.email() != null) {
				statement = statement.param("email", uploadedBy.email().value());
			}
		}
		return statement
			.query((rs, row) -> new DocumentSummary(new DocumentId(rs.getObject("id", java.util.UUID.class)),
					rs.getString("file_name"), rs.getString("media_type"), pages(rs), rs.getInt("characters"),
					uploader(rs), rs.getTimestamp("uploaded_at").toInstant(), rs.getInt("requirement_count"),
					rs.getInt("risk_count")))
			.list();
	}

	@Override
	public boolean delete(TenantId tenantId, DocumentId id) {
		return this.jdbc.sql("DELETE FROM document WHERE tenant_id = :tenantId AND id = :id")
			.param("tenantId", tenantId.value())
			.param("id", id.value())
			.update() > 0;
	}

	private static @Nullable Integer pages(ResultSet rs) throws SQLException {
		int pages = rs.getInt("pages");
		return rs.wasNull() ? null : pages;
	}

	private static Uploader uploader(ResultSet rs) throws SQLException {
		String email = rs.getString("uploaded_by_email");
		return new Uploader(rs.getString("uploaded_by_subject"), (email != null) ? EmailAddress.of(email) : null,
				rs.getString("uploaded_by_name"));
	}

}
