package se.dpia.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.model.Assessment;
import se.dpia.model.DpiaFactory;
import se.dpia.model.Risk;

/** Loading records where each element's start tag begins, so problems can name a line and column. */
class ElementPositionTest {

	@Test
	void everyElementKnowsTheLineAndColumnOfItsStartTag(@TempDir Path folder) throws Exception {
		Path file = Files.writeString(folder.resolve("a.dpia"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:dpia="https://dpia.se/model/1.0"
				    id="a" name="Åtgärder">
				  <risks id="R1" name="Obehörig tittar in"/>
				  <risks id="R2" name="Kameran går sönder, även när strömmen bryts och routern startar om"
				      likelihood="2" severity="3"/>
				\t<risks id="R3"/>
				</dpia:Assessment>
				""");

		Assessment assessment = AssessmentFiles.load(file);

		assertPosition(2, 1, ElementPosition.of(assessment));
		assertPosition(4, 3, ElementPosition.of(assessment.getRisks().get(0)));
		assertPosition(5, 3, ElementPosition.of(assessment.getRisks().get(1)));
		assertPosition(7, 2, ElementPosition.of(assessment.getRisks().get(2)));
	}

	@Test
	void anElementAddedAfterLoadingTakesItsContainersPlace(@TempDir Path folder) throws Exception {
		Path file = Files.writeString(folder.resolve("a.dpia"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:dpia="https://dpia.se/model/1.0" id="a"/>
				""");
		Assessment assessment = AssessmentFiles.load(file);
		Risk added = DpiaFactory.eINSTANCE.createRisk();
		assessment.getRisks().add(added);

		assertNull(ElementPosition.of(added));
		assertPosition(2, 1, ElementPosition.nearest(added));
	}

	private static void assertPosition(int line, int column, ElementPosition position) {
		assertEquals(line + ":" + column, position.line() + ":" + position.column());
	}
}
