package se.dpia.rules.ui;

import com.google.inject.Injector;

import se.dpia.rules.ide.RulesIdeSetup;

/** The rule language's injector for the workbench: runtime and generic IDE services, created once. */
final class RulesUi {

	private static Injector injector;

	private RulesUi() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new RulesIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
