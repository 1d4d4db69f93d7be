package se.dpia.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.dpia.model.Assessment;
import se.dpia.model.DpiaPackage;
import se.dpia.model.Risk;
import se.dpia.model.RiskStatus;
import se.dpia.model.editor.ModelEditingDomain;
import se.dpia.model.editor.properties.CellEditors;
import se.dpia.model.editor.properties.ChoiceCellEditor;
import se.dpia.model.editor.properties.DataTypeCellEditor;
import se.dpia.model.editor.properties.ItemPropertyDescriptorAdapter;
import se.dpia.model.editor.properties.ItemPropertySourceProvider;
import se.dpia.model.editor.properties.ManyValuesCellEditor;
import se.dpia.model.io.AssessmentFiles;
import se.dpia.model.provider.DpiaEditPlugin;
import se.dpia.tests.ui.TestFolders;

/** The property source over the generated item providers, on the example's risk R1, without the workbench's views. */
class ItemPropertySourceTest {

	private static final Path EXAMPLE = TestFolders.ROOT.resolve("examples/ange-trygghetskamera/assessment.dpia");

	private AdapterFactoryEditingDomain domain;
	private Risk risk;
	private IPropertySource source;

	@BeforeEach
	void loadTheExample() throws Exception {
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		Assessment assessment = AssessmentFiles.load(AssessmentFiles.prepare(resourceSet), EXAMPLE);
		domain = ModelEditingDomain.create(resourceSet);
		risk = assessment.getRisks().stream().filter(r -> "R1".equals(r.getId())).findFirst().orElseThrow();
		source = new ItemPropertySourceProvider(domain.getAdapterFactory()).getPropertySource(risk);
	}

	@AfterEach
	void dispose() {
		ModelEditingDomain.dispose(domain);
	}

	@Test
	void settingALikelihoodIsACommandThatUndoes() {
		ItemPropertyDescriptorAdapter likelihood = descriptor(DpiaPackage.Literals.RISK__LIKELIHOOD);
		int before = risk.getLikelihood();
		int after = before == 4 ? 1 : before + 1;

		source.setPropertyValue(likelihood.getId(), after);

		assertEquals(after, risk.getLikelihood());
		assertEquals(after, source.getPropertyValue(likelihood.getId()), "the sheet reads the plain value, not EMF's wrapper");
		assertTrue(ModelEditingDomain.isDirty(domain));
		domain.getCommandStack().undo();
		assertEquals(before, risk.getLikelihood());
		assertFalse(ModelEditingDomain.isDirty(domain));
	}

	@Test
	void everyDescriptorHasAName() {
		IPropertyDescriptor[] descriptors = source.getPropertyDescriptors();
		assertTrue(descriptors.length >= 10, Arrays.toString(descriptors));
		for (IPropertyDescriptor descriptor : descriptors) {
			assertFalse(descriptor.getDisplayName().isBlank(), String.valueOf(descriptor.getId()));
		}
	}

	@Test
	void anEnumOffersItsLiteralsLabelledInTheWorkbenchLanguage() {
		ItemPropertyDescriptorAdapter status = descriptor(DpiaPackage.Literals.RISK__STATUS);
		Collection<?> choices = CellEditors.choices(risk, status.itemDescriptor(), DpiaPackage.Literals.RISK_STATUS);
		assertTrue(choices.containsAll(RiskStatus.VALUES), String.valueOf(choices));
		String label = status.getLabelProvider().getText(RiskStatus.HANTERAD);
		assertEquals(DpiaEditPlugin.INSTANCE.getString("_UI_RiskStatus_hanterad_literal"), label);
		// the Swedish literal only where Swedish is the language: plugin_en.properties gives English
		assertEquals(Locale.getDefault().getLanguage().equals("sv"), label.equals(RiskStatus.HANTERAD.getLiteral()), label);
	}

	@Test
	void eachKindOfFeatureGetsItsCellEditor() {
		Shell shell = new Shell(Display.getCurrent());
		try {
			assertInstanceOf(DataTypeCellEditor.class, descriptor(DpiaPackage.Literals.RISK__LIKELIHOOD).createPropertyEditor(shell));
			assertInstanceOf(DataTypeCellEditor.class, descriptor(DpiaPackage.Literals.IDENTIFIED__NAME).createPropertyEditor(shell));
			assertInstanceOf(ChoiceCellEditor.class, descriptor(DpiaPackage.Literals.RISK__STATUS).createPropertyEditor(shell));
			var mitigations = descriptor(DpiaPackage.Literals.RISK__MITIGATIONS).createPropertyEditor(shell);
			assertInstanceOf(ManyValuesCellEditor.class, mitigations);
		} finally {
			shell.dispose();
		}
	}

	@Test
	void aWholeNumberRefusesLettersWithAMessageAndAcceptsDigits() {
		Shell shell = new Shell(Display.getCurrent());
		try {
			DataTypeCellEditor editor = new DataTypeCellEditor(shell, EcorePackage.Literals.EINT);
			String problem = editor.getValidator().isValid("tre");
			assertNotNull(problem);
			assertTrue(problem.contains("tre"), problem);
			assertNull(editor.getValidator().isValid("3"));
			assertNotNull(editor.getValidator().isValid(""), "an int can't be empty");
			editor.setValue(2);
			assertEquals(2, editor.getValue());
		} finally {
			shell.dispose();
		}
	}

	private ItemPropertyDescriptorAdapter descriptor(EStructuralFeature feature) {
		return Arrays.stream(source.getPropertyDescriptors()).map(ItemPropertyDescriptorAdapter.class::cast)
				.filter(d -> d.itemDescriptor().getFeature(risk) == feature).findFirst()
				.orElseThrow(() -> new AssertionError("no property descriptor for " + feature.getName()));
	}
}
