package se.dpia.assessment.cnil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import se.dpia.assessment.NewAssessmentFolder;
import se.dpia.model.Art6Ground;
import se.dpia.model.Assessment;
import se.dpia.model.DataCategory;
import se.dpia.model.DpiaFactory;
import se.dpia.model.FearedEvent;
import se.dpia.model.Mitigation;
import se.dpia.model.Person;
import se.dpia.model.ProcessingActivity;
import se.dpia.model.Review;
import se.dpia.model.Risk;
import se.dpia.model.RiskKind;
import se.dpia.model.io.AssessmentFiles;
import se.dpia.model.io.AtomicWrite;

/**
 * Turns a PIA exported from CNIL's PIA tool (a JSON {@code .pia} file: {@code pia}, {@code answers},
 * {@code measures}, {@code evaluations}, {@code comments}; answers refer to the questions of the tool's standard
 * structure by number, e.g. 111) into a new assessment folder. What has a counterpart in the model is mapped (see
 * docs/cnil-import.md); every other answer, evaluation, comment and field is kept word for word in
 * {@code cnil-import.txt} in the folder and listed in the result, never dropped.
 */
public final class CnilImport {

	/** The file beside the model that keeps what has no counterpart in the model. */
	public static final String NOTES = "cnil-import.txt";

	private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+) column (\\d+)");
	private static final Pattern DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

	/** The three risks of CNIL's method: item 3.k of the structure, its feared event, its questions 3k1 to 3k6. */
	private static final Map<Integer, FearedEvent> RISKS = Map.of(2, FearedEvent.OBEHORIG_ATKOMST, 3, FearedEvent.OONSKAD_ANDRING,
			4, FearedEvent.FORSVINNANDE);

	/** The file is not a CNIL PIA export, or not JSON; line and column where known (else 0). */
	public static final class NotAPiaException extends Exception {

		private static final long serialVersionUID = 1L;
		private final int line;
		private final int column;

		NotAPiaException(String message, int line, int column) {
			super(message);
			this.line = line;
			this.column = column;
		}

		public int line() {
			return line;
		}

		public int column() {
			return column;
		}
	}

	/** What the import wrote: the model file, and one line per part kept only in the notes file. */
	public record Result(Path model, Path notes, List<String> notMapped) {
	}

	private final Locale locale;
	private final Assessment assessment = DpiaFactory.eINSTANCE.createAssessment();
	private final Map<String, String> answers = new LinkedHashMap<>();
	private final Map<String, JsonObject> answerData = new LinkedHashMap<>();
	private final Map<String, Mitigation> measuresById = new LinkedHashMap<>();
	private final List<String> notMapped = new ArrayList<>();
	private final StringBuilder notes = new StringBuilder();

	private CnilImport(Locale locale) {
		this.locale = locale;
	}

	/**
	 * Imports the PIA in {@code file} into the new folder {@code folder} (refused unless new or empty).
	 *
	 * @throws NotAPiaException when the file is not JSON or holds no {@code pia} object
	 */
	public static Result importFile(Path file, Path folder, Locale locale) throws IOException, NotAPiaException {
		JsonObject root;
		try {
			JsonElement parsed = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
			if (!parsed.isJsonObject() || !parsed.getAsJsonObject().has("pia") || !parsed.getAsJsonObject().get("pia").isJsonObject()) {
				throw new NotAPiaException(CnilTexts.text(locale, "error.not-a-pia"), 0, 0);
			}
			root = parsed.getAsJsonObject();
		} catch (JsonParseException e) {
			Matcher where = LINE_COLUMN.matcher(String.valueOf(e.getMessage()));
			boolean found = where.find();
			throw new NotAPiaException(CnilTexts.text(locale, "error.not-json"), found ? Integer.parseInt(where.group(1)) : 0, found ? Integer.parseInt(where.group(2)) : 0);
		}
		NewAssessmentFolder.refuseIfNotEmpty(folder);
		CnilImport mapping = new CnilImport(locale);
		mapping.map(root, folder);
		return mapping.write(folder);
	}

	private void map(JsonObject root, Path folder) {
		JsonObject pia = root.getAsJsonObject("pia");
		String folderName = folder.toAbsolutePath().normalize().getFileName() == null ? "assessment"
				: folder.toAbsolutePath().normalize().getFileName().toString();
		assessment.setId(NewAssessmentFolder.idOf(folderName));
		assessment.setName(LenientJson.string(pia, "name"));
		for (JsonElement answer : LenientJson.array(root, "answers")) {
			JsonObject object = answer.getAsJsonObject();
			String reference = LenientJson.string(object, "reference_to");
			JsonObject data = object.has("data") && object.get("data").isJsonObject() ? object.getAsJsonObject("data") : new JsonObject();
			if (reference != null) {
				answerData.put(reference, data);
				String text = Html.toText(LenientJson.string(data, "text"));
				if (text != null) {
					answers.put(reference, text);
				}
			}
		}
		people(pia);
		context();
		measures(root);
		risks(root);
		review(pia);
		rest(root, pia);
	}

	private void people(JsonObject pia) {
		person("author", LenientJson.string(pia, "author_name"), "role.author");
		person("evaluator", LenientJson.string(pia, "evaluator_name"), "role.evaluator");
		person("validator", LenientJson.string(pia, "validator_name"), "role.validator");
		Person dpo = person("dpo", LenientJson.string(pia, "dpos_names"), "role.dpo");
		if (dpo != null) {
			assessment.setDpo(dpo);
		}
	}

	private Person person(String id, String name, String title) {
		if (name == null) {
			return null;
		}
		Person person = DpiaFactory.eINSTANCE.createPerson();
		person.setId(id);
		person.setName(name);
		person.setTitle(CnilTexts.text(locale, title));
		assessment.getPeople().add(person);
		return person;
	}

	/** 1.1.1 overview as the background; 1.2.1 data (2.1.5 its retention); 1.2.2 life cycle and 2.1.1 purposes as the processing. */
	private void context() {
		assessment.setBackground(answers.remove("111"));
		String data = answers.remove("121");
		String retention = answers.remove("215");
		DataCategory category = null;
		if (data != null || retention != null) {
			category = DpiaFactory.eINSTANCE.createDataCategory();
			category.setId("D1");
			category.setName(CnilTexts.text(locale, "data.name"));
			category.setDescription(data);
			category.setRetention(retention);
			assessment.getDataCategories().add(category);
		}
		String lifeCycle = answers.remove("122");
		String purposes = answers.remove("211");
		if (lifeCycle != null || purposes != null) {
			ProcessingActivity processing = DpiaFactory.eINSTANCE.createProcessingActivity();
			processing.setId("P1");
			processing.setName(assessment.getName() == null ? CnilTexts.text(locale, "processing.name") : assessment.getName());
			processing.setDescription(lifeCycle);
			if (purposes != null) {
				processing.getPurposes().add(purposes);
			}
			if (category != null) {
				processing.getDataCategories().add(category);
			}
			String basis = answers.get("212");
			Art6Ground ground = LegalBasis.of(basis);
			if (ground != null) {
				processing.setArt6Ground(ground);
				notMapped.add(CnilTexts.text(locale, "mapped.legal-basis", ground.getLiteral()));
			}
			assessment.getProcessingActivities().add(processing);
		}
	}

	private void measures(JsonObject root) {
		int number = 0;
		for (JsonElement element : LenientJson.array(root, "measures")) {
			JsonObject measure = element.getAsJsonObject();
			Mitigation mitigation = DpiaFactory.eINSTANCE.createMitigation();
			mitigation.setId("A" + ++number);
			mitigation.setName(LenientJson.string(measure, "title"));
			mitigation.setDescription(Html.toText(LenientJson.string(measure, "content")));
			assessment.getMitigations().add(mitigation);
			String id = LenientJson.string(measure, "id");
			if (id != null) {
				measuresById.put(id, mitigation);
			}
		}
		for (JsonElement element : LenientJson.array(root, "evaluations")) {
			JsonObject evaluation = element.getAsJsonObject();
			String reference = LenientJson.string(evaluation, "reference_to");
			if (reference != null && reference.startsWith("3.1.") && measuresById.containsKey(reference.substring(4))) {
				Mitigation mitigation = measuresById.get(reference.substring(4));
				String due = LenientJson.string(evaluation, "estimated_implementation_date");
				Matcher date = due == null ? null : DATE.matcher(due);
				if (date != null && date.find()) {
					mitigation.setDueDate(date.group(1));
				}
			}
		}
	}

	/** 3.2, 3.3 and 3.4: a risk each, with impacts, threats, sources, measures, severity (x) and likelihood (y). */
	private void risks(JsonObject root) {
		Map<String, JsonObject> evaluations = new LinkedHashMap<>();
		for (JsonElement element : LenientJson.array(root, "evaluations")) {
			String reference = LenientJson.string(element.getAsJsonObject(), "reference_to");
			if (reference != null) {
				evaluations.put(reference, element.getAsJsonObject());
			}
		}
		int number = 0;
		for (int item = 2; item <= 4; item++) {
			String prefix = "3" + item;
			if (answerData.keySet().stream().noneMatch(reference -> reference.startsWith(prefix))) {
				continue;
			}
			Risk risk = DpiaFactory.eINSTANCE.createRisk();
			risk.setId("R" + ++number);
			risk.setName(CnilTexts.text(locale, "risk.3." + item));
			risk.setKind(RiskKind.REGISTRERADE);
			risk.setFearedEvent(RISKS.get(item));
			List<String> description = new ArrayList<>();
			addList(description, "risk.impacts", prefix + "1");
			addList(description, "risk.threats", prefix + "2");
			addText(description, "risk.severity", prefix + "5");
			addText(description, "risk.likelihood", prefix + "6");
			risk.setDescription(description.isEmpty() ? null : String.join("\n", description));
			List<String> sources = list(prefix + "3");
			risk.setThreatSource(sources.isEmpty() ? null : String.join(", ", sources));
			for (String control : list(prefix + "4")) {
				Mitigation measure = assessment.getMitigations().stream().filter(m -> control.equals(m.getName())).findFirst().orElse(null);
				if (measure != null) {
					risk.getMitigations().add(measure);
				} else {
					keep("3." + item + ".4", CnilTexts.text(locale, "note.control-not-a-measure"), control);
				}
			}
			risk.setSeverity(gauge(prefix + "5"));
			risk.setLikelihood(gauge(prefix + "6"));
			JsonObject evaluation = evaluations.get("3." + item);
			if (evaluation != null && evaluation.has("gauges") && evaluation.get("gauges").isJsonObject()) {
				int x = LenientJson.number(evaluation.getAsJsonObject("gauges"), "x");
				int y = LenientJson.number(evaluation.getAsJsonObject("gauges"), "y");
				if (x >= 1 && x <= 4 && y >= 1 && y <= 4) {
					risk.setResidualSeverity(x);
					risk.setResidualLikelihood(y);
				}
			}
			for (int question = 1; question <= 6; question++) {
				answers.remove(prefix + question);
			}
			assessment.getRisks().add(risk);
		}
	}

	private void review(JsonObject pia) {
		String opinion = LenientJson.string(pia, "dpo_opinion");
		String views = LenientJson.string(pia, "concerned_people_opinion");
		String searched = LenientJson.string(pia, "concerned_people_searched_opinion");
		String notSought = "false".equalsIgnoreCase(searched) || "0".equals(searched) ? LenientJson.string(pia, "concerned_people_searched_content") : null;
		if (opinion != null || views != null || notSought != null) {
			Review review = DpiaFactory.eINSTANCE.createReview();
			review.setDpoOpinion(Html.toText(opinion));
			review.setDataSubjectViews(Html.toText(views));
			review.setViewsNotSoughtReason(Html.toText(notSought));
			assessment.setReview(review);
		}
	}

	/** Everything not mapped above, kept word for word. */
	private void rest(JsonObject root, JsonObject pia) {
		for (Map.Entry<String, String> answer : answers.entrySet()) {
			keep(answer.getKey(), CnilTexts.question(locale, answer.getKey()), answer.getValue());
		}
		for (JsonElement element : LenientJson.array(root, "evaluations")) {
			JsonObject evaluation = element.getAsJsonObject();
			String reference = LenientJson.string(evaluation, "reference_to");
			for (String field : List.of("evaluation_comment", "action_plan_comment", "person_in_charge")) {
				String value = Html.toText(LenientJson.string(evaluation, field));
				if (value != null) {
					keep(reference, CnilTexts.text(locale, "note.evaluation." + field), value);
				}
			}
		}
		for (JsonElement element : LenientJson.array(root, "comments")) {
			JsonObject comment = element.getAsJsonObject();
			String value = Html.toText(LenientJson.string(comment, "description"));
			if (value != null) {
				keep(LenientJson.string(comment, "reference_to"), CnilTexts.text(locale, "note.comment"), value);
			}
		}
		for (String field : List.of("status", "dpo_status", "concerned_people_status", "rejection_reason", "applied_adjustments",
				"people_names", "category", "structure_name")) {
			String value = LenientJson.string(pia, field);
			if (value != null) {
				keep("pia." + field, CnilTexts.text(locale, "note.pia." + field), value);
			}
		}
	}

	private void keep(String reference, String what, String value) {
		notMapped.add(CnilTexts.text(locale, "not-mapped", reference, what));
		notes.append("## ").append(reference).append(" ").append(what).append("\n\n").append(value).append("\n\n");
	}

	private Result write(Path folder) throws IOException {
		Files.createDirectories(folder);
		Path model = folder.resolve(NewAssessmentFolder.MODEL);
		Resource resource = AssessmentFiles.prepare(new ResourceSetImpl()).createResource(URI.createFileURI(model.toAbsolutePath().toString()));
		resource.getContents().add(assessment);
		AssessmentFiles.save(resource, model);
		Path notesFile = folder.resolve(NOTES);
		String text = CnilTexts.text(locale, "notes.header") + "\n\n" + notes;
		AtomicWrite.write(notesFile, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
		AtomicWrite.write(folder.resolve(".gitignore"), out -> out.write(NewAssessmentFolder.GITIGNORE.getBytes(StandardCharsets.UTF_8)));
		AtomicWrite.write(folder.resolve(".gitattributes"), out -> out.write(NewAssessmentFolder.GITATTRIBUTES.getBytes(StandardCharsets.UTF_8)));
		return new Result(model, notesFile, List.copyOf(notMapped));
	}

	// --- reading the answers ---

	private void addList(List<String> description, String label, String reference) {
		List<String> values = list(reference);
		if (!values.isEmpty()) {
			description.add(CnilTexts.text(locale, label) + ": " + String.join(", ", values));
		}
	}

	private void addText(List<String> description, String label, String reference) {
		String value = answers.get(reference);
		if (value != null) {
			description.add(CnilTexts.text(locale, label) + ": " + value);
		}
	}

	private List<String> list(String reference) {
		JsonObject data = answerData.get(reference);
		List<String> values = new ArrayList<>();
		if (data != null && data.has("list") && data.get("list").isJsonArray()) {
			for (JsonElement value : data.getAsJsonArray("list")) {
				if (value.isJsonPrimitive() && !value.getAsString().isBlank()) {
					values.add(value.getAsString().strip());
				}
			}
		}
		return values;
	}

	/** A gauge 1 to 4 (negligible to maximum, as the model's default scale); 0 (not assessed) otherwise. */
	private int gauge(String reference) {
		JsonObject data = answerData.get(reference);
		int value = data == null ? 0 : LenientJson.number(data, "gauge");
		return value >= 1 && value <= 4 ? value : 0;
	}
}
