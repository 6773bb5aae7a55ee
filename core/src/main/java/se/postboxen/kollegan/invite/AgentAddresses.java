package se.postboxen.kollegan.invite;

import java.util.Optional;

import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.UserId;

/** The users' agent addresses: at most one active per user. */
public interface AgentAddresses {

	Optional<AgentAddress> findActive(TenantId tenantId, UserId userId);

	/** The active address with this token, in whichever tenant it belongs to. */
	Optional<AgentAddress> findByToken(String token);

	/** Makes {@code address} the user's active one; any earlier one stops working. */
	AgentAddress replace(AgentAddress address);

}
