@NullMarked
package se.postboxen.kollegan.action;

import org.jspecify.annotations.NullMarked;
