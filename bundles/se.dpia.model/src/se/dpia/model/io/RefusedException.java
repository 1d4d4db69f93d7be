package se.dpia.model.io;

import java.io.IOException;

/** An I/O refusal whose reason can be shown in any language: EMF wraps it, and the loader finds it again by type. */
public final class RefusedException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient LoadText reason;

	public RefusedException(LoadText reason) {
		super(reason.toString());
		this.reason = reason;
	}

	public LoadText reason() {
		return reason;
	}

	/** The reason of the refusal somewhere among {@code failure}'s causes, if it is one. */
	public static java.util.Optional<LoadText> reasonIn(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof RefusedException refused) {
				return java.util.Optional.of(refused.reason());
			}
		}
		return java.util.Optional.empty();
	}
}
