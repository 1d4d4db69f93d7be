package se.dpia.rules.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.AbstractResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * A rule file open in an editor, kept in step with the editor's text, and checked again only where an edit can
 * change a problem (issue 21: a one-line edit in a large rule set stays interactive).
 * <ul>
 * <li>A new text is applied as the one region it replaces ({@link XtextResource#update}): Xtext's partial parser
 * reparses only the rule around the edit, not the whole file.</li>
 * <li>Another rule file of the resource set sees this one only through its resource description (its exported
 * names, and what {@link se.dpia.rules.scoping.RulesResourceDescriptionStrategy} adds for checklist points). When
 * that description has changed since the last check, Xtext's {@link IResourceDescription.Manager#isAffected} names
 * the files that refer to this one or looked up a name it exports or exported; those are relinked and checked
 * again. The others keep their problems: nothing they can see has changed.</li>
 * </ul>
 * Not thread-safe: the editor calls it under its lock.
 */
public final class Revalidator {

	/** What one check found: the edited file's problems and those of the other files the edits affected. */
	public record Revalidation(List<Issue> issues, Map<URI, List<Issue>> affected) {
	}

	private final XtextResource edited;
	private final IResourceDescription.Manager descriptions;
	/** The edited file's description when it was last checked (a copy: the resource changes under it). */
	private IResourceDescription checked;

	/** @param edited a rule file loaded in the resource set of its folder ({@link FolderResources}) */
	public Revalidator(XtextResource edited) {
		this.edited = edited;
		this.descriptions = edited.getResourceServiceProvider().getResourceDescriptionManager();
		this.checked = copy(descriptions.getResourceDescription(edited));
	}

	public XtextResource resource() {
		return edited;
	}

	/** The text the resource holds now. */
	public String text() {
		return edited.getParseResult() == null ? "" : edited.getParseResult().getRootNode().getText();
	}

	/** Brings the resource to {@code text}, reparsing only around the region that differs from the text it holds. */
	public void update(String text) {
		String old = text();
		if (old.equals(text)) {
			return;
		}
		int shorter = Math.min(old.length(), text.length());
		int start = 0;
		while (start < shorter && old.charAt(start) == text.charAt(start)) {
			start++;
		}
		int end = 0;
		while (end < shorter - start && old.charAt(old.length() - 1 - end) == text.charAt(text.length() - 1 - end)) {
			end++;
		}
		try {
			edited.update(start, old.length() - start - end, text.substring(start, text.length() - end));
		} catch (RuntimeException e) {
			reparse(text); // the partial parser gave up on this edit: the whole text, as a fresh load would
		}
	}

	/**
	 * Checks the edited file, and relinks and checks the other rule files whose problems the edits since the last
	 * check can have changed.
	 */
	public Revalidation revalidate(CancelIndicator cancel) {
		IResourceDescription now = descriptions.getResourceDescription(edited);
		IResourceDescription.Delta delta = descriptions.createDelta(checked, now);
		Map<URI, List<Issue>> affected = new LinkedHashMap<>();
		if (delta.haveEObjectDescriptionsChanged()) {
			for (XtextResource other : affectedBy(delta)) {
				other.relink();
				affected.put(other.getURI(), validate(other, cancel));
			}
		}
		List<Issue> issues = validate(edited, cancel);
		checked = copy(now);
		return new Revalidation(issues, affected);
	}

	/** The other rule files of the resource set that refer to the edited one or to a name it exports or exported. */
	private List<XtextResource> affectedBy(IResourceDescription.Delta delta) {
		IResourceDescriptions index = edited.getResourceServiceProvider().get(ResourceDescriptionsProvider.class)
				.getResourceDescriptions(edited.getResourceSet());
		List<XtextResource> result = new ArrayList<>();
		for (Resource resource : List.copyOf(edited.getResourceSet().getResources())) {
			if (resource != edited && resource instanceof XtextResource other && other.isLoaded()
					&& edited.getLanguageName().equals(other.getLanguageName())
					&& descriptions.isAffected(List.of(delta), descriptions.getResourceDescription(other), index)) {
				result.add(other);
			}
		}
		return result;
	}

	private static List<Issue> validate(XtextResource resource, CancelIndicator cancel) {
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL, cancel);
	}

	private void reparse(String text) {
		try {
			edited.reparse(text);
		} catch (IOException e) {
			throw new IllegalStateException("reparsing text held in memory read nothing, yet failed", e);
		}
	}

	/** The exported objects of {@code description} as they are now: names, types, URIs and user data. */
	private static IResourceDescription copy(IResourceDescription description) {
		List<IEObjectDescription> copies = new ArrayList<>();
		for (IEObjectDescription exported : description.getExportedObjects()) {
			InternalEObject proxy = (InternalEObject) EcoreUtil.create(exported.getEClass());
			proxy.eSetProxyURI(exported.getEObjectURI());
			Map<String, String> userData = new LinkedHashMap<>();
			for (String key : exported.getUserDataKeys()) {
				userData.put(key, exported.getUserData(key));
			}
			copies.add(EObjectDescription.create(exported.getName(), proxy, userData));
		}
		return new Copied(description.getURI(), copies);
	}

	/** A resource description that holds a copy of another's exported objects, for the delta. */
	private static final class Copied extends AbstractResourceDescription {

		private final URI uri;
		private final List<IEObjectDescription> exported;

		Copied(URI uri, List<IEObjectDescription> exported) {
			this.uri = uri;
			this.exported = exported;
		}

		@Override
		protected List<IEObjectDescription> computeExportedObjects() {
			return exported;
		}

		@Override
		public Iterable<QualifiedName> getImportedNames() {
			return Collections.emptyList();
		}

		@Override
		public Iterable<IReferenceDescription> getReferenceDescriptions() {
			return Collections.emptyList();
		}

		@Override
		public URI getURI() {
			return uri;
		}
	}
}
