package se.dpia.documents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import se.dpia.documents.pdf.DocumentInfo;
import se.dpia.model.Assessment;
import se.dpia.model.Party;
import se.dpia.model.Revision;

/**
 * What every document shows in its title block and running header: assessment, organisation, controller,
 * diarienummer, version, status and date. The date is the change-history date of the current version (or the
 * latest dated change), never the clock.
 */
final class Header {

	private Header() {
	}

	static Map<String, Object> of(Assessment assessment, Values values, Texts texts) throws TemplateException {
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("assessment", values.name(assessment));
		header.put("organisation", values.text(assessment.getOrganisation()));
		Party controller = assessment.getController();
		header.put("controller", controller == null ? values.text(assessment.getOrganisation()) : values.name(controller));
		header.put("diarienummer", values.text(assessment.getDiarienummer()));
		header.put("version", values.text(assessment.getVersion()));
		header.put("status", values.label(assessment.getStatus()));
		LocalDate date = date(assessment);
		header.put("date", date == null ? values.notStated() : date.toString());
		// the logo slot: templates show <img src="{{logo}}" alt="{{logoAlt}}"> only when the folder has one
		header.put("logo", texts.hasLogo() ? Texts.LOGO : false);
		header.put("logoAlt", texts.text("logo.alt"));
		header.put("draft", false); // DocumentSet marks the documents of a folder with errors as drafts
		return header;
	}

	/**
	 * One file of a kind that writes one per element (processor, routine, rule, checklist):
	 * {@code <file.KIND>-<part>.pdf}, titled {@code <title.KIND> – <shownName>}, with the header's subject, author
	 * and date.
	 */
	static DocumentKind.Output output(Assessment assessment, Values values, Texts texts, String kind, String part,
			String shownName, Map<String, Object> document) throws TemplateException {
		DocumentInfo info = new DocumentInfo(texts.text("title." + kind) + " – " + shownName, subject(assessment, values),
				values.text(assessment.getOrganisation()), date(assessment));
		String fileName = FileNames.part(texts.text("file." + kind) + "-" + FileNames.part(part)) + ".pdf";
		return new DocumentKind.Output(fileName, info, document);
	}

	static String subject(Assessment assessment, Values values) {
		return values.text(assessment.getDiarienummer()) + ", version " + values.text(assessment.getVersion());
	}

	static LocalDate date(Assessment assessment) {
		LocalDate latest = null;
		for (Revision revision : assessment.getRevisions()) {
			LocalDate date = parse(revision.getDate());
			if (date == null) {
				continue;
			}
			if (revision.getVersion() != null && revision.getVersion().equals(assessment.getVersion())) {
				return date;
			}
			if (latest == null || date.isAfter(latest)) {
				latest = date;
			}
		}
		return latest;
	}

	private static LocalDate parse(String date) {
		try {
			return date == null ? null : LocalDate.parse(date.strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
