package se.dpia.documents;

import static se.dpia.documents.Values.row;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.dpia.model.Annex3Heading;
import se.dpia.model.Assessment;
import se.dpia.model.DataCategory;
import se.dpia.model.Mitigation;
import se.dpia.model.MitigationStatus;
import se.dpia.model.Party;
import se.dpia.model.SecurityCategory;

/**
 * Annex III of the standard clauses (2021/915): every measure a processor carries out ({@code carriedOutBy}), under
 * the annex's own headings. A measure goes under the headings its {@code annexHeadings} name and, where its GDPR Art.
 * 32(1) category is (a)–(d), under the heading that repeats that point (the annex's first four headings are Art.
 * 32(1)(a)–(d) word for word); a measure with neither goes in a last group "no heading stated", so none is lost. A
 * measure whose status is planned says so, so that it is not read as in place.
 */
final class AnnexMeasures {

	private final Values values;
	private final Assessment assessment;
	private final Party processor;
	private final ShortIds ids;
	private final List<Mitigation> measures;

	/** Measures shown by their short ids, as the DPIA report shows them, so both documents name a measure alike. */
	AnnexMeasures(Assessment assessment, Party processor, Values values, ShortIds ids) {
		this.values = values;
		this.ids = ids;
		this.assessment = assessment;
		this.processor = processor;
		this.measures = carriedOutBy(processor);
	}

	private List<Mitigation> carriedOutBy(Party party) {
		return assessment.getMitigations().stream().filter(m -> m.getCarriedOutBy() == party).toList();
	}

	/** The headings a measure is listed under, in the annex's order. */
	static Set<Annex3Heading> headingsOf(Mitigation measure) {
		Set<Annex3Heading> headings = new LinkedHashSet<>(measure.getAnnexHeadings());
		Annex3Heading art32 = art32(measure.getSecurityCategory());
		if (art32 != null) {
			headings.add(art32);
		}
		return headings;
	}

	/** The Annex III heading that repeats an Art. 32(1) point; none for "övrigt" or an unstated category. */
	static Annex3Heading art32(SecurityCategory category) {
		if (category == null) {
			return null;
		}
		return switch (category) {
		case PSEUDONYMISERING_KRYPTERING -> Annex3Heading.PSEUDONYMISERING_KRYPTERING;
		case KONFIDENTIALITET_INTEGRITET -> Annex3Heading.KONFIDENTIALITET_INTEGRITET;
		case ATERSTALLNING -> Annex3Heading.ATERSTALLNING;
		case TESTNING -> Annex3Heading.TESTNING;
		default -> null;
		};
	}

	/**
	 * Every heading of the annex with its measures (an empty list where the model has none), then, when some measure
	 * names no heading, a last group of those under a heading without a number.
	 */
	List<Map<String, Object>> headings() throws TemplateException {
		Map<Annex3Heading, List<Map<String, Object>>> byHeading = new EnumMap<>(Annex3Heading.class);
		for (Annex3Heading heading : Annex3Heading.VALUES) {
			byHeading.put(heading, new ArrayList<>());
		}
		List<Map<String, Object>> unplaced = new ArrayList<>();
		for (Mitigation measure : measures) {
			Set<Annex3Heading> headings = headingsOf(measure);
			for (Annex3Heading heading : headings) {
				byHeading.get(heading).add(measure(measure));
			}
			if (headings.isEmpty()) {
				unplaced.add(measure(measure));
			}
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Annex3Heading heading : Annex3Heading.VALUES) {
			rows.add(group(Integer.toString(heading.getValue() + 1), values.label(heading), byHeading.get(heading)));
		}
		if (!unplaced.isEmpty()) {
			rows.add(group(false, values.textOf("annex3.unplaced"), unplaced));
		}
		return rows;
	}

	private static Map<String, Object> group(Object number, String heading, List<Map<String, Object>> listed) {
		return row("number", number, "heading", heading, "any", !listed.isEmpty(), "measures", listed);
	}

	/** Every measure of the processor, in the model's order. */
	List<Map<String, Object>> all() {
		return measures.stream().map(this::measure).toList();
	}

	/** Each sub-processor the processor engages, with the measures it carries out (none stated: an empty list). */
	List<Map<String, Object>> subProcessors() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Party party : assessment.getParties()) {
			if (party.getEngagedBy() == processor) {
				List<Map<String, Object>> listed = carriedOutBy(party).stream().map(this::measure).toList();
				rows.add(row("name", values.name(party), "any", !listed.isEmpty(), "measures", listed));
			}
		}
		return rows;
	}

	/** The measure's id as the annex shows it. */
	String idOf(Mitigation measure) {
		return ids.of(measure);
	}

	/** The processor's measures that safeguard a data category. */
	List<Mitigation> protecting(DataCategory category) {
		return measures.stream().filter(m -> m.getProtects().contains(category)).toList();
	}

	private Map<String, Object> measure(Mitigation measure) {
		return row("id", ids.of(measure), "name", values.name(measure),
				"description", values.text(measure.getDescription()),
				"category", values.label(measure.getSecurityCategory()), "kind", values.label(measure.getKind()),
				"status", values.label(measure.getStatus()),
				// a planned measure is not in place yet: the template says so in words
				"planned", measure.getStatus() == MitigationStatus.PLANERAD);
	}
}
