@NullMarked
package se.postboxen.kollegan.stakeholder;

import org.jspecify.annotations.NullMarked;
