/**
 * Feature: break-glass access — a person the identity provider marks as eligible takes
 * time-limited administrator rights in their tenant for an emergency, with a stated
 * reason. Every opening is audited and announced to the tenant's administrators and
 * auditors, and the access ends by itself at its expiry.
 */
@NullMarked
package se.postboxen.kollegan.breakglass;

import org.jspecify.annotations.NullMarked;
