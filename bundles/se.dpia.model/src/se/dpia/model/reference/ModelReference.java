package se.dpia.model.reference;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The model reference ({@code docs/model-reference.md}) written from the {@code .ecore} itself: every class with its
 * attributes and references, every enum with its literals, each with the documentation the {@code .ecore} holds. The
 * build writes it and a test compares it with the committed page, so the page cannot drift from the model.
 */
public final class ModelReference {

	private ModelReference() {
	}

	/** The page for a package loaded from its {@code .ecore} (which keeps the GenModel documentation annotations). */
	public static String markdown(EPackage model) {
		StringBuilder page = new StringBuilder();
		page.append("# Model reference\n\n");
		page.append("Generated from `bundles/se.dpia.model/model/dpia.ecore` by `ModelReference`; do not edit by hand"
				+ " (`ModelReferenceTest` fails when this page and the model differ).\n\n");
		page.append(text(model)).append("\n\n");
		page.append("Namespace `").append(model.getNsURI()).append("`, prefix `").append(model.getNsPrefix()).append("`.\n");
		page.append("\n## Classes\n");
		for (EClassifier classifier : model.getEClassifiers()) {
			if (classifier instanceof EClass type) {
				page.append(type(type));
			}
		}
		page.append("\n## Enumerations\n");
		for (EClassifier classifier : model.getEClassifiers()) {
			if (classifier instanceof EEnum enumeration) {
				page.append(enumeration(enumeration));
			}
		}
		page.append("\n## Data types\n\n");
		for (EClassifier classifier : model.getEClassifiers()) {
			if (classifier instanceof EDataType type && !(classifier instanceof EEnum)) {
				page.append("- `").append(type.getName()).append("` (").append(type.getInstanceClassName()).append("): ")
						.append(text(type)).append('\n');
			}
		}
		return page.toString();
	}

	private static String type(EClass type) {
		StringBuilder section = new StringBuilder("\n### ").append(type.getName()).append("\n\n");
		if (type.isAbstract()) {
			section.append("*Abstract.* ");
		}
		if (!type.getESuperTypes().isEmpty()) {
			section.append("Extends ").append(type.getESuperTypes().stream().map(s -> "`" + s.getName() + "`")
					.collect(Collectors.joining(", "))).append(". ");
		}
		section.append(text(type)).append("\n\n");
		List<EStructuralFeature> features = type.getEStructuralFeatures();
		if (features.isEmpty()) {
			return section.toString();
		}
		section.append("| feature | type | multiplicity | meaning |\n|---|---|---|---|\n");
		for (EStructuralFeature feature : features) {
			section.append("| `").append(feature.getName()).append("` | ").append(typeOf(feature)).append(" | ")
					.append(multiplicity(feature)).append(" | ").append(cell(text(feature))).append(" |\n");
		}
		return section.toString();
	}

	private static String typeOf(EStructuralFeature feature) {
		String name = feature.getEType() == null ? "?" : feature.getEType().getName();
		if (feature instanceof EReference reference) {
			return (reference.isContainment() ? "contains " : "refers to ") + "`" + name + "`";
		}
		return "`" + name + "`" + (feature instanceof EAttribute attribute && attribute.isID() ? " (id)" : "")
				+ (feature.getDefaultValueLiteral() == null ? "" : ", default `" + feature.getDefaultValueLiteral() + "`");
	}

	private static String multiplicity(EStructuralFeature feature) {
		String upper = feature.getUpperBound() == EStructuralFeature.UNBOUNDED_MULTIPLICITY ? "*"
				: String.valueOf(feature.getUpperBound());
		return feature.getLowerBound() + ".." + upper;
	}

	private static String enumeration(EEnum enumeration) {
		StringBuilder section = new StringBuilder("\n### ").append(enumeration.getName()).append("\n\n")
				.append(text(enumeration)).append("\n\n| literal | value | meaning |\n|---|---|---|\n");
		for (EEnumLiteral literal : enumeration.getELiterals()) {
			section.append("| `").append(literal.getName()).append("`")
					.append(literal.getLiteral().equals(literal.getName()) ? "" : " (`" + literal.getLiteral() + "`)")
					.append(" | ").append(literal.getValue()).append(" | ").append(cell(text(literal))).append(" |\n");
		}
		return section.toString();
	}

	private static String text(EModelElement element) {
		String documentation = EcoreUtil.getDocumentation(element);
		return documentation == null ? "" : documentation.strip().replaceAll("\\s+", " ");
	}

	private static String cell(String text) {
		return text.replace("|", "\\|");
	}
}
