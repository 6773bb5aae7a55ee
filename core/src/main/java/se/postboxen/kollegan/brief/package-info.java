@NullMarked
package se.postboxen.kollegan.brief;

import org.jspecify.annotations.NullMarked;
