package se.dpia.assessment.approval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;

import se.dpia.model.io.FolderLayout;
import se.dpia.model.io.RealPaths;
import se.dpia.rules.imports.RuleImports;

/**
 * The content of an assessment folder that an approval covers: its model files ({@code *.dpia}, directly in the
 * folder) and rule files ({@code *.regler}, in any subfolder), keyed by their path relative to the folder with
 * {@code /} separators, sorted, and every rule file they import (also one in a hidden folder): all that generation
 * reads. Generated output ({@code out/}) and hidden folders (the approval snapshot {@code .approved/}, {@code .git/})
 * are not content otherwise.
 */
public record FolderContent(Map<String, byte[]> files) {

	public FolderContent {
		files = Collections.unmodifiableMap(new TreeMap<>(files));
	}

	/** Reads the content files of a folder. */
	public static FolderContent of(Path folder) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		Path base = folder.toAbsolutePath().normalize();
		List<Path> toRead = new ArrayList<>(FolderLayout.filesIn(folder));
		for (int i = 0; i < toRead.size(); i++) { // grows by the files the rule files import
			Path file = toRead.get(i);
			String key = relative(base, file.toAbsolutePath().normalize());
			if (files.containsKey(key) || RealPaths.leadsOut(folder, file)) {
				continue; // a link leading out is refused when loaded, so it is not content either
			}
			byte[] bytes = Files.readAllBytes(file);
			files.put(key, bytes);
			if (FolderLayout.isRuleFile(file)) {
				toRead.addAll(importedBy(file, bytes));
			}
		}
		return new FolderContent(files);
	}

	/** {@code importera "x.regler"} (or {@code import}), not the library's {@code importera bibliotek "..."}. */
	private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*(?:importera|import)\\s+\"([^\"\\r\\n]*)\"");

	/**
	 * The files a rule file imports that generation reads too, wherever they are in the folder: one in a hidden
	 * folder ({@code .mallar/}) is not found by walking the folder, but what it holds reaches the documents.
	 */
	private static List<Path> importedBy(Path ruleFile, byte[] bytes) {
		List<Path> imported = new ArrayList<>();
		Matcher imports = IMPORT.matcher(new String(bytes, StandardCharsets.UTF_8));
		while (imports.find()) {
			RuleImports.Resolution resolution = RuleImports.resolve(URI.createFileURI(ruleFile.toAbsolutePath().toString()),
					false, imports.group(1));
			if (!resolution.isRefused() && resolution.exists()) {
				imported.add(Path.of(resolution.uri().toFileString()));
			}
		}
		return imported;
	}

	/** The first model file's path, or null. */
	public String firstModel() {
		return files.keySet().stream().filter(FolderLayout::isModel).findFirst().orElse(null);
	}

	private static String relative(Path folder, Path file) {
		return FolderLayout.relative(folder, file);
	}
}
