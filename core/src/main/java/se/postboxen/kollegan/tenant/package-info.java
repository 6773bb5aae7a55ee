@NullMarked
package se.postboxen.kollegan.tenant;

import org.jspecify.annotations.NullMarked;
