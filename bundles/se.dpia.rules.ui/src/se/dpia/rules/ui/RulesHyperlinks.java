package se.dpia.rules.ui;

import java.io.File;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/**
 * Ctrl+click on a name (IHyperlinkDetector): a link from a reference to what it names, found by Xtext's
 * cross-reference resolution: a role, point, checklist or step in this or another rule file, or an element of the
 * assessment model (*.dpia). See {@link RulesHyperlink} for what opening does.
 */
class RulesHyperlinks implements IHyperlinkDetector {

	private final RulesEditor editor;

	RulesHyperlinks(RulesEditor editor) {
		this.editor = editor;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		String text = viewer.getDocument().get();
		RulesHyperlink link = editor.ruleFile().read(text, resource -> linkAt(resource, region.getOffset()), null);
		return link == null ? null : new IHyperlink[] { link };
	}

	private static RulesHyperlink linkAt(XtextResource resource, int offset) {
		EObjectAtOffsetHelper helper = resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class);
		INode reference = helper.getCrossReferenceNode(resource, new TextRegion(offset, 0));
		EObject target = reference == null ? null : helper.getCrossReferencedElement(reference);
		if (target == null || target.eIsProxy() || target.eResource() == null
				|| !target.eResource().getURI().isFile()) {
			return null;
		}
		File file = new File(target.eResource().getURI().toFileString());
		int targetOffset = -1;
		int targetLength = 0;
		if (target.eResource() instanceof XtextResource) {
			ITextRegion name = resource.getResourceServiceProvider().get(ILocationInFileProvider.class)
					.getSignificantTextRegion(target);
			targetOffset = name.getOffset();
			targetLength = name.getLength();
		}
		return new RulesHyperlink(new Region(reference.getOffset(), reference.getLength()), label(target),
				file.toURI(), target.eResource().getURIFragment(target), targetOffset, targetLength);
	}

	/** "Technology Trygghetskamera", "Role Nattpatrull": the kind of thing and its name (else its id). */
	private static String label(EObject target) {
		Object name = target.eClass().getEStructuralFeature("name") == null ? null
				: target.eGet(target.eClass().getEStructuralFeature("name"));
		String shown = name != null ? name.toString() : EcoreUtil.getID(target);
		return target.eClass().getName() + " " + (shown == null ? "" : shown);
	}
}
