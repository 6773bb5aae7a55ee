/**
 * Feature: the procurement simulator (upphandlingssimulator) for Swedish public buyers
 * under LOU and LUF — which thresholds apply on a date, which procedures are open, the
 * minimum time limits, a timeline to the contract with the standstill period, and the
 * evaluation of bids. Every figure carries the rule it comes from and how sure the
 * simulator is of it; thresholds are dated data behind {@link ProcurementThresholds},
 * never constants here.
 */
@NullMarked
package se.postboxen.kollegan.procurement;

import org.jspecify.annotations.NullMarked;
