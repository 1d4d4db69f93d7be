package se.dpia.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlTemplateTest {

	@TempDir
	Path templates;

	private HtmlTemplate template(String source) throws Exception {
		Files.writeString(templates.resolve("prov.sv.html"), source);
		return HtmlTemplate.load(templates, "prov", Language.SV);
	}

	@Test
	void aMissingValueNamesTheTemplateTheLineAndTheName() throws Exception {
		HtmlTemplate template = template("""
				<p>{{namn}}</p>
				<p>{{diarienumer}}</p>
				""");
		TemplateException error = assertThrows(TemplateException.class, () -> template.render(Map.of("namn", "x")));
		assertTrue(error.getMessage().contains("prov.sv.html:2"), error.getMessage());
		assertTrue(error.getMessage().contains("'diarienumer'"), error.getMessage());
	}

	@Test
	void aMissingSectionIsAnErrorToo() throws Exception {
		HtmlTemplate template = template("{{#riskr}}x{{/riskr}}");
		TemplateException error = assertThrows(TemplateException.class, () -> template.render(Map.of()));
		assertTrue(error.getMessage().contains("'riskr'"), error.getMessage());
	}

	@Test
	void valuesAreEscapedSoModelTextCannotAddMarkup() throws Exception {
		String html = template("<p>{{namn}}</p>").render(Map.of("namn", "<img src=x> & \"citat\""));
		assertEquals("<p>&lt;img src&#x3D;x&gt; &amp; &quot;citat&quot;</p>", html);
	}

	@Test
	void anUnclosedSectionNamesTheTemplate() throws Exception {
		TemplateException error = assertThrows(TemplateException.class, () -> template("{{#risker}}x"));
		assertTrue(error.getMessage().contains("prov.sv.html"), error.getMessage());
	}

	@Test
	void aMissingTemplateSaysWhereItWasLookedFor() {
		TemplateException error = assertThrows(TemplateException.class,
				() -> HtmlTemplate.load(templates, "finns-inte", Language.EN));
		assertTrue(error.getMessage().contains("finns-inte.en.html"), error.getMessage());
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "<p>{{{namn}}}</p>", "<p>{{&namn}}</p>", "<p>{{> /etc/passwd}}</p>",
			"<p>{{=<% %>=}}<%{namn}%></p>", "<p>\n\n{{ {namn} }}</p>" })
	void aTagThatWouldShowAValueUnescapedOrReadAFileIsRefused(String source) {
		TemplateException error = assertThrows(TemplateException.class, () -> template(source));
		int line = (int) source.lines().takeWhile(l -> !l.contains("{{")).count() + 1;
		assertTrue(error.getMessage().contains("prov.sv.html:" + line + ": the tag {{"), error.getMessage());
		assertTrue(error.getMessage().contains("write {{name}} instead"), error.getMessage());
	}

	@Test
	void noShippedTemplateNeedsAnUnescapedValue() throws Exception {
		for (String document : new String[] { "dpia-report", "pub-annexes", "routine", "checklist", "consent-form", "information" }) {
			for (Language language : Language.values()) {
				HtmlTemplate.load(DpiaReportTest.BUILT_IN, document, language);
			}
		}
	}
}
