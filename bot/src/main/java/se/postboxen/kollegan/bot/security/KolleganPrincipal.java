package se.postboxen.kollegan.bot.security;

/** A Spring Security principal that knows its Kollegan identity. */
public interface KolleganPrincipal {

	KolleganUser kolleganUser();

}
