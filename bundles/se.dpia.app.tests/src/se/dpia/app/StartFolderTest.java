package se.dpia.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which folder the workbench opens from its arguments, as the launch scripts pass them. */
class StartFolderTest {

	@Test
	void assessmentOptionNamesTheFolder(@TempDir Path folder) {
		assertEquals(Optional.of(folder), StartFolder.from(new String[] { "--assessment", folder.toString() }));
	}

	@Test
	void aFolderGivenAloneIsOpened(@TempDir Path folder) {
		assertEquals(Optional.of(folder), StartFolder.from(new String[] { folder.toString(), "-showlocation" }));
	}

	@Test
	void optionValuesAndFilesAreNotFolders(@TempDir Path folder) throws Exception {
		Path file = Files.createFile(folder.resolve("test.properties"));
		assertEquals(Optional.empty(), StartFolder.from(new String[] { "-testproperties", folder.toString(), file.toString() }));
	}
}
