@NullMarked
package se.postboxen.kollegan.recap;

import org.jspecify.annotations.NullMarked;
