package se.dpia.app.tests.views;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.app.Messages;
import se.dpia.app.views.consent.ConsentTesterView;
import se.dpia.tests.ui.Screenshots;
import se.dpia.tests.ui.UiWait;

/**
 * The consent case tester answers two cases of the example as {@code ./dpia consent} answers its case files: a
 * person who can consent, then a person with reduced capacity and a god man; each answer names the deciding rule.
 */
class ConsentTesterTest {

	@Test
	void answersTwoCasesFromTheRuleFiles(@TempDir Path copy) throws Exception {
		OpenExample.open(copy);
		IWorkbenchPage page = OpenExample.page();
		ConsentTesterView tester = (ConsentTesterView) page.showView(ConsentTesterView.ID);
		UiWait.until("the tester answers", () -> !tester.answer().isEmpty());

		// cases/kan-samtycka.properties
		tester.choose("teknik", "Trygghetskamera");
		tester.choose("verksamhet", "hemtjänst");
		tester.choose("beslutsförmåga", "full");
		tester.choose("ställföreträdare", "ingen");
		tester.choose("närstående_bor_med", "ja");
		String canConsent = tester.answer();
		assertTrue(canConsent.startsWith(Messages.consentMayBeUsed) || canConsent.contains(Messages.consentMayBeUsed),
				"a person who can consent may have the camera with consent: " + canConsent);
		assertTrue(tester.rule().contains(".regler:"), "the answer links the rule that decided: " + tester.rule());

		// cases/demens-god-man.properties
		tester.choose("verksamhet", "särskilt_boende");
		tester.choose("beslutsförmåga", "nedsatt");
		tester.choose("ställföreträdare", "god_man");
		tester.choose("närstående_bor_med", "nej");
		String reduced = tester.answer();
		assertNotEquals(canConsent, reduced, "reduced capacity with a god man is answered differently");
		assertTrue(tester.rule().contains(".regler:"), tester.rule());
		Screenshots.save(page.getWorkbenchWindow().getShell(), OpenExample.screenshot("consent-tester"));
	}
}
