package se.dpia.rules.model;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceServiceProvider;

import com.google.inject.Guice;
import com.google.inject.Injector;

import se.dpia.model.DpiaPackage;
import se.dpia.model.io.AssessmentFiles;
import se.dpia.model.util.DpiaResourceFactoryImpl;

/** Registers the assessment model's EMF package, resource factory and Xtext resource services globally. */
public final class DpiaModelSetup {

	private static Injector injector;

	private DpiaModelSetup() {
	}

	public static synchronized Injector doSetup() {
		if (injector == null) {
			DpiaPackage.eINSTANCE.eClass();
			Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap()
					.putIfAbsent(AssessmentFiles.EXTENSION, new DpiaResourceFactoryImpl());
			injector = Guice.createInjector(new DpiaModelRuntimeModule());
			IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap()
					.put(AssessmentFiles.EXTENSION, injector.getInstance(IResourceServiceProvider.class));
		}
		return injector;
	}
}
