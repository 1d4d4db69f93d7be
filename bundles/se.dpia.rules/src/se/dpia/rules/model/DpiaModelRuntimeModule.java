package se.dpia.rules.model;

import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.resource.generic.AbstractGenericResourceRuntimeModule;

import se.dpia.model.io.AssessmentFiles;

/**
 * Makes assessment model files ({@code *.dpia}, XMI, not an Xtext language) visible to Xtext's index, so rule
 * files can refer to the model's elements by id.
 */
public class DpiaModelRuntimeModule extends AbstractGenericResourceRuntimeModule {

	@Override
	protected String getLanguageName() {
		return "se.dpia.model";
	}

	@Override
	protected String getFileExtensions() {
		return AssessmentFiles.EXTENSION;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return ModelElementNames.class;
	}
}
