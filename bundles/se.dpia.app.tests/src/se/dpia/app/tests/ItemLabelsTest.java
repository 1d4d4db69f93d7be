package se.dpia.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.dpia.model.Assessment;
import se.dpia.model.editor.ModelEditingDomain;
import se.dpia.model.io.AssessmentFiles;
import se.dpia.tests.ui.TestFolders;

/** The tree's labels where the generated ones say too little, on the example. */
class ItemLabelsTest {

	private static final Path EXAMPLE = TestFolders.ROOT.resolve("examples/ange-trygghetskamera/assessment.dpia");

	private AdapterFactoryEditingDomain domain;
	private Assessment assessment;

	@BeforeEach
	void loadTheExample() throws Exception {
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		assessment = AssessmentFiles.load(AssessmentFiles.prepare(resourceSet), EXAMPLE);
		domain = ModelEditingDomain.create(resourceSet);
	}

	@AfterEach
	void dispose() {
		ModelEditingDomain.dispose(domain);
	}

	@Test
	void aProjectResourceIsKnownByItsPerson() {
		String label = label(assessment.getResources().get(0));
		assertEquals(typeOf("ProjectResource") + " " + assessment.getResources().get(0).getPerson().getName(), label);
	}

	@Test
	void aPersonWithoutANameIsKnownByTitle() {
		var dpo = assessment.getPeople().stream().filter(p -> "dataskyddsombudet".equals(p.getId())).findFirst()
				.orElseThrow();
		assertEquals(typeOf("Person") + " " + dpo.getTitle(), label(dpo));
	}

	@Test
	void aNamedPersonKeepsTheGeneratedLabel() {
		var named = assessment.getPeople().get(0);
		assertEquals(typeOf("Person") + " " + named.getName(), label(named));
	}

	private String label(Object element) {
		return ((IItemLabelProvider) domain.getAdapterFactory().adapt(element, IItemLabelProvider.class))
				.getText(element);
	}

	private static String typeOf(String eClass) {
		return se.dpia.model.provider.DpiaEditPlugin.INSTANCE.getString("_UI_" + eClass + "_type");
	}
}
