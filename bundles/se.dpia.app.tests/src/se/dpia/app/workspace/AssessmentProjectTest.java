package se.dpia.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.tests.ui.TestFolders;

/** Linking an assessment folder as a workspace project, also when the folder was replaced behind the workspace's back. */
class AssessmentProjectTest {

	@Test
	void aFolderReplacedWithoutItsProjectFileIsLinkedAgain(@TempDir Path folder) throws Exception {
		TestFolders.copyExample("ange-trygghetskamera", folder);
		AssessmentProject.link(folder);
		// the folder is cloned anew at the same path: the workspace still knows the project, its .project is gone
		Files.delete(folder.resolve(".project"));

		IProject project = AssessmentProject.link(folder);

		assertTrue(project.isOpen());
		assertTrue(project.getFile("assessment.dpia").exists());
		assertEquals(folder.toRealPath(), Path.of(project.getLocationURI()).toRealPath());
	}
}
