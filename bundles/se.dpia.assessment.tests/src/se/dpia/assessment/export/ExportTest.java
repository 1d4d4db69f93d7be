package se.dpia.assessment.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import se.dpia.assessment.JsonSchemaValidation;
import se.dpia.assessment.ModelFolder;
import se.dpia.assessment.TestModels;
import se.dpia.model.Assessment;

/** The risk register and the action plan as CSV and JSON. */
class ExportTest {

	private static final String MODEL = """
			  <people id="ansvarig" name="Åsa Öberg"/>
			  <risks id="R1" name="Obehörig tittar in; &quot;av misstag&quot;" likelihood="3" severity="3" residualLikelihood="2"
			      residualSeverity="2" mitigations="A1 A2" fearedEvent="obehörig åtkomst" linddun="identifying"/>
			  <risks id="R2" name="Kameran går sönder"/>
			  <mitigations id="A1" name="Behörighetsstyrning" kind="teknisk" owner="ansvarig" dueDate="2027-03-31" risks="R1"/>
			  <mitigations id="A2" name="Rutin för åtkomst" risks="R1"/>
			""";

	@Test
	void csvOpensWithBomSwedishHeadersAndUnstatedCellsSaidSo() {
		Register register = Register.of(TestModels.assessment(MODEL));

		byte[] bytes = CsvExport.bytes(register, Register.What.ALL, ';', Locale.of("sv"));

		assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3), "UTF-8 byte order mark");
		List<List<String>> rows = parse(new String(bytes, StandardCharsets.UTF_8).substring(1), ';');
		assertEquals(List.of("Risk", "Namn", "Oönskad händelse", "LINDDUN-kategori", "Sannolikhet", "Allvarlighet", "Nivå",
				"Band", "Kvarvarande sannolikhet", "Kvarvarande allvarlighet", "Kvarvarande nivå", "Kvarvarande band",
				"Åtgärder", "Status"), rows.get(0));
		assertEquals(List.of("R1", "Obehörig tittar in; \"av misstag\"", "obehörig åtkomst", "identifying", "3", "3", "9",
				"över acceptabel", "2", "2", "4", "acceptabel", "A1, A2", "Ej angivet"), rows.get(1));
		assertEquals(List.of("R2", "Kameran går sönder", "Ej angivet", "Ej angivet", "Ej angivet", "Ej angivet", "Ej angivet",
				"Ej angivet", "Ej angivet", "Ej angivet", "Ej angivet", "Ej angivet", "", "Ej angivet"), rows.get(2));
		assertEquals(List.of(""), rows.get(3), "an empty line between the register and the action plan");
		assertEquals(List.of("Åtgärd", "Namn", "Typ", "Ansvarig", "Klart senast", "Status", "Risker"), rows.get(4));
		assertEquals(List.of("A1", "Behörighetsstyrning", "teknisk", "Åsa Öberg", "2027-03-31", "Ej angivet", "R1"), rows.get(5));
		assertEquals(List.of("A2", "Rutin för åtkomst", "Ej angivet", "Ej angivet", "Ej angivet", "Ej angivet", "R1"), rows.get(6));
	}

	@Test
	void csvWithCommasAndEnglishHeadersQuotesTheListsOfIds() {
		String csv = CsvExport.text(Register.of(TestModels.assessment(MODEL)), Register.What.RISKS, ',', Locale.ENGLISH);

		List<List<String>> rows = parse(csv.substring(1), ',');
		assertEquals("Residual band", rows.get(0).get(11));
		assertEquals("A1, A2", rows.get(1).get(12));
		assertTrue(csv.contains(",\"A1, A2\","), csv);
		assertEquals(3, rows.size(), "risks only");
	}

	/** Java's bundles fall back to the machine's language: English asked for on a Swedish machine stays English. */
	@Test
	void csvInEnglishOnASwedishMachineHasEnglishHeaders() {
		Locale machine = Locale.getDefault();
		Locale.setDefault(Locale.of("sv", "SE"));
		try {
			String csv = CsvExport.text(Register.of(TestModels.assessment(MODEL)), Register.What.RISKS, ',', Locale.ENGLISH);

			assertEquals("Residual band", parse(csv.substring(1), ',').get(0).get(11));
		} finally {
			Locale.setDefault(machine);
		}
	}

	@Test
	void jsonOfTheExampleValidatesAgainstThePublishedSchema() throws Exception {
		ModelFolder example = ModelFolder.load(JsonSchemaValidation.ROOT.resolve("examples/ange-trygghetskamera"));
		Assessment assessment = example.assessment();

		String json = JsonExport.text(assessment, Register.of(assessment), Register.What.ALL);
		Path small = JsonSchemaValidation.write("export-small.json",
				JsonExport.text(TestModels.assessment(MODEL), Register.of(TestModels.assessment(MODEL)), Register.What.ALL));
		JsonSchemaValidation.assertValid(JsonSchemaValidation.ROOT.resolve("docs/export.schema.json").toString(),
				JsonSchemaValidation.write("export-example.json", json), small);

		JsonObject parsed = JsonParser.parseString(json).getAsJsonObject();
		assertEquals(assessment.getRisks().size(), parsed.getAsJsonArray("risks").size());
		assertEquals(assessment.getMitigations().size(), parsed.getAsJsonArray("actions").size());
		JsonObject r1 = JsonParser.parseString(Files.readString(small)).getAsJsonObject().getAsJsonArray("risks").get(0).getAsJsonObject();
		assertEquals(9, r1.get("level").getAsInt());
		assertEquals("elevated", r1.get("band").getAsString());
		assertTrue(r1.getAsJsonObject().get("kind").isJsonPrimitive());
		assertTrue(JsonParser.parseString(Files.readString(small)).getAsJsonObject().getAsJsonArray("risks").get(1)
				.getAsJsonObject().get("likelihood").isJsonNull(), "unrated is null, never a guess");
	}

	/** Where LibreOffice is installed: it reads our CSV (semicolons, UTF-8) and writes it back with the same cells. */
	@Test
	void libreOfficeReadsTheCsvWithTheRightColumnsAndCharacters(@TempDir Path folder) throws Exception {
		String soffice = onPath("soffice");
		assumeTrue(soffice != null, "LibreOffice (soffice) is not installed; the parser tests above cover the format");
		assumeTrue(hasCalc(soffice), "LibreOffice without Calc (Debian: libreoffice-calc-nogui) cannot read CSV; the parser tests above cover the format");
		Path csv = folder.resolve("riskregister.csv");
		Files.write(csv, CsvExport.bytes(Register.of(TestModels.assessment(MODEL)), Register.What.RISKS, ';', Locale.of("sv")));
		Path out = Files.createDirectories(folder.resolve("out"));
		Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--headless",
				"--infilter=CSV:59,34,76", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir",
				out.toString(), csv.toString()).redirectErrorStream(true).start();
		String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(5, TimeUnit.MINUTES), log);
		List<List<String>> rows = parse(Files.readString(out.resolve("riskregister.csv"), StandardCharsets.UTF_8)
				.replace("\uFEFF", ""), ',');
		assertEquals("Kvarvarande sannolikhet", rows.get(0).get(8), log);
		assertEquals("Obehörig tittar in; \"av misstag\"", rows.get(1).get(1));
		assertEquals("A1, A2", rows.get(1).get(12));
	}

	/** LibreOffice reads CSV with Calc, on Debian a package of its own beside Writer: its library beside soffice. */
	private static boolean hasCalc(String soffice) throws IOException {
		Path program = Path.of(soffice).toRealPath().getParent();
		return Files.exists(program.resolve("libsclo.so")) || Files.exists(program.resolve("sc.dll"))
				|| Files.exists(program.resolve("libsclo.dylib"));
	}

	private static String onPath(String program) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			if (Files.isExecutable(Path.of(dir, program))) {
				return Path.of(dir, program).toString();
			}
		}
		return null;
	}

	/** RFC 4180 as Excel and LibreOffice read it: quoted fields may hold the separator, "" and line breaks. */
	static List<List<String>> parse(String text, char separator) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == separator) {
				row.add(field.toString());
				field.setLength(0);
			} else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			} else {
				field.append(c);
			}
		}
		if (!row.isEmpty() || field.length() > 0) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}
}
