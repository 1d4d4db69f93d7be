package se.dpia.rules.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.DefaultGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.SimpleScope;

import com.google.common.base.Predicate;
import com.google.common.base.Predicates;

import se.dpia.rules.imports.RuleImports;
import se.dpia.rules.imports.RulesLibrary;
import se.dpia.rules.rules.Import;
import se.dpia.rules.rules.RuleFile;

/**
 * Global scope: every model and rule file of the assessment folder (Xtext's index over the resource set), plus the
 * files a rule file imports. Library files are visible only to the files that import them. Imports are followed
 * only where {@link RuleImports} allows; a refused import loads nothing.
 */
public class RulesGlobalScopeProvider extends DefaultGlobalScopeProvider {

	@Override
	protected IScope getScope(Resource resource, boolean ignoreCase, EClass type, Predicate<IEObjectDescription> filter) {
		IScope imported = new SimpleScope(IScope.NULLSCOPE, importedObjects(resource, type, filter), ignoreCase);
		Predicate<IEObjectDescription> notLibrary = d -> !RulesLibrary.isLibrary(d.getEObjectURI());
		return super.getScope(imported, resource, ignoreCase, type, filter == null ? notLibrary : Predicates.and(filter, notLibrary));
	}

	private static List<IEObjectDescription> importedObjects(Resource resource, EClass type, Predicate<IEObjectDescription> filter) {
		List<IEObjectDescription> result = new ArrayList<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof RuleFile file)
				|| resource.getResourceSet() == null) {
			return result;
		}
		for (Import anImport : file.getImports()) {
			RuleImports.Resolution resolution = RuleImports.resolve(anImport);
			if (resolution.isRefused() || !resolution.exists()) {
				continue;
			}
			Resource target;
			try {
				target = resource.getResourceSet().getResource(resolution.uri(), true);
			} catch (RuntimeException e) {
				continue; // reported by the validator as import-not-found
			}
			if (target == null || target == resource) {
				continue;
			}
			IResourceServiceProvider services = IResourceServiceProvider.Registry.INSTANCE.getResourceServiceProvider(target.getURI());
			if (services == null) {
				continue;
			}
			IResourceDescription description = services.getResourceDescriptionManager().getResourceDescription(target);
			for (IEObjectDescription object : description.getExportedObjectsByType(type)) {
				if (filter == null || filter.apply(object)) {
					result.add(object);
				}
			}
		}
		return result;
	}
}
