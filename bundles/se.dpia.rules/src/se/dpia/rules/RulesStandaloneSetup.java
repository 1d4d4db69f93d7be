package se.dpia.rules;

import com.google.inject.Injector;

import se.dpia.rules.model.DpiaModelSetup;

/**
 * Sets the rule language up without the Equinox extension registry (command line, tests, and the workbench,
 * which has no Xtext UI). Registers the assessment model's resources too, so rule files can refer to them.
 */
public class RulesStandaloneSetup extends RulesStandaloneSetupGenerated {

	public static Injector doSetup() {
		return new RulesStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		DpiaModelSetup.doSetup();
		return super.createInjectorAndDoEMFRegistration();
	}
}
