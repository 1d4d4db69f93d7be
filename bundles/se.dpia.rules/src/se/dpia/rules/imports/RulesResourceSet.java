package se.dpia.rules.imports;

import org.eclipse.xtext.resource.XtextResourceSet;

/** The rule language's resource set: reads the bundled library and refuses network and archive URIs. */
public class RulesResourceSet extends XtextResourceSet {

	public RulesResourceSet() {
		getURIConverter().getURIHandlers().add(0, new RulesLibrary());
		getURIConverter().getURIHandlers().add(0, new RefusingUriHandler());
	}
}
