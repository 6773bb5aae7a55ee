@NullMarked
package se.postboxen.kollegan.consent;

import org.jspecify.annotations.NullMarked;
