package se.dpia.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.model.Assessment;
import se.dpia.model.Risk;

/**
 * Model files written to attack the loader: each is refused with a message that says what to remove, and nothing is
 * read from a file outside the folder or from the network. A local server socket stands in for the network: after a
 * load it must have no connection waiting.
 */
class HostileModelFilesTest {

	private static final String ROOT = """
			<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
			    xmlns:dpia="https://dpia.se/model/1.0" id="x" name="%s"/>
			""";

	@TempDir
	Path folder;

	private Path secret;
	private ServerSocketChannel server;

	@BeforeEach
	void listen() throws IOException {
		secret = Files.writeString(Files.createDirectories(folder.getParent().resolve(folder.getFileName() + "-elsewhere"))
				.resolve("secret.txt"), "hemligt");
		server = ServerSocketChannel.open();
		server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
		server.configureBlocking(false);
	}

	@AfterEach
	void close() throws IOException {
		server.close();
		Files.deleteIfExists(secret);
		Files.deleteIfExists(secret.getParent());
	}

	private String local(String path) {
		return "http://127.0.0.1:" + server.socket().getLocalPort() + "/" + path;
	}

	private ModelLoadException refused(String xml) throws IOException {
		Path hostile = Files.writeString(folder.resolve("hostile.dpia"), xml);
		ModelLoadException refusal = assertThrows(ModelLoadException.class, () -> AssessmentFiles.load(hostile));
		assertFalse(refusal.getMessage().contains("hemligt"), refusal.getMessage());
		assertNoConnection();
		return refusal;
	}

	private void assertNoConnection() throws IOException {
		// the load is synchronous: a connection it made would already be waiting in the backlog
		assertNull(server.accept(), "the loader connected to the network");
	}

	@Test
	void anExternalEntityNamingAFileIsRefused() throws Exception {
		ModelLoadException refusal = refused("""
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE x [ <!ENTITY secret SYSTEM "%s"> ]>
				""".formatted(secret.toUri()) + ROOT.formatted("&secret;"));

		assertTrue(refusal.getMessage().contains("DOCTYPE") && refusal.getMessage().contains("remove"), refusal.getMessage());
	}

	@Test
	void anExternalEntityNamingAUrlIsRefusedWithoutConnecting() throws Exception {
		ModelLoadException refusal = refused("""
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE x [ <!ENTITY remote SYSTEM "%s"> ]>
				""".formatted(local("entity.txt")) + ROOT.formatted("&remote;"));

		assertTrue(refusal.getMessage().contains("DOCTYPE"), refusal.getMessage());
	}

	@Test
	void aParameterEntityIsRefusedWithoutConnecting() throws Exception {
		ModelLoadException refusal = refused("""
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE x [ <!ENTITY %% remote SYSTEM "%s"> %%remote; ]>
				""".formatted(local("evil.dtd")) + ROOT.formatted("x"));

		assertTrue(refusal.getMessage().contains("DOCTYPE"), refusal.getMessage());
	}

	@Test
	void anExternalDtdIsRefusedWithoutConnecting() throws Exception {
		ModelLoadException refusal = refused("""
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE x SYSTEM "%s">
				""".formatted(local("evil.dtd")) + ROOT.formatted("x"));

		assertTrue(refusal.getMessage().contains("DOCTYPE"), refusal.getMessage());
	}

	@Test
	void entityExpansionIsRefusedBeforeAnythingIsExpanded() throws Exception {
		StringBuilder laughs = new StringBuilder("<!ENTITY lol0 \"lol\">\n");
		for (int i = 1; i <= 9; i++) {
			laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
		}
		ModelLoadException refusal = refused("<?xml version=\"1.0\"?>\n<!DOCTYPE x [\n" + laughs + "]>\n"
				+ ROOT.formatted("&lol9;"));

		assertTrue(refusal.getMessage().contains("DOCTYPE"), refusal.getMessage());
		assertEquals(2, refusal.line(), "refused at the DOCTYPE, before any entity is declared");
	}

	@Test
	void anUnknownNamespaceIsNotFetched() throws Exception {
		ModelLoadException refusal = refused("""
				<?xml version="1.0" encoding="UTF-8"?>
				<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:dpia="https://dpia.se/model/1.0" xmlns:evil="%s" id="x" name="x">
				  <evil:Thing/>
				</dpia:Assessment>
				""".formatted(local("package.ecore")));

		assertEquals(4, refusal.line());
		assertTrue(refusal.getMessage().contains("'Thing' is not part of the assessment model"), refusal.getMessage());
	}

	@Test
	void aSchemaLocationIsNotFetched() throws Exception {
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:dpia="https://dpia.se/model/1.0"
				    xmlns:evil="urn:evil" xsi:schemaLocation="urn:evil %s" id="x" name="x">
				  <evil:Thing/>
				</dpia:Assessment>
				""".formatted(local("evil.ecore"));

		refused(xml);
	}

	@Test
	void anXIncludeIsNeitherFollowedNorFetched() throws Exception {
		refused("""
				<?xml version="1.0" encoding="UTF-8"?>
				<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:dpia="https://dpia.se/model/1.0" xmlns:xi="http://www.w3.org/2001/XInclude" id="x" name="x">
				  <xi:include href="%s" parse="text"/>
				</dpia:Assessment>
				""".formatted(secret.toUri()));
	}

	@Test
	void aReferenceToAModelOutsideTheFolderIsLeftUnresolved() throws Exception {
		Path outside = Files.writeString(secret.resolveSibling("other.dpia"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:dpia="https://dpia.se/model/1.0" id="o" name="hemligt">
				  <mitigations id="A9" name="hemligt"/>
				</dpia:Assessment>
				""");
		try {
			Path model = Files.writeString(folder.resolve("assessment.dpia"), """
					<?xml version="1.0" encoding="UTF-8"?>
					<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
					    xmlns:dpia="https://dpia.se/model/1.0" id="x" name="x">
					  <risks id="R1" name="r">
					    <mitigations href="%s#A9"/>
					    <mitigations href="%s#A8"/>
					  </risks>
					</dpia:Assessment>
					""".formatted(outside.toUri(), local("remote.dpia")));
			ResourceSet resourceSet = AssessmentFiles.prepare(new ResourceSetImpl());
			Assessment assessment = AssessmentFiles.load(resourceSet, model);

			EcoreUtil.resolveAll(resourceSet);

			Risk risk = assessment.getRisks().get(0);
			assertTrue(risk.getMitigations().stream().allMatch(m -> m.eIsProxy()), "both references stay unresolved");
			assertTrue(resourceSet.getResources().stream().skip(1).allMatch(r -> r.getContents().isEmpty()),
					"nothing but the model itself was read");
			assertNoConnection();
		} finally {
			Files.deleteIfExists(outside);
		}
	}

	@Test
	void aReferenceThroughASymlinkedSubfolderLeadingOutIsLeftUnresolved() throws Exception {
		Path outside = Files.writeString(secret.resolveSibling("other.dpia"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:dpia="https://dpia.se/model/1.0" id="o" name="hemligt">
				  <mitigations id="A9" name="hemligt"/>
				</dpia:Assessment>
				""");
		try {
			Files.createSymbolicLink(folder.resolve("delat"), secret.getParent());
			Path model = Files.writeString(folder.resolve("assessment.dpia"), """
					<?xml version="1.0" encoding="UTF-8"?>
					<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
					    xmlns:dpia="https://dpia.se/model/1.0" id="x" name="x">
					  <risks id="R1" name="r">
					    <mitigations href="delat/other.dpia#A9"/>
					  </risks>
					</dpia:Assessment>
					""");
			ResourceSet resourceSet = AssessmentFiles.prepare(new ResourceSetImpl());
			Assessment assessment = AssessmentFiles.load(resourceSet, model);

			EcoreUtil.resolveAll(resourceSet);

			assertTrue(assessment.getRisks().get(0).getMitigations().get(0).eIsProxy(), "the reference stays unresolved");
			assertTrue(resourceSet.getResources().stream().skip(1).allMatch(r -> r.getContents().isEmpty()),
					"nothing but the model itself was read");
			String refusal = FolderGuard.of(resourceSet).refusal(org.eclipse.emf.common.util.URI
					.createFileURI(folder.resolve("delat/other.dpia").toString()));
			assertTrue(refusal != null && refusal.contains("symbolic link"), refusal);
		} finally {
			Files.deleteIfExists(outside);
		}
	}

	@Test
	void aModelFileLinkedFromOutsideTheFolderIsRefused() throws Exception {
		Path outside = Files.writeString(secret.resolveSibling("other.dpia"), ROOT.formatted("hemligt"));
		try {
			Path link = Files.createSymbolicLink(folder.resolve("assessment.dpia"), outside);

			ModelLoadException refusal = assertThrows(ModelLoadException.class, () -> AssessmentFiles.load(link));

			assertTrue(refusal.getMessage().contains("symbolic link"), refusal.getMessage());
			assertFalse(refusal.getMessage().contains("hemligt"), refusal.getMessage());
		} finally {
			Files.deleteIfExists(outside);
		}
	}

	@Test
	void aLinkInsideTheFolderToAFileInsideIsFollowed() throws Exception {
		Files.createDirectories(folder.resolve("modeller"));
		Path real = Files.writeString(folder.resolve("modeller/real.dpia"), ROOT.formatted("inne"));
		Path link = Files.createSymbolicLink(folder.resolve("assessment.dpia"), real);

		assertEquals("inne", AssessmentFiles.load(link).getName());
	}

	@Test
	void aModelFileAboveTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
		Path huge = folder.resolve("huge.dpia");
		try (var out = Files.newBufferedWriter(huge)) {
			out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dpia:Assessment xmi:version=\"2.0\""
					+ " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:dpia=\"https://dpia.se/model/1.0\" id=\"x\" name=\"x\">\n");
			String risk = "  <risks id=\"R%d\" name=\"En risk som upprepas för att göra filen stor\" likelihood=\"2\" severity=\"3\"/>\n";
			for (int i = 0; i < 520_000; i++) {
				out.write(risk.formatted(i));
			}
			out.write("</dpia:Assessment>\n");
		}
		assertTrue(Files.size(huge) > 50L * 1024 * 1024, "a 50 MB model: " + Files.size(huge));

		ModelLoadException refusal = assertThrows(ModelLoadException.class, () -> AssessmentFiles.load(huge));

		assertTrue(refusal.getMessage().contains("above the limit of 10.0 MB"), refusal.getMessage());
	}
}
