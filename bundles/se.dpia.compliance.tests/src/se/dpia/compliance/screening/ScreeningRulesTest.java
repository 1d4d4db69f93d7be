package se.dpia.compliance.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.dpia.compliance.TestModels.assessment;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.dpia.compliance.Fact;
import se.dpia.compliance.Messages;

/** Each WP248 criterion: a minimal model that meets it, naming the element, and one that doesn't. */
class ScreeningRulesTest {

	static Stream<Arguments> criteria() {
		return Stream.of(
				Arguments.of(Criterion.EVALUATION_SCORING, "analys",
						"<processingActivities id='analys' name='Analys' description='Profilering av sömnmönster'/>",
						"<processingActivities id='tillsyn' name='Tillsyn' description='Nattlig tillsyn i hemmet'/>"),
				Arguments.of(Criterion.AUTOMATED_DECISION, "beslut",
						"<processingActivities id='beslut' name='Beslut' description='Automatiserat beslut om insatsens omfattning'/>",
						"<processingActivities id='beslut' name='Beslut' description='Handläggaren beslutar om insatsen'/>"),
				Arguments.of(Criterion.SYSTEMATIC_MONITORING, "kamera",
						"<technologies id='kamera' name='Trygghetskamera' kind='trygghetskamera'/>",
						"""
						<technologies id='larm' name='Trygghetslarm' kind='trygghetslarm'/>
						<technologies id='kamera' name='Trygghetskamera' kind='trygghetskamera' status='alternativ'/>"""),
				Arguments.of(Criterion.SYSTEMATIC_MONITORING, "natt", sensorAtNight("vald"), sensorAtNight("avvisad")),
				Arguments.of(Criterion.SYSTEMATIC_MONITORING, "natt", sensorAtNight("vald").replace("rörelsesensor", "fallsensor"),
						sensorAtNight("vald").replace("rörelsesensor", "digitalt lås")),
				Arguments.of(Criterion.SYSTEMATIC_MONITORING, "natt", sensorAtNight("vald").replace("rörelsesensor", "sängsensor"),
						sensorAtNight("vald").replace("rörelsesensor", "läkemedelsautomat")),
				Arguments.of(Criterion.SENSITIVE_DATA, "halsa",
						"<dataCategories id='halsa' name='Hälsouppgifter' specialCategory='hälsa'/>",
						"<dataCategories id='namn' name='Namn och adress'/><technologies id='larm' kind='trygghetslarm'/>"),
				Arguments.of(Criterion.SENSITIVE_DATA, "bild",
						"<dataCategories id='bild' name='Bilder från hemmet' highlyPersonal='true'/>",
						"<dataCategories id='bild' name='Bilder från hemmet'/>"),
				Arguments.of(Criterion.LARGE_SCALE, "brukare",
						"<dataSubjects id='brukare' name='Brukare i hemtjänst' count='ca 1 200 brukare'/>",
						"<dataSubjects id='brukare' name='Brukare i hemtjänst' count='8 testpersoner'/>"),
				Arguments.of(Criterion.MATCHING_DATASETS, "mottagning",
						datasets("mottagning"), datasets("annat")),
				Arguments.of(Criterion.VULNERABLE_SUBJECTS, "brukare",
						"<dataSubjects id='brukare' name='Brukare' vulnerable='true' vulnerability='nedsatt beslutsförmåga'/>",
						"<dataSubjects id='personal' name='Personal' kind='personal'/>"),
				Arguments.of(Criterion.INNOVATIVE_TECHNOLOGY, "kamera",
						"<technologies id='kamera' name='Trygghetskamera' kind='trygghetskamera'/>",
						"<technologies id='sensor' name='Rörelsesensor' kind='rörelsesensor'/>"),
				Arguments.of(Criterion.INNOVATIVE_TECHNOLOGY, "kamera",
						"<technologies id='kamera' name='Trygghetskamera' kind='trygghetskamera'/>",
						"<technologies id='automat' name='Läkemedelsautomat' kind='läkemedelsautomat'/>"
								+ "<technologies id='las' name='Digitalt lås' kind='digitalt lås'/>"
								+ "<technologies id='fall' name='Fallsensor' kind='fallsensor'/>"),
				Arguments.of(Criterion.PREVENTS_RIGHT_OR_SERVICE, "tillsyn",
						"<processingActivities id='tillsyn' name='Tillsyn' description='Kameratillsyn är ett villkor för insatsen'/>",
						"<processingActivities id='tillsyn' name='Tillsyn' description='Den som säger nej får fysisk tillsyn'/>"));
	}

	/** A movement sensor reporting all night to an alarm receiver, which passes it on. */
	private static String sensorAtNight(String status) {
		return """
				<technologies id='sensorn' name='Rörelsesensor' kind='rörelsesensor' status='%s'/>
				<systems id='givare' name='Givare' kind='sensor' technology='sensorn'/>
				<systems id='mottagning' name='Larmmottagning' kind='larmmottagning' technology='sensorn'/>
				<systems id='journal' name='Verksamhetssystem' kind='verksamhetssystem'/>
				<flows id='natt' name='Rörelser nattetid' source='givare' target='mottagning' when='alltid'/>
				<flows id='vidare' name='Larm till journalen' source='mottagning' target='journal' when='alltid'/>
				""".formatted(status);
	}

	@Test
	void onlyFlowsFromTheDeviceItselfShowMonitoring() {
		List<Fact> facts = ScreeningRules.factsFor(Criterion.SYSTEMATIC_MONITORING, assessment(sensorAtNight("vald")));

		assertEquals(List.of("sensorn", "natt"), facts.stream().map(Fact::elementId).toList());
	}

	/** Two activities whose data arrive in the system mottagning; the second goes to {@code target}. */
	private static String datasets(String target) {
		return """
				<dataCategories id='bild' name='Bild'/>
				<dataCategories id='larm' name='Larmhändelse'/>
				<processingActivities id='tillsyn' name='Tillsyn' dataCategories='bild'/>
				<processingActivities id='larmhantering' name='Larmhantering' dataCategories='larm'/>
				<systems id='kamera' kind='kamera'/>
				<systems id='sensor' kind='sensor'/>
				<systems id='mottagning' kind='larmmottagning'/>
				<systems id='annat' kind='verksamhetssystem'/>
				<flows id='f1' source='kamera' target='mottagning' dataCategories='bild'/>
				<flows id='f2' source='sensor' target='%s' dataCategories='larm'/>
				""".formatted(target);
	}

	@ParameterizedTest(name = "{0} holds, naming {1}")
	@MethodSource("criteria")
	void aModelWithTheFactMeetsTheCriterion(Criterion criterion, String elementId, String raising, String quiet) {
		List<Fact> facts = ScreeningRules.factsFor(criterion, assessment(raising));

		assertTrue(facts.stream().anyMatch(f -> f.elementId().equals(elementId)), facts.toString());
		for (Fact fact : facts) {
			assertFalse(fact.text(Messages.of("sv")).contains("!") || fact.text(Messages.of("en")).contains("!"), fact.toString());
		}
	}

	@ParameterizedTest(name = "{0} does not hold")
	@MethodSource("criteria")
	void aModelWithoutTheFactDoesNotMeetIt(Criterion criterion, String elementId, String raising, String quiet) {
		assertEquals(List.of(), ScreeningRules.factsFor(criterion, assessment(quiet)));
	}

	@Test
	void aCountIsReadFromItsWords() {
		assertEquals(8, ScreeningRules.countIn("8 testpersoner"));
		assertEquals(1200, ScreeningRules.countIn("ca 1 200 brukare"));
		assertEquals(0, ScreeningRules.countIn("okänt"));
	}
}
