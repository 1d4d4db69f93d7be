package se.dpia.documents;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;

import se.dpia.documents.pdf.FontCoverage;
import se.dpia.model.Assessment;

/**
 * Text in the model or the rule files that the documents' font cannot draw (it would print as {@code #}): found
 * before anything is laid out, and told with the element, the attribute and the character, so the group can write it
 * in another way (or transliterate a name) before the documents are used.
 */
final class MissingGlyphs {

	/** The most places reported; a model in a script the font lacks would otherwise give one line per text. */
	static final int MAX_REPORTED = 20;

	private MissingGlyphs() {
	}

	/** One line per text with a character the font cannot draw, e.g. "the Risk R1, name: '東' (U+6771) ...". */
	static List<String> in(Assessment assessment, List<? extends EObject> ruleFiles) {
		List<String> found = new ArrayList<>();
		int[] more = { 0 };
		if (assessment != null) {
			scan(assessment, assessment.eAllContents(), null, found, more);
		}
		for (EObject rules : ruleFiles) {
			Resource resource = rules.eResource();
			scan(rules, rules.eAllContents(), resource == null ? null : resource.getURI().lastSegment(), found, more);
		}
		if (more[0] > 0) {
			found.add(String.format(Locale.ROOT, "... and %d more texts with characters the document font cannot draw",
					more[0]));
		}
		return found;
	}

	private static void scan(EObject first, Iterator<? extends EObject> rest, String file, List<String> found, int[] more) {
		if (first != null) {
			check(first, file, found, more);
		}
		rest.forEachRemaining(element -> check(element, file, found, more));
	}

	private static void check(EObject element, String file, List<String> found, int[] more) {
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType() != EcorePackage.Literals.ESTRING || attribute.isMany()
					|| !element.eIsSet(attribute)) {
				continue;
			}
			String text = (String) element.eGet(attribute);
			int missing = text == null ? -1 : FontCoverage.firstMissing(text);
			if (missing < 0) {
				continue;
			}
			if (found.size() >= MAX_REPORTED) {
				more[0]++;
				continue;
			}
			found.add(String.format(Locale.ROOT, "%s%s, %s: '%s' (U+%04X) is not in the document font (DejaVu Sans)"
					+ " and would print as #; write it with other characters", file == null ? "" : file + ": ",
					where(element), attribute.getName(), Character.toString(missing), missing));
		}
	}

	private static String where(EObject element) {
		EAttribute id = element.eClass().getEIDAttribute();
		Object value = id == null ? null : element.eGet(id);
		EAttribute name = (EAttribute) element.eClass().getEStructuralFeature("name");
		if (value == null && name != null && name.getEAttributeType() == EcorePackage.Literals.ESTRING) {
			value = element.eGet(name);
		}
		return "the " + element.eClass().getName() + (value == null ? "" : " " + value);
	}
}
