package se.dpia.model.editor;

import org.eclipse.emf.common.notify.Adapter;

import se.dpia.model.Person;
import se.dpia.model.ProjectResource;
import se.dpia.model.provider.DpiaItemProviderAdapterFactory;
import se.dpia.model.provider.PersonItemProvider;
import se.dpia.model.provider.ProjectResourceItemProvider;

/**
 * The generated item providers, with labels chosen by hand where the generated one says too little: a project
 * resource is known by the person it is (the generated label uses its working time, usually empty), and a person
 * whose name the sources don't give by their title.
 */
final class LabelledItemProviders extends DpiaItemProviderAdapterFactory {

	@Override
	public Adapter createProjectResourceAdapter() {
		if (projectResourceItemProvider == null) {
			projectResourceItemProvider = new ProjectResourceItemProvider(this) {
				@Override
				public String getText(Object object) {
					Person person = ((ProjectResource) object).getPerson();
					String type = getString("_UI_ProjectResource_type");
					return person == null || person.getName() == null || person.getName().isBlank() ? type
							: type + " " + person.getName();
				}
			};
		}
		return projectResourceItemProvider;
	}

	@Override
	public Adapter createPersonAdapter() {
		if (personItemProvider == null) {
			personItemProvider = new PersonItemProvider(this) {
				@Override
				public String getText(Object object) {
					Person person = (Person) object;
					boolean named = person.getName() != null && !person.getName().isBlank();
					return named || person.getTitle() == null ? super.getText(object)
							: getString("_UI_Person_type") + " " + person.getTitle();
				}
			};
		}
		return personItemProvider;
	}
}
