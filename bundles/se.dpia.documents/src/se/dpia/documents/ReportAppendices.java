package se.dpia.documents;

import static se.dpia.documents.Values.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.dpia.documents.pdf.DocumentInfo;
import se.dpia.model.Assessment;

/**
 * The DPIA report's long registers as appendix documents of bounded size. A register (data flows, risk register,
 * project risks, action plan) stays in the report while it has at most {@link Register#perDocument} entries; a
 * longer one is moved, whole, into appendix files of at most that many entries each
 * ({@code konsekvensbedomning-bilaga-riskregister-01.pdf}, {@code dpia-report-annex-risk-register-01.pdf}, ...),
 * and the report says in its place how many entries there are and which file holds which (template
 * {@code dpia-report-appendix}).
 * <p>
 * Why: the layout engine keeps a whole document (box tree, then every page) in memory until it is saved, so a
 * report of thousands of risks could not be generated in a 512 MiB heap. A part of about 50 pages is laid out in a
 * bounded amount of memory, and parts are laid out in parallel like any other document. The limits are far above a
 * municipality's real assessment (the bundled examples have 11 risks), whose report stays one file.
 */
final class ReportAppendices {

	/** The appendices' template. */
	static final String TEMPLATE = "dpia-report-appendix";

	/** A register of the report that may move to appendices: its key in the report's values and its part size. */
	enum Register {
		/** Data flows, a table of nine rows each: about 36 pages per 100. */
		FLOWS("flows", 100),
		/** The risk register, a table of nine rows each: about 50 pages per 100. */
		RISKS("risks", 100),
		/** Project risks, as the register. */
		PROJECT_RISKS("projectRisks", 100),
		/** The action plan, one table row each: about 50 pages per 500. */
		ACTIONS("actions", 500);

		private final String key;
		private final int perDocument;

		Register(String key, int perDocument) {
			this.key = key;
			this.perDocument = perDocument;
		}

		/** The key of the register's entries in the report's and the appendices' values. */
		String key() {
			return key;
		}

		/** The most entries of the register one document holds, the report or an appendix. */
		int perDocument() {
			return perDocument;
		}
	}

	private ReportAppendices() {
	}

	/**
	 * Moves each register of the report's values that is longer than its part size into appendices: the report keeps
	 * an empty list and, under {@code <key>Moved}, the count and the files; every register left in place gets
	 * {@code <key>Moved = false}.
	 *
	 * @return the appendix files, in register order
	 */
	static List<DocumentKind.Output> moveLongRegisters(Assessment assessment, Map<String, Object> report,
			String reportFile, Values values, Texts texts) throws TemplateException {
		return moveLongRegisters(assessment, report, reportFile, values, texts, 0);
	}

	/**
	 * @param perDocument the most entries of any register in one document; 0 for each register's own
	 *        ({@link Register#perDocument()}): tests make small appendices with a small number
	 */
	static List<DocumentKind.Output> moveLongRegisters(Assessment assessment, Map<String, Object> report,
			String reportFile, Values values, Texts texts, int perDocument) throws TemplateException {
		List<DocumentKind.Output> appendices = new ArrayList<>();
		for (Register register : Register.values()) {
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> entries = (List<Map<String, Object>>) report.get(register.key());
			int size = perDocument > 0 ? perDocument : register.perDocument();
			if (entries.size() <= size) {
				report.put(register.key() + "Moved", false);
				continue;
			}
			int parts = (entries.size() + size - 1) / size;
			String digits = "%0" + Math.max(2, Integer.toString(parts).length()) + "d";
			String title = texts.text("appendix." + register.key());
			List<Map<String, Object>> files = new ArrayList<>();
			for (int part = 1; part <= parts; part++) {
				List<Map<String, Object>> slice = entries.subList((part - 1) * size, Math.min(entries.size(), part * size));
				String fileName = FileNames.part(texts.text("file.dpia-report") + "-"
						+ texts.text("file.appendix." + register.key()) + "-" + String.format(digits, part)) + ".pdf";
				String range = first(slice) + "–" + last(slice);
				files.add(row("file", fileName, "range", range, "count", count(slice.size(), texts)));
				appendices.add(appendix(assessment, register, slice, fileName, reportFile,
						row("title", title, "part", part, "parts", parts, "range", range, "count", count(slice.size(), texts),
								"total", count(entries.size(), texts)), values, texts));
			}
			report.put(register.key(), List.of());
			report.put(register.key() + "Moved", row("count", count(entries.size(), texts), "parts", parts, "files", files));
		}
		return appendices;
	}

	private static DocumentKind.Output appendix(Assessment assessment, Register register, List<Map<String, Object>> slice,
			String fileName, String reportFile, Map<String, Object> part, Values values, Texts texts)
			throws TemplateException {
		Map<String, Object> document = Header.of(assessment, values, texts);
		document.put("reportFile", reportFile);
		document.put("appendix", part);
		for (Register each : Register.values()) {
			document.put(each.key(), each == register ? slice : List.of());
		}
		document.put("hasActions", register == Register.ACTIONS); // the action plan's table and its heading row
		String title = texts.text("title.dpia-report") + " – " + part.get("title") + " "
				+ texts.text("appendix.part").replace("{0}", part.get("part").toString()).replace("{1}", part.get("parts").toString())
				+ " – " + values.name(assessment);
		DocumentInfo info = new DocumentInfo(title, Header.subject(assessment, values),
				values.text(assessment.getOrganisation()), Header.date(assessment));
		return new DocumentKind.Output(fileName, info, document, TEMPLATE);
	}

	/** A count as the language writes it: 2 500 (with a no-break space) in Swedish, 2,500 in English. */
	static String count(int count, Texts texts) {
		String digits = Integer.toString(count);
		String separator = texts.language() == Language.EN ? "," : "\u00a0";
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (digits.length() - i) % 3 == 0) {
				grouped.append(separator);
			}
			grouped.append(digits.charAt(i));
		}
		return grouped.toString();
	}

	/** How an entry is named in a range: its id (risks, measures) or its number (flows). */
	private static String first(List<Map<String, Object>> slice) {
		return name(slice.get(0));
	}

	private static String last(List<Map<String, Object>> slice) {
		return name(slice.get(slice.size() - 1));
	}

	private static String name(Map<String, Object> entry) {
		Object id = entry.containsKey("id") ? entry.get("id") : entry.get("number");
		return String.valueOf(id);
	}
}
