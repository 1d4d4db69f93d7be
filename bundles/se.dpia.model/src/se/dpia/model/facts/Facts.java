package se.dpia.model.facts;

import org.eclipse.emf.common.util.Enumerator;

import se.dpia.model.DataCategory;
import se.dpia.model.DataFlow;
import se.dpia.model.JaNej;
import se.dpia.model.SpecialCategory;

/**
 * Reading the model's three-state facts: a yes/no fact ({@link JaNej}) or an enumerated value may be left unstated,
 * and code must not read "not stated" as either answer. Every enum whose first literal is {@code ejAngiven} (or
 * {@code ejAngivet}) uses it for "not stated".
 */
public final class Facts {

	private Facts() {
	}

	/** The fact is stated and is yes. */
	public static boolean yes(JaNej fact) {
		return fact == JaNej.JA;
	}

	/** The fact is stated and is no. */
	public static boolean no(JaNej fact) {
		return fact == JaNej.NEJ;
	}

	/** Yes or no as a stated fact, for code that builds models. */
	public static JaNej of(boolean value) {
		return value ? JaNej.JA : JaNej.NEJ;
	}

	/** The value is the enum's "not stated" literal (or missing). */
	public static boolean notStated(Enumerator value) {
		return value == null || value.getName().startsWith("ejAngiv");
	}

	/** A stated GDPR Art. 9(1) category: neither "not stated" nor "ingen". */
	public static boolean special(SpecialCategory category) {
		return !notStated(category) && category != SpecialCategory.INGEN;
	}

	/** Special-category data or data stated to be of a highly personal nature (WP248 criterion 4). */
	public static boolean sensitive(DataCategory category) {
		return special(category.getSpecialCategory()) || yes(category.getHighlyPersonal());
	}

	/** The flow carries special-category or highly personal data. */
	public static boolean sensitive(DataFlow flow) {
		return flow.getDataCategories().stream().anyMatch(Facts::sensitive);
	}
}
