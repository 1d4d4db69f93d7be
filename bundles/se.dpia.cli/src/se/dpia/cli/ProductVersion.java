package se.dpia.cli;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * The product's version and build date for {@code ./dpia --version}: the command-line bundle's version, whose
 * qualifier is the build's time stamp ({@code yyyyMMddHHmm}, UTC, set by Tycho).
 */
final class ProductVersion {

	private static final DateTimeFormatter QUALIFIER = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

	private ProductVersion() {
	}

	static String describe() {
		return "dpia " + release() + " (" + built(version().getQualifier()) + "; Java " + Runtime.version().feature() + ")";
	}

	/** The release, {@code 0.1.0}. */
	static String release() {
		Version version = version();
		return version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
	}

	private static Version version() {
		Bundle bundle = FrameworkUtil.getBundle(ProductVersion.class);
		return bundle == null ? Version.emptyVersion : bundle.getVersion();
	}

	/** "built 2026-12-02 14:05 UTC" from the qualifier, or the qualifier itself when it is no time stamp. */
	static String built(String qualifier) {
		try {
			LocalDateTime time = LocalDateTime.parse(qualifier, QUALIFIER);
			return "built " + time.toLocalDate() + " " + time.toLocalTime() + " UTC";
		} catch (DateTimeParseException e) {
			return qualifier.isEmpty() ? "build date unknown" : "build " + qualifier;
		}
	}
}
