@NullMarked
package se.postboxen.kollegan.person;

import org.jspecify.annotations.NullMarked;
