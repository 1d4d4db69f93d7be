package se.dpia.assessment;

import java.nio.charset.StandardCharsets;

import se.dpia.assessment.approval.ContentHash;
import se.dpia.model.Assessment;

/** Small assessments for tests, written as XMI. */
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
		Assessment assessment = ContentHash.loadModel("test.dpia", xmi.getBytes(StandardCharsets.UTF_8));
		if (assessment == null) {
			throw new IllegalArgumentException("test model does not load: " + content);
		}
		return assessment;
	}
}
