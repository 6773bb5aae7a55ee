package se.postboxen.kollegan.adapter.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * A DNS resolver that only returns public addresses: an address a user typed (a calendar
 * feed, a regwatch source) must not reach the cloud's metadata service, the cluster's
 * internal services or the host itself. Checked at resolution for every connection
 * (redirects included), so a name that resolves differently the second time (DNS
 * rebinding) is checked again.
 */
final class PublicAddresses implements DnsResolver {

	private final DnsResolver system = SystemDefaultDnsResolver.INSTANCE;

	@Override
	public InetAddress[] resolve(String host) throws UnknownHostException {
		InetAddress[] addresses = this.system.resolve(host);
		for (InetAddress address : addresses) {
			if (!isPublic(address)) {
				throw new BlockedAddressException(host);
			}
		}
		return addresses;
	}

	@Override
	public String resolveCanonicalHostname(String host) throws UnknownHostException {
		return this.system.resolveCanonicalHostname(host);
	}

	static boolean isPublic(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = b[0] & 0xff;
			int second = b[1] & 0xff;
			return !(first == 0 // "this network"
					|| (first == 100 && second >= 64 && second <= 127) // carrier-grade
																		// NAT
					|| (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF
																			// protocol
					|| (first == 198 && (second == 18 || second == 19)) // benchmarking
					|| first >= 240); // reserved and broadcast
		}
		if (address instanceof Inet6Address) {
			int first = b[0] & 0xff;
			// Unique local (fc00::/7, e.g. fd00:ec2::254) and IPv4-compatible/NAT64 forms
			// of private addresses are internal too.
			if ((first & 0xfe) == 0xfc) {
				return false;
			}
			if (isEmbeddedIpv4(b)) {
				try {
					return isPublic(InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] }));
				}
				catch (UnknownHostException ex) {
					return false;
				}
			}
		}
		return true;
	}

	/** ::a.b.c.d and 64:ff9b::a.b.c.d carry an IPv4 address in their last four bytes. */
	private static boolean isEmbeddedIpv4(byte[] b) {
		boolean compatible = true;
		for (int i = 0; i < 12; i++) {
			compatible &= b[i] == 0;
		}
		boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
				&& (b[3] & 0xff) == 0x9b;
		return compatible || nat64;
	}

	/** The name resolved to an address that is not public. */
	static final class BlockedAddressException extends UnknownHostException {

		BlockedAddressException(String host) {
			super("blocked: " + host + " is not a public address");
		}

	}

}
