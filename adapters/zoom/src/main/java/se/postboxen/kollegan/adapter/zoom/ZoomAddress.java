package se.postboxen.kollegan.adapter.zoom;

import java.util.LinkedHashMap;
import java.util.Locale;
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
	 * The one-to-one chat of the chatbot with a person of this chat's account: their user
	 * JID, which Zoom forms from the user id, lower-cased, at the account's XMPP domain
	 * (a channel's {@code conference.} subdomain dropped).
	 *
	 * @see <a href=
	 * "https://devsupport.zoom.us/hc/en-us/articles/360060332871-How-to-get-a-User-JID-or-Channel-JID">How
	 * to get a user JID</a>
	 */
	ZoomAddress personal(String userId) {
		int at = this.toJid.lastIndexOf('@');
		String domain = (at >= 0) ? this.toJid.substring(at + 1) : "xmpp.zoom.us";
		if (domain.startsWith("conference.")) {
			domain = domain.substring("conference.".length());
		}
		return new ZoomAddress(userId.toLowerCase(Locale.ROOT) + "@" + domain, this.accountId);
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
