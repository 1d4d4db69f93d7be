package se.dpia.model.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;

import se.dpia.model.DpiaPackage;

/**
 * Every label the workbench shows for the model is translated: class and property names into Swedish (the generated
 * plugin.properties has English ones), enum values into English (the generated ones are the Swedish literals). Walks
 * the metamodel, so a class, feature or literal added to dpia.ecore without a translation fails here.
 */
class LabelTranslationsTest {

	@Test
	void everyClassAndPropertyHasASwedishLabel() throws IOException {
		Properties swedish = load("/plugin_sv.properties");
		List<String> missing = new ArrayList<>();
		for (EClassifier classifier : DpiaPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				require(swedish, "_UI_" + eClass.getName() + "_type", missing);
				for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
					require(swedish, "_UI_" + eClass.getName() + "_" + feature.getName() + "_feature", missing);
				}
			}
		}
		assertEquals(List.of(), missing, "keys missing from plugin_sv.properties");
	}

	@Test
	void everyEnumValueHasAnEnglishLabel() throws IOException {
		Properties english = load("/plugin_en.properties");
		List<String> missing = new ArrayList<>();
		for (EClassifier classifier : DpiaPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EEnum eEnum) {
				for (EEnumLiteral literal : eEnum.getELiterals()) {
					require(english, "_UI_" + eEnum.getName() + "_" + literal.getName() + "_literal", missing);
				}
			}
		}
		assertEquals(List.of(), missing, "keys missing from plugin_en.properties");
	}

	@Test
	void swedishLabelsKeepTheirLetters() throws IOException {
		// the platform reads plugin properties as ISO 8859-1: å, ä and ö must survive that
		assertEquals("Åtgärd", load("/plugin_sv.properties").getProperty("_UI_Mitigation_type"));
	}

	private static void require(Properties labels, String key, List<String> missing) {
		String label = labels.getProperty(key);
		if (label == null || label.isBlank()) {
			missing.add(key);
		}
	}

	private static Properties load(String name) throws IOException {
		try (InputStream in = LabelTranslationsTest.class.getResourceAsStream(name)) {
			assertNotNull(in, name + " is not in the bundle");
			Properties labels = new Properties();
			labels.load(in);
			return labels;
		}
	}
}
