package se.dpia.compliance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import se.dpia.model.Assessment;
import se.dpia.model.io.AssessmentFiles;

/** Minimal assessment models written as the XMI of a model file, for tests. */
public final class TestModels {

	private TestModels() {
	}

	/** An assessment whose content is the given XMI elements (technologies, flows, …). */
	public static Assessment assessment(String content) {
		String xmi = """
				<?xml version="1.0" encoding="UTF-8"?>
				<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:dpia="https://dpia.se/model/1.0"
				    id="test" name="Test">
				%s
				</dpia:Assessment>
				""".formatted(content);
		Resource resource = AssessmentFiles.prepare(new ResourceSetImpl()).createResource(URI.createFileURI("/test/test.dpia"));
		try {
			resource.load(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)), AssessmentFiles.loadOptions());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw new IllegalArgumentException("test model does not load: " + resource.getErrors().get(0).getMessage());
		}
		return (Assessment) resource.getContents().get(0);
	}
}
