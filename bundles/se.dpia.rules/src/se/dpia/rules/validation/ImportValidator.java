package se.dpia.rules.validation;

import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import se.dpia.rules.IssueCodes;
import se.dpia.rules.imports.RuleImports;
import se.dpia.rules.rules.Import;
import se.dpia.rules.rules.RulesPackage;

/** Reports imports that {@link RuleImports} refuses or that lead nowhere. */
public class ImportValidator extends AbstractDeclarativeValidator {

	@Check
	public void importIsAllowedAndExists(Import anImport) {
		RuleImports.Resolution resolution = RuleImports.resolve(anImport);
		if (resolution.isRefused()) {
			error("Import refused: " + resolution.refusal(), RulesPackage.Literals.IMPORT__PATH, IssueCodes.IMPORT_REFUSED);
		} else if (!resolution.exists()) {
			error("'" + anImport.getPath() + "' does not exist " + (anImport.isLibrary() ? "in the bundled library"
					: "beside this file") + ": check the name", RulesPackage.Literals.IMPORT__PATH,
					IssueCodes.IMPORT_NOT_FOUND);
		}
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into RulesValidator, not registered on its own
	}
}
