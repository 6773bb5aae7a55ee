@NullMarked
package se.postboxen.kollegan.shared;

import org.jspecify.annotations.NullMarked;
