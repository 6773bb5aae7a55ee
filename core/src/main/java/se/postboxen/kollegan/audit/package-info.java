@NullMarked
package se.postboxen.kollegan.audit;

import org.jspecify.annotations.NullMarked;
