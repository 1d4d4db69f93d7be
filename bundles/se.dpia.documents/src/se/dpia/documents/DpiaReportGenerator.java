package se.dpia.documents;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import se.dpia.documents.pdf.Fonts;
import se.dpia.documents.pdf.PageWriter;
import se.dpia.model.Assessment;
import se.dpia.model.io.AtomicWrite;
import se.dpia.model.Mitigation;
import se.dpia.model.Risk;
import se.dpia.model.Technology;
import se.dpia.model.Verksamhet;

/** Writes the DPIA report (konsekvensbedömning) of an assessment. */
public final class DpiaReportGenerator {

	public static final String TEMPLATE = "dpia-report";

	private final Template template;

	public DpiaReportGenerator(Template template) {
		this.template = template;
	}

	/** The file name the report gets in the output folder. */
	public String fileName() throws TemplateException {
		return template.text("file.name");
	}

	public void write(Assessment assessment, Path target) throws IOException, TemplateException {
		try (PDDocument document = new PDDocument()) {
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(template.text("title") + " – " + assessment.getName());
			info.setSubject(assessment.getDiarienummer());
			Fonts fonts = Fonts.load(document);
			try (PageWriter pages = new PageWriter(document, fonts)) {
				pages.title(template.text("title"));
				pages.heading(assessment.getName());
				pages.paragraph(template.text("label.organisation") + ": " + assessment.getOrganisation());
				pages.paragraph(template.text("label.diarienummer") + ": " + assessment.getDiarienummer());
				pages.paragraph(template.text("label.version") + ": " + assessment.getVersion() + ", "
						+ assessment.getStatus().getLiteral());
				pages.heading(template.text("heading.operations"));
				for (Verksamhet operation : assessment.getOperations()) {
					pages.paragraph("• " + operation.getName());
				}
				pages.heading(template.text("heading.technologies"));
				for (Technology technology : assessment.getTechnologies()) {
					pages.paragraph("• " + technology.getName() + " (" + technology.getKind().getLiteral() + ")");
				}
				pages.heading(template.text("heading.risks"));
				for (Risk risk : assessment.getRisks()) {
					pages.paragraph(risk.getId() + " " + risk.getName() + ": " + risk.getDescription());
					for (Mitigation mitigation : risk.getMitigations()) {
						pages.paragraph("    " + template.text("label.mitigation") + ": " + mitigation.getDescription());
					}
				}
			}
			AtomicWrite.write(target, document::save);
		}
	}
}
