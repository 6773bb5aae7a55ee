/**
 * Feature: insights — figures over a tenant's meetings (how many a week, how many of
 * their actions are done, what the language model cost), counted where the meetings are
 * kept and seen as the meetings themselves are seen.
 */
@NullMarked
package se.postboxen.kollegan.insight;

import org.jspecify.annotations.NullMarked;
