package se.dpia.rules;

import java.util.Locale;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

import se.dpia.model.validation.MessageBundle;

/**
 * The rule language's texts: diagnostics, consent answers and case-file errors, from {@code messages.properties}
 * (English) and {@code messages_sv.properties} (Swedish) beside this class. The language of a diagnostic is the one
 * set on its resource set with {@link #useLocale(ResourceSet, Locale)}, else the JVM's (the workbench's {@code -nl}).
 */
public final class RulesMessages {

	private static final MessageBundle TEXTS = new MessageBundle("se.dpia.rules.messages", RulesMessages.class.getClassLoader());

	private RulesMessages() {
	}

	/** The text under {@code key} in {@code locale}, with {0}, {1}, … filled in; the key itself if there is none. */
	public static String format(Locale locale, String key, Object... arguments) {
		return TEXTS.format(locale, key, arguments);
	}

	/** The text under {@code key} in the language of {@code context}'s resource set. */
	public static String format(EObject context, String key, Object... arguments) {
		return format(localeOf(context), key, arguments);
	}

	/** Diagnostics of the resources in {@code resourceSet} are written in {@code locale} from now on. */
	public static void useLocale(ResourceSet resourceSet, Locale locale) {
		resourceSet.eAdapters().removeIf(LocaleAdapter.class::isInstance);
		resourceSet.eAdapters().add(new LocaleAdapter(locale));
	}

	/** The language set on {@code context}'s resource set, else the JVM's. */
	public static Locale localeOf(EObject context) {
		Resource resource = context == null ? null : context.eResource();
		ResourceSet resourceSet = resource == null ? null : resource.getResourceSet();
		if (resourceSet != null) {
			for (Adapter adapter : resourceSet.eAdapters()) {
				if (adapter instanceof LocaleAdapter locale) {
					return locale.locale;
				}
			}
		}
		return Locale.getDefault();
	}

	private static final class LocaleAdapter extends AdapterImpl {

		private final Locale locale;

		LocaleAdapter(Locale locale) {
			this.locale = locale;
		}
	}
}
