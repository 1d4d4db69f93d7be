package se.dpia.benchmarks.synthetic;

import java.util.Random;

/**
 * Rule-file text for a synthetic assessment: camera routines for its operations that pass the rule language's
 * checks (physical visit on every escalation, windows inside the granted service, roles with the permissions their
 * steps need), a consent rule, and rule files of an exact number of lines for the revalidation benchmark.
 */
public final class SyntheticRules {

	/** Lines of one routine, its closing brace included. */
	public static final int ROUTINE_LINES = 15;

	private static final String[] WHAT = { "öppnar bilden en kort stund och kontrollerar att brukaren sover",
			"tittar till brukaren enligt genomförandeplanen", "kontrollerar samtliga installerade kameror",
			"ser efter att brukaren ligger i sängen", "stänger bilden direkt när brukaren är sedd" };

	private SyntheticRules() {
	}

	/** The consent rule for the synthetic camera, in all its operations. */
	public static String consentRule() {
		return """
				// Samtycke till kameratillsyn (syntetisk bedömning för prestandamätning).
				samtyckesregel Kameratillsyn gäller Trygghetskamera i hemtjänst, särskilt_boende, LSS {
					samtycke från brukaren: frivilligt, specifikt, otvetydigt, informerat
					samtycke från närstående som bor stadigvarande med brukaren
					vid nedsatt beslutsförmåga: används inte
					överväg först Rörelsesensor
					dokumenteras i Verksamhetssystem
					vid nej: erbjud "Fysisk tillsyn enligt biståndsbeslutet"
					vid återkallelse: "Kameran monteras ned och fysisk tillsyn återupptas samma natt"
					omprövas var 6:e månad
				}
				""";
	}

	/**
	 * Routine number {@code index}, {@value #ROUTINE_LINES} lines, for one of the three operations with cameras.
	 *
	 * @param measure the id of a measure a step carries out
	 */
	public static String routine(int index, String measure, Random random) {
		String operation = SyntheticAssessment.CAMERA_OPERATIONS[index % SyntheticAssessment.CAMERA_OPERATIONS.length];
		int start = 21 + random.nextInt(2);
		int retry = 5 + random.nextInt(20);
		int visit = 20 + random.nextInt(30);
		return "verksamhetsrutin Rutin_" + index + " för " + operation + " med Trygghetskamera {\n"
				+ "\troll Larmoperatör får tillsyn, loggning\n"
				+ "\troll Nattpatrull får besök, loggning\n"
				+ "\troll Enhetschef får behörighetstilldelning, loggläsning\n"
				+ "\tbeviljad insats " + start + ":00–07:00\n"
				+ "\ttillsyn 23:00–06:00 var " + (1 + random.nextInt(3)) + ":e timme\n"
				+ "\tsteg Behörighet: Enhetschef gör behörighetstilldelning \"bara nattens larmoperatörer når kameran\" genomför " + measure + "\n"
				+ "\tsteg Tillsyn: Larmoperatör gör tillsyn \"" + WHAT[random.nextInt(WHAT.length)] + "\" loggas i Tillsynsloggen\n"
				+ "\tsteg Nytt_försök: om ej sedd, Larmoperatör gör tillsyn inom " + retry + " minuter loggas i Tillsynsloggen\n"
				+ "\tsteg Hembesök: om fortfarande ej sedd, strömavbrott eller teknikfel, Nattpatrull gör besök inom " + visit + " minuter loggas i Tillsynsloggen\n"
				+ "\tsteg Loggkontroll: Enhetschef gör loggläsning \"varje månad: vem som tittade och när\"\n"
				+ "\tsteg Hjälp: om sedd och behöver hjälp, Nattpatrull gör besök inom " + visit + " minuter\n"
				+ "\tsteg Larma: om ingen hinner fram, Larmoperatör ringer Sjuksköterska\n"
				+ "\tkontakt Sjuksköterska telefon \"0690-250 200\"\n"
				+ "}\n";
	}

	/**
	 * A rule file of exactly {@code lines} lines (at least {@value #ROUTINE_LINES} + 1): routines numbered from
	 * {@code firstRoutine}, each followed by a blank line, then comment lines up to the count.
	 */
	public static String file(int lines, int firstRoutine, String measure, long seed) {
		return file(lines, firstRoutine, measure, seed, "");
	}

	/**
	 * A rule file of exactly {@code lines} lines: routines numbered from {@code firstRoutine}, each followed by a
	 * blank line, then {@code tail} (whole lines), then comment lines up to the count.
	 */
	public static String file(int lines, int firstRoutine, String measure, long seed, String tail) {
		int tailLines = (int) tail.lines().count();
		if (lines < ROUTINE_LINES + 1 + tailLines) {
			throw new IllegalArgumentException("a rule file of " + lines + " lines has no room for one routine ("
					+ (ROUTINE_LINES + 1) + " lines) and " + tailLines + " more");
		}
		Random random = new Random(seed);
		StringBuilder text = new StringBuilder();
		int written = 0;
		for (int routine = firstRoutine; written + ROUTINE_LINES + 1 + tailLines <= lines; routine++) {
			text.append(routine(routine, measure, random)).append('\n');
			written += ROUTINE_LINES + 1;
		}
		text.append(tail);
		written += tailLines;
		for (; written < lines; written++) {
			text.append("// fyllnad\n");
		}
		return text.toString();
	}

	/**
	 * A checklist whose points are satisfied by the {@code Hembesök} steps of {@code count} routines numbered from
	 * {@code firstRoutine}, which live in another file: the cross-file references a set of rule files has (as
	 * {@code checklistor.regler} refers to the routines of the example).
	 */
	public static String checklist(String name, int firstRoutine, int count) {
		StringBuilder text = new StringBuilder("checklista " + name + " \"Rutinerna följs\" {\n");
		for (int routine = firstRoutine; routine < firstRoutine + count; routine++) {
			text.append("\tpunkt Hembesök_").append(routine).append(" \"Hembesök när ingen svarar\" uppfylls av Rutin_")
					.append(routine).append(".Hembesök\n");
		}
		return text.append("}\n").toString();
	}
}
