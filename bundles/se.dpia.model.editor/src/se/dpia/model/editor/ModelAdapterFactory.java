package se.dpia.model.editor;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;


/**
 * The item providers the workbench edits with: the generated ones for the assessment model, resources, and the
 * reflective ones for anything else (e.g. the rule files' models in the same resource set).
 */
public final class ModelAdapterFactory {

	private ModelAdapterFactory() {
	}

	/** A new composed factory; the caller disposes it. */
	public static ComposedAdapterFactory create() {
		ComposedAdapterFactory factory = new ComposedAdapterFactory();
		factory.addAdapterFactory(new LabelledItemProviders());
		factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		return factory;
	}
}
