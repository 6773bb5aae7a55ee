/**
 * Feature: stakeholder profiles — who a tenant meets, what they talk about and what they
 * take on, built only from meetings whose consent allows it; every fact keeps the meeting
 * it came from and goes with it.
 */
@NullMarked
package se.postboxen.kollegan.stakeholder;

import org.jspecify.annotations.NullMarked;
