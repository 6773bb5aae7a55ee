@NullMarked
package se.postboxen.kollegan.meeting;

import org.jspecify.annotations.NullMarked;
