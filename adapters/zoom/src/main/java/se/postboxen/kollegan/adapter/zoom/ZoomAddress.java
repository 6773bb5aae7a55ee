package se.postboxen.kollegan.adapter.zoom;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a chatbot message goes: the chat ({@code toJid}: a channel or the one-to-one chat
 * with the bot) in the account that installed the chatbot. Kept by core as an opaque
 * reply address, in compact JSON so that it is readable in the database and stays
 * well-formed whatever a JID holds.
 */
record ZoomAddress(String toJid, String accountId) {

	String toJson() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("toJid", this.toJid);
		fields.put("accountId", this.accountId);
		return JsonMapper.shared().writeValueAsString(fields);
	}

	/**
	 * @throws IllegalArgumentException when the address is not one {@link #toJson} wrote
	 */
	static ZoomAddress parse(String address) {
		try {
			JsonNode fields = JsonMapper.shared().readTree(address);
			String toJid = fields.path("toJid").asString("");
			String accountId = fields.path("accountId").asString("");
			if (toJid.isBlank() || accountId.isBlank()) {
				throw new IllegalArgumentException("not a Zoom chat address");
			}
			return new ZoomAddress(toJid, accountId);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("not a Zoom chat address", ex);
		}
	}

}
