package se.dpia.rules.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Semantic highlighting: names that refer to elements of the assessment model (*.dpia) are shown in teal italics,
 * apart from keywords and from names of the rule files' own elements. Found by Xtext's cross-reference resolution
 * after each check and laid over the keyword colouring.
 */
class RulesSemanticHighlighting implements ITextPresentationListener {

	private static final String COLOUR = "se.dpia.rules.ui.modelReference";

	private final ITextViewer viewer;
	private List<Region> modelReferences = List.of();

	RulesSemanticHighlighting(ITextViewer viewer) {
		this.viewer = viewer;
		((ITextViewerExtension4) viewer).addTextPresentationListener(this);
	}

	/** The regions of the names that refer to model elements; call inside the rule file's read. */
	static List<Region> modelReferences(XtextResource resource) {
		List<Region> found = new ArrayList<>();
		if (resource.getParseResult() == null) {
			return found;
		}
		EObjectAtOffsetHelper helper = resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class);
		for (INode node : resource.getParseResult().getRootNode().getAsTreeIterable()) {
			if (node.getGrammarElement() instanceof CrossReference && node.getLength() > 0) {
				EObject target = helper.getCrossReferencedElement(node);
				if (target != null && !target.eIsProxy() && !(target.eResource() instanceof XtextResource)) {
					found.add(new Region(node.getOffset(), node.getLength()));
				}
			}
		}
		return found;
	}

	/** Shows new regions; call on the UI thread. */
	void show(List<Region> regions) {
		if (regions.equals(modelReferences) || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
			return;
		}
		modelReferences = regions;
		viewer.invalidateTextPresentation();
	}

	/** The regions shown now. */
	List<Region> shown() {
		return modelReferences;
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		int length = viewer.getDocument().getLength();
		Color teal = colour();
		for (Region region : modelReferences) {
			if (region.getOffset() + region.getLength() <= length && overlaps(region, presentation)) {
				presentation.mergeStyleRange(new StyleRange(region.getOffset(), region.getLength(), teal, null, SWT.ITALIC));
			}
		}
	}

	private static boolean overlaps(Region region, TextPresentation presentation) {
		var extent = presentation.getExtent();
		return extent == null || region.getOffset() < extent.getOffset() + extent.getLength()
				&& extent.getOffset() < region.getOffset() + region.getLength();
	}

	private static Color colour() {
		if (!JFaceResources.getColorRegistry().hasValueFor(COLOUR)) {
			JFaceResources.getColorRegistry().put(COLOUR, new RGB(0, 128, 128));
		}
		return JFaceResources.getColorRegistry().get(COLOUR);
	}
}
