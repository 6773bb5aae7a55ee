@NullMarked
package se.postboxen.kollegan.regwatch;

import org.jspecify.annotations.NullMarked;
