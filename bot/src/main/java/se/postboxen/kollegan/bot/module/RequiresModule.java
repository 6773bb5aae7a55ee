package se.postboxen.kollegan.bot.module;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import se.postboxen.kollegan.module.Module;

/**
 * The module a controller (or one of its methods) belongs to: while the caller's tenant
 * has it off, every request to it is answered 404, as if it did not exist — problem+json
 * from the API, the dashboard's "page not found" from a page. One line per controller:
 * {@code @RequiresModule(Module.PROCUREMENT)}. On a method it applies to that method
 * instead of the controller's.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequiresModule {

	Module value();

}
