package se.dpia.rules.ide;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import se.dpia.rules.load.FolderResources;

/** An assessment folder with one rule file, opened through the IDE injector as a language server would. */
final class IdeFixture {

	static final String MODEL = """
			<?xml version="1.0" encoding="UTF-8"?>
			<dpia:Assessment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:dpia="https://dpia.se/model/1.0"
			    id="test" name="Test">
			  <operations id="hemtjänst"/>
			  <technologies id="Kamera" kind="trygghetskamera" operations="hemtjänst"/>
			  <technologies id="Sensor" kind="rörelsesensor" operations="hemtjänst"/>
			  <systems id="Lifecare" kind="verksamhetssystem"/>
			  <systems id="Plattformen" kind="administrationsplattform"/>
			  <mitigations id="A1" name="Utbildning"/>
			</dpia:Assessment>
			""";

	private static Injector injector;

	final XtextResource resource;
	final Document document;

	private IdeFixture(XtextResource resource, String text) {
		this.resource = resource;
		this.document = new Document(1, text);
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new RulesIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	static IdeFixture open(Path folder, String text) throws IOException {
		Files.writeString(folder.resolve("model.dpia"), MODEL);
		Files.writeString(folder.resolve("regler.regler"), text);
		FolderResources loaded = FolderResources.load(injector(), folder);
		return new IdeFixture((XtextResource) loaded.ruleResources().get(0), text);
	}

	/** Applies edits as a language client does: all against the original text, the last one first. */
	static String apply(Document document, List<org.eclipse.lsp4j.TextEdit> edits) {
		List<org.eclipse.lsp4j.TextEdit> lastFirst = new java.util.ArrayList<>(edits);
		lastFirst.sort(java.util.Comparator.comparingInt((org.eclipse.lsp4j.TextEdit e) -> document.getOffSet(e.getRange().getStart())).reversed());
		Document result = document;
		for (org.eclipse.lsp4j.TextEdit edit : lastFirst) {
			result = result.applyChanges(List.of(edit));
		}
		return result.getContents();
	}

	String uri() {
		return resource.getURI().toString();
	}

	List<Issue> validate() {
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	/** Just enough of a language server for the code-action service: this one open document. */
	ILanguageServerAccess languageServer() {
		return (ILanguageServerAccess) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { ILanguageServerAccess.class }, (proxy, method, args) -> switch (method.getName()) {
					case "doSyncRead" -> ((Function<ILanguageServerAccess.Context, ?>) args[1])
							.apply(new ILanguageServerAccess.Context(resource, document, true, CancelIndicator.NullImpl));
					case "newLiveScopeResourceSet" -> resource.getResourceSet();
					case "getInitializeParams" -> initializeParams();
					default -> throw new UnsupportedOperationException(method.getName());
				});
	}

	private static InitializeParams initializeParams() {
		InitializeParams params = new InitializeParams();
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setWorkspace(new WorkspaceClientCapabilities());
		params.setCapabilities(capabilities);
		return params;
	}
}
