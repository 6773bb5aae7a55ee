package se.postboxen.kollegan.bot.dashboard;

import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.tenant.Tenant;

/**
 * Who is looking at a page, for its header: the signed-in user and their organisation.
 */
record Viewer(KolleganUser user, Tenant tenant) {

}
