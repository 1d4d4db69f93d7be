package se.dpia.assessment.cnil;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.dpia.model.Art6Ground;

/**
 * The Art. 6(1) ground an answer to CNIL's question 2.1.2 ("What are the legal bases making the processing lawful?")
 * names, in Swedish, English or French: set only when the text names exactly one ground, else left unstated.
 */
final class LegalBasis {

	private static final Map<Art6Ground, List<String>> PHRASES = new LinkedHashMap<>();

	static {
		PHRASES.put(Art6Ground.SAMTYCKE, List.of("samtycke", "consent", "consentement"));
		PHRASES.put(Art6Ground.AVTAL, List.of("avtal", "contract", "contrat"));
		PHRASES.put(Art6Ground.RATTSLIG_FORPLIKTELSE, List.of("rattslig forpliktelse", "legal obligation", "obligation legale"));
		PHRASES.put(Art6Ground.GRUNDLAGGANDE_INTRESSE, List.of("grundlaggande intresse", "vital interest", "interets vitaux",
				"interet vital"));
		PHRASES.put(Art6Ground.ALLMAN_INTRESSE, List.of("allmant intresse", "myndighetsutovning", "public interest",
				"official authority", "interet public", "autorite publique"));
		PHRASES.put(Art6Ground.BERATTIGAT_INTRESSE, List.of("berattigat intresse", "legitimate interest", "interet legitime"));
	}

	private LegalBasis() {
	}

	/** The one ground the text names, or null when it names none or several. */
	static Art6Ground of(String text) {
		if (text == null) {
			return null;
		}
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
				.replace('’', '\'');
		Art6Ground found = null;
		for (Map.Entry<Art6Ground, List<String>> ground : PHRASES.entrySet()) {
			if (ground.getValue().stream().anyMatch(plain::contains)) {
				if (found != null) {
					return null;
				}
				found = ground.getKey();
			}
		}
		return found;
	}
}
