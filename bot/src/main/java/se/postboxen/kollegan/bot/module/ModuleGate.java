package se.postboxen.kollegan.bot.module;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import se.postboxen.kollegan.bot.security.CurrentUser;

/**
 * Enforces {@link RequiresModule} before a controller runs, for the signed-in caller's
 * tenant: a module that is off answers {@link ModuleOffException} (404). The security
 * rules run first, so a caller who may not use an endpoint at all still gets their 401 or
 * 403.
 */
final class ModuleGate implements HandlerInterceptor {

	private final ModuleFlags flags;

	private final CurrentUser currentUser;

	ModuleGate(ModuleFlags flags, CurrentUser currentUser) {
		this.flags = flags;
		this.currentUser = currentUser;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		RequiresModule required = (handler instanceof HandlerMethod method) ? required(method) : null;
		if (required != null && !this.flags.on(this.currentUser.get().tenantId(), required.value())) {
			throw new ModuleOffException(required.value());
		}
		return true;
	}

	/** The method's own module, else its controller's. */
	static @Nullable RequiresModule required(HandlerMethod method) {
		RequiresModule onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequiresModule.class);
		return (onMethod != null) ? onMethod
				: AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresModule.class);
	}

}
