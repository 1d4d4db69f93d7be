package se.dpia.model.editor;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.IDisposable;

/**
 * Creates and disposes the editing domain over an assessment's resource set. Every change made through it (and so
 * through the property sheet, which finds the domain from the edited object) is a command on its stack: undoable.
 */
public final class ModelEditingDomain {

	private ModelEditingDomain() {
	}

	/**
	 * An editing domain with a {@link BasicCommandStack} over {@link ModelAdapterFactory}. The resource set gets an
	 * adapter naming the domain, because {@code ItemPropertyDescriptor} looks the domain up that way and, without
	 * one, would change the model directly instead of through a command.
	 */
	public static AdapterFactoryEditingDomain create(ResourceSet resourceSet) {
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(ModelAdapterFactory.create(),
				new BasicCommandStack(), resourceSet);
		resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		return domain;
	}

	/** Detaches the domain from its resource set and disposes its item providers. */
	public static void dispose(AdapterFactoryEditingDomain domain) {
		ResourceSet resourceSet = domain.getResourceSet();
		if (resourceSet != null) {
			resourceSet.eAdapters().remove(EcoreUtil.getExistingAdapter(resourceSet, IEditingDomainProvider.class));
		}
		domain.getCommandStack().flush();
		AdapterFactory factory = domain.getAdapterFactory();
		if (factory instanceof IDisposable disposable) {
			disposable.dispose();
		}
	}

	/** Whether the domain holds changes not yet saved. */
	public static boolean isDirty(AdapterFactoryEditingDomain domain) {
		return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	/** Marks the current state as saved, so {@link #isDirty} turns false until the next change. */
	public static void saved(AdapterFactoryEditingDomain domain) {
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
	}
}
