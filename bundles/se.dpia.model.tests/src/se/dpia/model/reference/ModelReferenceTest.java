package se.dpia.model.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.junit.jupiter.api.Test;

/**
 * The build writes the model reference from the {@code .ecore} into {@code target/model-reference.md}; the committed
 * {@code docs/model-reference.md} must be that page. After a model change: copy the generated page over it, or run
 * the tests with {@code -Ddpia.updateDocs=true}.
 */
class ModelReferenceTest {

	private static final Path ROOT = Path.of(System.getProperty("dpia.root", "../.."));

	@Test
	void theCommittedModelReferenceIsTheOneGeneratedFromTheEcore() throws Exception {
		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		Path ecore = ROOT.resolve("bundles/se.dpia.model/model/dpia.ecore").toAbsolutePath();
		Resource resource = resources.getResource(URI.createFileURI(ecore.toString()), true);
		String generated = ModelReference.markdown((EPackage) resource.getContents().get(0));

		Path written = ROOT.resolve("bundles/se.dpia.model.tests/target/model-reference.md");
		Files.createDirectories(written.getParent());
		Files.writeString(written, generated);
		Path committed = ROOT.resolve("docs/model-reference.md");
		if (Boolean.getBoolean("dpia.updateDocs")) {
			Files.writeString(committed, generated);
		}
		assertTrue(generated.contains("### Risk") && generated.contains("`residualLikelihood`"), "the page lists the model");
		assertEquals(Files.exists(committed) ? Files.readString(committed) : "", generated,
				"docs/model-reference.md differs from the .ecore: copy " + written + " over it");
	}
}
