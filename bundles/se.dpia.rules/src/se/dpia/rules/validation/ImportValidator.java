package se.dpia.rules.validation;

import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import se.dpia.rules.IssueCodes;
import se.dpia.rules.RulesMessages;
import se.dpia.rules.imports.RuleImports;
import se.dpia.rules.rules.Import;
import se.dpia.rules.rules.RulesPackage;

/** Reports imports that {@link RuleImports} refuses or that lead nowhere. */
public class ImportValidator extends AbstractDeclarativeValidator {

	@Check
	public void importIsAllowedAndExists(Import anImport) {
		RuleImports.Resolution resolution = RuleImports.resolve(anImport);
		if (resolution.isRefused()) {
			error(RulesMessages.format(anImport, IssueCodes.IMPORT_REFUSED,
					RulesMessages.format(anImport, resolution.refusalKey(), resolution.refusalArguments())),
					RulesPackage.Literals.IMPORT__PATH, IssueCodes.IMPORT_REFUSED);
		} else if (!resolution.exists()) {
			error(RulesMessages.format(anImport, anImport.isLibrary() ? "import-not-found.library" : IssueCodes.IMPORT_NOT_FOUND,
					anImport.getPath()), RulesPackage.Literals.IMPORT__PATH,
					IssueCodes.IMPORT_NOT_FOUND);
		}
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into RulesValidator, not registered on its own
	}
}
