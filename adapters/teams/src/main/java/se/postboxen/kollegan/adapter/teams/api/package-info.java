/**
 * The Bot Connector's wire types, as far as Kollegan reads them. They never leave the
 * Teams adapter and its ingress.
 */
@NullMarked
package se.postboxen.kollegan.adapter.teams.api;

import org.jspecify.annotations.NullMarked;
