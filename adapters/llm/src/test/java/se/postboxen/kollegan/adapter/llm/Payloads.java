package se.postboxen.kollegan.adapter.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.json.JsonMapper;

/**
 * The recorded payloads under {@code src/test/resources/openai} and {@code azure-openai}.
 */
final class Payloads {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Payloads() {
	}

	static String file(String path) {
		try (InputStream in = Payloads.class.getResourceAsStream("/" + path)) {
			if (in == null) {
				throw new IllegalArgumentException(path + " is not among the test resources");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The payload with {@code content} as the assistant's message. */
	static String answer(String path, String content) {
		return file(path).replace("\"__CONTENT__\"", JSON.writeValueAsString(content));
	}

}
