package se.dpia.assessment.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import se.dpia.model.validation.Problem;

/**
 * A {@link CheckResult} as JSON (our own small format) or as SARIF 2.1.0 (what code-scanning pages and editors
 * read). Each problem keeps its file, line, column, severity, code, message and, for a model problem, the element's
 * path in the model.
 */
public final class CheckReports {

	/** The SARIF version written, and the schema it validates against. */
	public static final String SARIF_VERSION = "2.1.0";
	public static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

	private CheckReports() {
	}

	/**
	 * {@code {"errors": n, "warnings": n, "problems": [{"file", "line", "column", "severity", "code", "message",
	 * "element"}]}}; line and column are 0 for a problem without a place in the text; element is absent for a
	 * rule-file problem.
	 *
	 * @param shown how a file is named in the output (e.g. relative to the working folder)
	 */
	public static String json(CheckResult result, Function<Path, String> shown) {
		JsonObject report = new JsonObject();
		report.addProperty("errors", result.errors());
		report.addProperty("warnings", result.warnings());
		JsonArray problems = new JsonArray();
		for (Problem problem : result.problems()) {
			JsonObject entry = new JsonObject();
			entry.addProperty("file", shown.apply(problem.file()));
			entry.addProperty("line", problem.line());
			entry.addProperty("column", problem.column());
			entry.addProperty("severity", problem.severity().label());
			entry.addProperty("code", problem.code());
			entry.addProperty("message", problem.message());
			if (!problem.elementPath().isEmpty()) {
				entry.addProperty("element", problem.elementPath());
			}
			problems.add(entry);
		}
		report.add("problems", problems);
		return write(report);
	}

	/**
	 * One SARIF run whose tool lists every code of {@link IssueCatalog} as a rule (with its description and default
	 * level), and one result per problem: its rule, level, message, the file as a URI reference, the region (line and
	 * column) and, for a model problem, the element as a logical location.
	 */
	public static String sarif(CheckResult result, Function<Path, String> shown, String toolVersion) {
		Map<String, Integer> ruleIndex = new LinkedHashMap<>();
		JsonArray rules = new JsonArray();
		for (IssueCatalog.Entry entry : IssueCatalog.entries()) {
			if (ruleIndex.putIfAbsent(entry.code(), rules.size()) == null) {
				rules.add(rule(entry.code(), entry.description(), entry.severity(), entry.list()));
			}
		}
		for (Problem problem : result.problems()) {
			if (ruleIndex.putIfAbsent(problem.code(), rules.size()) == null) {
				rules.add(rule(problem.code(), null, problem.severity().label(), null));
			}
		}
		JsonArray results = new JsonArray();
		for (Problem problem : result.problems()) {
			JsonObject entry = new JsonObject();
			entry.addProperty("ruleId", problem.code());
			entry.addProperty("ruleIndex", ruleIndex.get(problem.code()));
			entry.addProperty("level", problem.isError() ? "error" : "warning");
			entry.add("message", text((problem.elementPath().isEmpty() ? "" : problem.elementPath() + ": ") + problem.message()));
			JsonObject physical = new JsonObject();
			JsonObject artifact = new JsonObject();
			artifact.addProperty("uri", uriOf(shown.apply(problem.file())));
			physical.add("artifactLocation", artifact);
			if (problem.line() > 0) {
				JsonObject region = new JsonObject();
				region.addProperty("startLine", problem.line());
				region.addProperty("startColumn", Math.max(problem.column(), 1));
				physical.add("region", region);
			}
			JsonObject location = new JsonObject();
			location.add("physicalLocation", physical);
			if (!problem.elementPath().isEmpty()) {
				JsonObject logical = new JsonObject();
				logical.addProperty("fullyQualifiedName", problem.elementPath());
				logical.addProperty("kind", "element");
				JsonArray logicals = new JsonArray();
				logicals.add(logical);
				location.add("logicalLocations", logicals);
			}
			JsonArray locations = new JsonArray();
			locations.add(location);
			entry.add("locations", locations);
			results.add(entry);
		}
		JsonObject driver = new JsonObject();
		driver.addProperty("name", "dpia");
		driver.addProperty("fullName", "DPIA workbench check");
		if (toolVersion != null) {
			driver.addProperty("version", toolVersion);
		}
		driver.add("rules", rules);
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);
		JsonObject run = new JsonObject();
		run.add("tool", tool);
		run.add("results", results);
		JsonArray runs = new JsonArray();
		runs.add(run);
		JsonObject log = new JsonObject();
		log.addProperty("$schema", SARIF_SCHEMA);
		log.addProperty("version", SARIF_VERSION);
		log.add("runs", runs);
		return write(log);
	}

	private static JsonObject rule(String code, String description, String severity, String list) {
		JsonObject rule = new JsonObject();
		rule.addProperty("id", code);
		if (description != null) {
			rule.add("shortDescription", text(description));
		}
		JsonObject configuration = new JsonObject();
		// "error or warning": the code's default is the worse; each result carries its own level
		configuration.addProperty("level", severity.startsWith("error") ? "error" : "warning");
		rule.add("defaultConfiguration", configuration);
		if (list != null && !list.isEmpty()) {
			JsonObject properties = new JsonObject();
			JsonArray tags = new JsonArray();
			tags.add(list);
			properties.add("tags", tags);
			rule.add("properties", properties);
		}
		return rule;
	}

	private static JsonObject text(String text) {
		JsonObject message = new JsonObject();
		message.addProperty("text", text);
		return message;
	}

	/** A file name as a URI reference: relative paths with {@code /} and percent-escapes, absolute ones as file URIs. */
	static String uriOf(String shownPath) {
		Path path = Path.of(shownPath);
		if (path.isAbsolute()) {
			return path.toUri().toASCIIString();
		}
		try {
			return new URI(null, null, shownPath.replace('\\', '/'), null).toASCIIString();
		} catch (URISyntaxException e) {
			return path.toUri().toASCIIString();
		}
	}

	private static String write(JsonObject json) {
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json);
	}
}
