package se.dpia.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.junit.jupiter.api.Test;

/**
 * Nothing invented: every yes/no or enumerated fact a user may leave open has a "not stated" state, and that state
 * is its default, so a model that says nothing reads "Ej angivet" rather than "Nej" or the first value of a list.
 */
class ThreeStateFactsTest {

	/** Attributes that may do without a "not stated" state, each with the reason. Keep this list short. */
	private static final Map<String, String> ALLOWED = Map.of(
			"Assessment.status", "a workflow state: a new assessment is a draft (utkast) by definition",
			"Review.dpoSignedOff", "written only by ./dpia approve; false is the fact that the DPO has not signed off",
			"Review.conclusion", "its first literal ejBeslutad (ej beslutad) is the not-yet-decided state",
			"ThreatDecision.decision", "written only by ./dpia threats --accept or --dismiss, never left unset",
			"Mitigation.appearsIn", "many-valued: an empty list states nothing",
			"Mitigation.annexHeadings", "many-valued: an empty list states nothing (the PUB annexes say so per heading)");

	@Test
	void everyBooleanOrEnumAttributeHasANotStatedDefault() {
		List<String> missing = new ArrayList<>();
		for (EClassifier classifier : DpiaPackage.eINSTANCE.getEClassifiers()) {
			if (!(classifier instanceof EClass type)) {
				continue;
			}
			for (EAttribute attribute : type.getEAttributes()) {
				String name = type.getName() + "." + attribute.getName();
				if (ALLOWED.containsKey(name)) {
					continue;
				}
				Class<?> instance = attribute.getEAttributeType().getInstanceClass();
				if (instance == boolean.class || instance == Boolean.class) {
					missing.add(name + " is a boolean: use JaNej");
				} else if (attribute.getEAttributeType() instanceof EEnum enumeration
						&& !notStated(attribute, enumeration)) {
					missing.add(name + " (" + enumeration.getName() + ") does not default to a not-stated literal");
				}
			}
		}
		assertEquals(List.of(), missing);
	}

	@Test
	void theAllowListNamesOnlyAttributesThatExist() {
		for (String name : ALLOWED.keySet()) {
			String[] parts = name.split("\\.");
			EClass type = (EClass) DpiaPackage.eINSTANCE.getEClassifier(parts[0]);
			assertEquals(parts[1], type.getEStructuralFeature(parts[1]).getName(), name);
		}
	}

	@Test
	void yesAndNoReadTheTrueAndFalseOfFilesWrittenWhenTheyWereBooleans() {
		assertSame(JaNej.JA, DpiaFactory.eINSTANCE.createFromString(DpiaPackage.Literals.JA_NEJ, "true"));
		assertSame(JaNej.NEJ, DpiaFactory.eINSTANCE.createFromString(DpiaPackage.Literals.JA_NEJ, "false"));
		assertSame(JaNej.EJ_ANGIVET, DpiaFactory.eINSTANCE.createDataFlow().getEncrypted());
	}

	private static boolean notStated(EAttribute attribute, EEnum enumeration) {
		EEnumLiteral first = enumeration.getELiterals().get(0);
		boolean firstIsNotStated = first.getName().startsWith("ejAngiv") || first.getLiteral().startsWith("ej angiv");
		Object defaultValue = attribute.getDefaultValue();
		return firstIsNotStated && (defaultValue == null || defaultValue == first.getInstance());
	}
}
