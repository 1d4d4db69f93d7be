package se.dpia.rules.ui;

import java.lang.reflect.Proxy;
import java.util.function.Function;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Just enough of a language server for Xtext's code-action (quick fix) service: the one open rule file, read
 * synchronously (the caller holds the {@link EditedRuleFile}'s lock).
 */
final class RulesLanguageServerAccess {

	private RulesLanguageServerAccess() {
	}

	@SuppressWarnings("unchecked")
	static ILanguageServerAccess of(XtextResource resource, Document document) {
		return (ILanguageServerAccess) Proxy.newProxyInstance(RulesLanguageServerAccess.class.getClassLoader(),
				new Class<?>[] { ILanguageServerAccess.class }, (proxy, method, args) -> switch (method.getName()) {
					case "doSyncRead" -> ((Function<ILanguageServerAccess.Context, ?>) args[1])
							.apply(new ILanguageServerAccess.Context(resource, document, true, CancelIndicator.NullImpl));
					case "newLiveScopeResourceSet" -> resource.getResourceSet();
					case "getInitializeParams" -> initializeParams();
					case "toString" -> "language server access to " + resource.getURI();
					case "hashCode" -> System.identityHashCode(proxy);
					case "equals" -> proxy == args[0];
					default -> throw new UnsupportedOperationException(method.getName()
							+ " is not offered to the rule editor's quick fixes");
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
