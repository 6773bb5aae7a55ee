package se.postboxen.kollegan.procurement;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One dated step of the timeline.
 *
 * @param date absent when it cannot be worked out (a time limit the law leaves open and
 * the user did not set)
 */
public record TimelineStep(Milestone milestone, @Nullable LocalDate date, Basis basis) {

}
