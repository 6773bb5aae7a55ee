package se.postboxen.kollegan.bot.web;

import java.net.URI;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The HTTP API's limits.
 *
 * @param maxBodySize largest request body accepted; larger ones get 413 before anything
 * is read into memory
 * @param maxMailSize the same for raw e-mails posted to {@code /api/inbound/email}, which
 * are larger than any JSON request (HTML bodies, attachments)
 * @param maxTranscriptSize the same for transcripts uploaded to
 * {@code /api/agents/meetings/{id}/transcript} (a day-long meeting's WebVTT is a few
 * megabytes)
 * @param publicUrl where people reach Kollegan ({@code KOLLEGAN_PUBLIC_URL}): links in
 * chat messages and e-mails point there
 */
@Validated
@ConfigurationProperties("kollegan.api")
public record ApiProperties(@NotNull @DefaultValue("256KB") DataSize maxBodySize,
		@NotNull @DefaultValue("5MB") DataSize maxMailSize, @NotNull @DefaultValue("5MB") DataSize maxTranscriptSize,
		@NotNull @DefaultValue("http://localhost:8080") URI publicUrl) {

}
