/**
 * Feature: the module shop — the optional parts of Kollegan (regwatch, the procurement
 * simulator, the doc copilot, Juridik-Gunnar, stakeholder insights, task boards), which
 * of them each tenant has switched on, and the billing event every switch sends to the
 * customer's billing.
 */
@NullMarked
package se.postboxen.kollegan.module;

import org.jspecify.annotations.NullMarked;
