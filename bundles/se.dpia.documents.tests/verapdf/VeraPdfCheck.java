import java.io.File;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Validates PDFs with veraPDF in a plain JVM, outside OSGi (see VeraPdfTest). Run as a single-file program:
 * {@code java -cp <veraPDF jars> VeraPdfCheck.java <flavour> <pdf>...}. Prints one line per file,
 * {@code PASS <file>} or {@code FAIL <file>}, followed by one line per failed rule:
 * {@code RULE <specification> <clause>-<test> x<count> <description>}.
 */
public class VeraPdfCheck {

	public static void main(String[] args) throws Exception {
		VeraGreenfieldFoundryProvider.initialise();
		PDFAFlavour flavour = PDFAFlavour.fromString(args[0]);
		for (int i = 1; i < args.length; i++) {
			File file = new File(args[i]);
			try (PDFAParser parser = Foundries.defaultInstance().createParser(file, flavour);
					PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
				ValidationResult result = validator.validate(parser);
				System.out.println((result.isCompliant() ? "PASS " : "FAIL ") + file);
				Map<String, String> rules = new TreeMap<>();
				Map<String, Integer> counts = new TreeMap<>();
				for (TestAssertion assertion : result.getTestAssertions()) {
					if (assertion.getStatus() != TestAssertion.Status.FAILED) {
						continue;
					}
					String rule = assertion.getRuleId().getSpecification() + " " + assertion.getRuleId().getClause() + "-"
							+ assertion.getRuleId().getTestNumber();
					rules.put(rule, assertion.getMessage().replaceAll("\\s+", " "));
					counts.merge(rule, 1, Integer::sum);
				}
				for (Map.Entry<String, String> rule : rules.entrySet()) {
					System.out.println("RULE " + rule.getKey() + " x" + counts.get(rule.getKey()) + " " + rule.getValue());
				}
			}
		}
	}
}
