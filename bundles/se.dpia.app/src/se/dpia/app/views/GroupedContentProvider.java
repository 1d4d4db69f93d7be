package se.dpia.app.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import se.dpia.model.Assessment;
import se.dpia.model.editor.viewers.ItemProviderContentProvider;

/**
 * The model tree's content: under an assessment, one {@link KindGroup} folder per kind of element it holds (empty
 * kinds left out), then its single elements (risk scale, review); below that, the item providers' children as
 * before.
 */
public class GroupedContentProvider extends ItemProviderContentProvider {

	public GroupedContentProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof KindGroup group) {
			return group.elements().toArray();
		}
		if (parent instanceof Assessment assessment) {
			List<Object> children = new ArrayList<>();
			for (EReference feature : assessment.eClass().getEAllContainments()) {
				if (feature.isMany() && !((List<?>) assessment.eGet(feature)).isEmpty()) {
					children.add(new KindGroup(assessment, feature));
				}
			}
			for (EReference feature : assessment.eClass().getEAllContainments()) {
				if (!feature.isMany() && assessment.eGet(feature) != null) {
					children.add(assessment.eGet(feature));
				}
			}
			return children.toArray();
		}
		return super.getChildren(parent);
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof KindGroup group) {
			return group.owner();
		}
		if (element instanceof EObject object && object.eContainer() instanceof Assessment assessment
				&& object.eContainmentFeature().isMany()) {
			return new KindGroup(assessment, object.eContainmentFeature());
		}
		return super.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof KindGroup group ? !group.elements().isEmpty() : super.hasChildren(element);
	}
}
